import { Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProblemDto } from '../../../common/http/problem.dto';
import { Access, Actor, Audit, CurrentActor } from '../../../identity';
import { WebhookDeliveryLogService } from '../services/webhook-delivery-log.service';
import { WEBHOOK_MANAGERS } from './webhook-access';
import { toWebhookDeliveryDetailDto, toWebhookDeliveryDto, WebhookDeliveryDetailDto, WebhookDeliveryDto } from './webhook-delivery.dto';

@ApiTags('webhooks')
@Controller('webhook-deliveries')
@Access(WEBHOOK_MANAGERS)
export class WebhookDeliveriesController {
  constructor(private readonly log: WebhookDeliveryLogService) {}

  @Get(':id')
  @ApiOperation({ summary: 'A webhook delivery with each attempt: status, duration, error, start of the response' })
  async get(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: Actor): Promise<WebhookDeliveryDetailDto> {
    const { delivery, attempts } = await this.log.get(id, actor);
    return toWebhookDeliveryDetailDto(delivery, attempts);
  }

  @Post(':id/redeliver')
  @Audit('webhook_delivery.redeliver', 'webhook_delivery')
  @ApiOperation({ summary: 'Send the event to the subscription again, as a new delivery' })
  @ApiConflictResponse({ type: ProblemDto, description: '`WEBHOOK_SUBSCRIPTION_INACTIVE`: activate the subscription first' })
  async redeliver(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: Actor): Promise<WebhookDeliveryDto> {
    return toWebhookDeliveryDto(await this.log.redeliver(id, actor));
  }
}
