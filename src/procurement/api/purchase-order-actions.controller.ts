import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiForbiddenResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ProblemDto } from '../../common/http/problem.dto';
import { Audit, CurrentActor, Role, Roles, UserActor } from '../../identity';
import { PurchaseOrder } from '../entities/purchase-order.entity';
import { PurchaseOrderChangesService } from '../services/purchase-order-changes.service';
import { PurchaseOrderViewService } from '../services/purchase-order-view.service';
import { PurchaseOrderWorkflowService } from '../services/purchase-order-workflow.service';
import { ConfirmPurchaseOrderDto, ReasonDto, RevisePurchaseOrderDto, TransitionDto } from './purchase-order-action.dto';
import { PurchaseOrderDto, toPurchaseOrderDto } from './purchase-order.dto';

const Buyers = () => Roles(Role.Procurement, Role.ProcurementManager);
const Managers = () => Roles(Role.ProcurementManager);
const ILLEGAL = { type: ProblemDto, description: '`PO_ILLEGAL_TRANSITION`: the order’s `state` does not allow it; `allowedActions` lists what does' };
const FOUR_EYES = { type: ProblemDto, description: '`FOUR_EYES_REQUIRED`: the order’s creator cannot do this' };

/** One endpoint per lifecycle step; each answers with the order as it now is. */
@ApiTags('purchase-orders')
@Controller('purchase-orders/:id')
export class PurchaseOrderActionsController {
  constructor(
    private readonly workflow: PurchaseOrderWorkflowService,
    private readonly changes: PurchaseOrderChangesService,
    private readonly views: PurchaseOrderViewService,
  ) {}

  @Post('submit')
  @HttpCode(200)
  @Buyers()
  @Audit('purchase_order.submit', 'purchase_order')
  @ApiOperation({ summary: 'Submit a draft: over the approval threshold it waits for a manager, otherwise it is approved at once' })
  @ApiConflictResponse(ILLEGAL)
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: '`FX_RATE_MISSING` or `PO_HAS_NO_LINES`' })
  submit(@Param('id', ParseUUIDPipe) id: string, @Body() body: TransitionDto, @CurrentActor() actor: UserActor): Promise<PurchaseOrderDto> {
    return this.show(this.workflow.submit(id, actor, body.reason));
  }

  @Post('approve')
  @HttpCode(200)
  @Managers()
  @Audit('purchase_order.approve', 'purchase_order')
  @ApiOperation({ summary: 'Approve a submitted order (a procurement manager other than its creator)' })
  @ApiConflictResponse(ILLEGAL)
  @ApiForbiddenResponse(FOUR_EYES)
  approve(@Param('id', ParseUUIDPipe) id: string, @Body() body: TransitionDto, @CurrentActor() actor: UserActor): Promise<PurchaseOrderDto> {
    return this.show(this.workflow.approve(id, actor, body.reason));
  }

  @Post('reject')
  @HttpCode(200)
  @Managers()
  @Audit('purchase_order.reject', 'purchase_order')
  @ApiOperation({ summary: 'Reject a submitted order with a reason; it goes back to draft for the buyer to fix' })
  @ApiConflictResponse(ILLEGAL)
  @ApiForbiddenResponse(FOUR_EYES)
  reject(@Param('id', ParseUUIDPipe) id: string, @Body() body: ReasonDto, @CurrentActor() actor: UserActor): Promise<PurchaseOrderDto> {
    return this.show(this.workflow.reject(id, actor, body.reason));
  }

  @Post('send')
  @HttpCode(200)
  @Buyers()
  @Audit('purchase_order.send', 'purchase_order')
  @ApiOperation({ summary: 'Mark an approved order sent to the supplier; mails the PDF when SMTP is configured' })
  @ApiConflictResponse(ILLEGAL)
  send(@Param('id', ParseUUIDPipe) id: string, @Body() body: TransitionDto, @CurrentActor() actor: UserActor): Promise<PurchaseOrderDto> {
    return this.show(this.workflow.send(id, actor, body.reason));
  }

  @Post('confirmation')
  @HttpCode(200)
  @Buyers()
  @Audit('purchase_order.confirm', 'purchase_order')
  @ApiOperation({ summary: 'Record the supplier’s confirmed quantities and dates for the current revision, on the supplier’s behalf' })
  @ApiConflictResponse({ type: ProblemDto, description: '`PO_ILLEGAL_TRANSITION` or `PO_REVISION_MISMATCH`' })
  confirm(@Param('id', ParseUUIDPipe) id: string, @Body() body: ConfirmPurchaseOrderDto, @CurrentActor() actor: UserActor): Promise<PurchaseOrderDto> {
    return this.show(this.changes.confirm(id, body, actor));
  }

  @Post('revisions')
  @Buyers()
  @Audit('purchase_order.revise', 'purchase_order')
  @ApiOperation({ summary: 'Change lines of a sent order as a new revision; the supplier must confirm it again' })
  @ApiConflictResponse(ILLEGAL)
  @ApiForbiddenResponse({ type: ProblemDto, description: '`MANAGER_REQUIRED` or `FOUR_EYES_REQUIRED` to raise the total over the approval threshold' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: '`PO_REVISION_EMPTY`, `PO_LINE_NOT_FOUND`, `PO_LINE_INVALID`, `FX_RATE_MISSING`' })
  revise(@Param('id', ParseUUIDPipe) id: string, @Body() body: RevisePurchaseOrderDto, @CurrentActor() actor: UserActor): Promise<PurchaseOrderDto> {
    return this.show(this.changes.revise(id, body, actor));
  }

  @Post('cancel')
  @HttpCode(200)
  @Buyers()
  @Audit('purchase_order.cancel', 'purchase_order')
  @ApiOperation({ summary: 'Cancel an order with a reason, any time before goods were received' })
  @ApiConflictResponse(ILLEGAL)
  cancel(@Param('id', ParseUUIDPipe) id: string, @Body() body: ReasonDto, @CurrentActor() actor: UserActor): Promise<PurchaseOrderDto> {
    return this.show(this.workflow.cancel(id, actor, body.reason));
  }

  @Post('close')
  @HttpCode(200)
  @Buyers()
  @Audit('purchase_order.close', 'purchase_order')
  @ApiOperation({ summary: 'Close a received order, or short-close a partially received one (reason required; the rest is cancelled)' })
  @ApiConflictResponse(ILLEGAL)
  close(@Param('id', ParseUUIDPipe) id: string, @Body() body: TransitionDto, @CurrentActor() actor: UserActor): Promise<PurchaseOrderDto> {
    return this.show(this.workflow.close(id, actor, body.reason));
  }

  private async show(step: Promise<PurchaseOrder>): Promise<PurchaseOrderDto> {
    return toPurchaseOrderDto(await this.views.view(await step));
  }
}
