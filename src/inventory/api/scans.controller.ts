import { Body, Controller, Headers, HttpCode, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Idempotent } from '../../common/idempotency/idempotent.decorator';
import { ProblemDto } from '../../common/http/problem.dto';
import { Roles } from '../../identity/access.decorators';
import { Actor, CurrentActor } from '../../identity/actor';
import { NoAudit } from '../../identity/audit.decorator';
import { Role } from '../../identity/roles';
import { ScanService } from '../scanning/scan.service';
import { ScanDto, ScanResultDto } from './scan.dto';

@ApiTags('scanning')
@Controller('scans')
export class ScansController {
  constructor(private readonly scans: ScanService) {}

  @Post()
  @HttpCode(201)
  @Roles(Role.Warehouse, Role.WarehouseLead)
  @Idempotent({ required: true })
  // The stock movement itself records who, what, where and when; an audit row per scan would double every write.
  @NoAudit()
  @ApiOperation({ summary: 'Record a handheld scan: receive, put away, move, pick or count. A retried scan (same Idempotency-Key) changes nothing' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'A barcode could not be read or resolved (SCAN_UNREADABLE, SCAN_WRONG_KIND, LOT_REQUIRED…)' })
  @ApiConflictResponse({ type: ProblemDto, description: 'STOCK_INSUFFICIENT, a frozen or inactive location, no open count' })
  scan(@CurrentActor() actor: Actor, @Body() body: ScanDto, @Headers('idempotency-key') key: string): Promise<ScanResultDto> {
    return this.scans.scan(actor, key, body);
  }
}
