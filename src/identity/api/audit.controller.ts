import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../access.decorators';
import { Role } from '../roles';
import { AuditService } from '../services/audit.service';
import { AuditEventPageDto, AuditQueryDto } from './audit.dto';

@ApiTags('audit')
@Controller('audit-events')
@Roles(Role.Admin)
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOperation({ summary: 'Search the audit log, newest first' })
  list(@Query() query: AuditQueryDto): Promise<AuditEventPageDto> {
    return this.audit.list(query);
  }
}
