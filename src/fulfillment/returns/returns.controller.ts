import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Idempotent } from '../../common/idempotency/idempotent.decorator';
import { ProblemDto } from '../../common/http/problem.dto';
import { Actor, Audit, CurrentActor, Role, Roles } from '../../identity';
import { ReturnAuthorizationService } from './return-authorization.service';
import { ReturnReceivingService } from './return-receiving.service';
import { CreateReturnDto, ReceiveReturnItemDto, ReturnDto, ReturnPageDto, ReturnQueryDto, ReturnReceiptDto } from './return.dto';

@ApiTags('returns')
@Controller('returns')
export class ReturnsController {
  constructor(
    private readonly authorizations: ReturnAuthorizationService,
    private readonly receiving: ReturnReceivingService,
  ) {}

  @Post()
  @Roles(Role.Logistics, Role.WarehouseLead)
  @Audit('return.authorize', 'return')
  @ApiOperation({ summary: 'Authorize a return (RMA) of a shipped or delivered order: products, quantities (at most shipped − already returned) and reason codes' })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: '`RETURN_ORDER_NOT_SHIPPED`' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: '`RETURN_LINES_INVALID`: a product not shipped, or more than can still be returned' })
  authorize(@CurrentActor() actor: Actor, @Body() body: CreateReturnDto): Promise<ReturnDto> {
    return this.authorizations.authorize(actor, body.orderId, body.lines);
  }

  @Get()
  @Roles(Role.Logistics, Role.WarehouseLead, Role.Warehouse)
  @ApiOperation({ summary: 'List returns, newest first; filter by order and status' })
  list(@Query() query: ReturnQueryDto): Promise<ReturnPageDto> {
    return this.authorizations.list(query);
  }

  @Get(':id')
  @Roles(Role.Logistics, Role.WarehouseLead, Role.Warehouse)
  @ApiOperation({ summary: 'Get a return with what was authorized and what came back per line' })
  @ApiNotFoundResponse({ type: ProblemDto })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<ReturnDto> {
    return this.authorizations.get(id);
  }

  @Post(':id/receive')
  @HttpCode(200)
  @Roles(Role.Warehouse, Role.WarehouseLead)
  @Idempotent({ required: true })
  @Audit('return.receive', 'return')
  @ApiOperation({ summary: 'Receive returned units at the dock with a disposition: restock (into a storage bin), quarantine, or scrap' })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: '`RETURN_ILLEGAL_TRANSITION`, `NO_QUARANTINE_LOCATION`, a frozen bin' })
  @ApiUnprocessableEntityResponse({
    type: ProblemDto,
    description: '`RETURN_WRONG_ITEM`, `RETURN_QUANTITY_EXCEEDS`, `RESTOCK_LOCATION_REQUIRED`, `RESTOCK_LOCATION_UNSUITABLE`, `LOT_REQUIRED`, `SCAN_UNREADABLE`',
  })
  receive(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ReceiveReturnItemDto,
    @Headers('idempotency-key') key: string,
  ): Promise<ReturnReceiptDto> {
    return this.receiving.receive(actor, id, body, key);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles(Role.Logistics, Role.WarehouseLead)
  @Audit('return.close', 'return')
  @ApiOperation({ summary: 'Close a return: nothing more is expected; units not received may be authorized again' })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: '`RETURN_ILLEGAL_TRANSITION`' })
  close(@Param('id', ParseUUIDPipe) id: string): Promise<ReturnDto> {
    return this.authorizations.close(id);
  }
}
