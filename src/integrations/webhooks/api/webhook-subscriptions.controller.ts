import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ProblemDto } from '../../../common/http/problem.dto';
import { Access, Actor, Audit, CurrentActor } from '../../../identity';
import { WebhookDeliveryLogService } from '../services/webhook-delivery-log.service';
import { WebhookSubscriptionService } from '../services/webhook-subscription.service';
import { WEBHOOK_MANAGERS } from './webhook-access';
import { toWebhookDeliveryDto, WebhookDeliveryPageDto, WebhookDeliveryQueryDto } from './webhook-delivery.dto';
import {
  CreateWebhookSubscriptionDto, toWebhookSubscriptionDto, UpdateWebhookSubscriptionDto, WebhookSubscriptionDto, WebhookSubscriptionPageDto,
  WebhookSubscriptionQueryDto, WebhookSubscriptionWithSecretDto, withSecret,
} from './webhook-subscription.dto';

const TARGET_REFUSED = '`WEBHOOK_TARGET_REFUSED`: the URL resolves to an internal address (SSRF guard); `WEBHOOK_PARTNER_UNKNOWN`, `WEBHOOK_PARTNER_NOT_OWN`';

@ApiTags('webhooks')
@Controller('webhook-subscriptions')
@Access(WEBHOOK_MANAGERS)
export class WebhookSubscriptionsController {
  constructor(
    private readonly subscriptions: WebhookSubscriptionService,
    private readonly log: WebhookDeliveryLogService,
  ) {}

  @Post()
  @Audit('webhook_subscription.create', 'webhook_subscription')
  @ApiOperation({ summary: 'Subscribe a URL to event types; the signing secret is returned once' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: TARGET_REFUSED })
  async create(@Body() body: CreateWebhookSubscriptionDto, @CurrentActor() actor: Actor): Promise<WebhookSubscriptionWithSecretDto> {
    return withSecret(await this.subscriptions.create(body, actor));
  }

  @Get()
  @ApiOperation({ summary: 'List webhook subscriptions (a partner key sees its own), newest first' })
  async list(@Query() query: WebhookSubscriptionQueryDto, @CurrentActor() actor: Actor): Promise<WebhookSubscriptionPageDto> {
    const page = await this.subscriptions.list(query, actor);
    return { ...page, items: page.items.map(toWebhookSubscriptionDto) };
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a webhook subscription (never its secret)' })
  async get(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: Actor): Promise<WebhookSubscriptionDto> {
    return toWebhookSubscriptionDto(await this.subscriptions.get(id, actor));
  }

  @Patch(':id')
  @Audit('webhook_subscription.update', 'webhook_subscription')
  @ApiOperation({ summary: 'Change the URL, event types, description or active flag' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: TARGET_REFUSED })
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateWebhookSubscriptionDto,
    @CurrentActor() actor: Actor,
  ): Promise<WebhookSubscriptionDto> {
    return toWebhookSubscriptionDto(await this.subscriptions.update(id, body, actor));
  }

  @Delete(':id')
  @HttpCode(204)
  @Audit('webhook_subscription.delete', 'webhook_subscription')
  @ApiOperation({ summary: 'Delete a subscription with its delivery log; pending deliveries are dropped' })
  @ApiNoContentResponse({ description: 'Deleted.' })
  async remove(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: Actor): Promise<void> {
    await this.subscriptions.remove(id, actor);
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  @Audit('webhook_subscription.rotate_secret', 'webhook_subscription')
  @ApiOperation({ summary: 'Replace the signing secret; the new one is returned once and signs every request from now on' })
  async rotateSecret(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: Actor): Promise<WebhookSubscriptionWithSecretDto> {
    return withSecret(await this.subscriptions.rotateSecret(id, actor));
  }

  @Get(':id/deliveries')
  @ApiOperation({ summary: "A subscription's delivery log, newest first" })
  async deliveries(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: WebhookDeliveryQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<WebhookDeliveryPageDto> {
    const page = await this.log.list(id, query, actor);
    return { ...page, items: page.items.map(toWebhookDeliveryDto) };
  }
}
