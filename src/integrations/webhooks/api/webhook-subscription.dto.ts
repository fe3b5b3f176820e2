import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUrl, IsUUID, MaxLength } from 'class-validator';
import { EVENT_TYPES, EventType } from '../../../common/events';
import { PageOf, PageQueryDto } from '../../../common/http/pagination';
import { Omittable, toBoolean } from '../../../common/validation/validators';
import { WebhookSubscription } from '../entities/webhook-subscription.entity';

const URL_RULE = { protocols: ['https', 'http'], require_protocol: true, require_tld: false, require_valid_protocol: true };
const URL_MESSAGE = 'url must be an absolute https or http URL';
const TYPES_MESSAGE = `eventTypes must contain only ${EVENT_TYPES.join(', ')}`;
const dedupe = ({ value }: { value: unknown }) => (Array.isArray(value) ? [...new Set(value)] : value);

export class CreateWebhookSubscriptionDto {
  /** Where events are POSTed. Internal addresses are refused unless the operator allows them. */
  @IsString()
  @MaxLength(2048)
  @IsUrl(URL_RULE, { message: URL_MESSAGE })
  url: string;

  @ApiProperty({ enum: EVENT_TYPES, isArray: true, example: ['parcel.shipped', 'parcel.delivered'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(EVENT_TYPES.length)
  @IsIn(EVENT_TYPES, { each: true, message: TYPES_MESSAGE })
  @Transform(dedupe)
  eventTypes: EventType[];

  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string | null;

  /** Default `true`. */
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  /** Admins only: subscribe on behalf of a partner, who then receives only events naming it. Partner keys always subscribe for themselves. */
  @IsOptional()
  @IsUUID()
  partnerId?: string | null;
}

export class UpdateWebhookSubscriptionDto {
  @Omittable()
  @IsString()
  @MaxLength(2048)
  @IsUrl(URL_RULE, { message: URL_MESSAGE })
  url?: string;

  @ApiPropertyOptional({ enum: EVENT_TYPES, isArray: true })
  @Omittable()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(EVENT_TYPES.length)
  @IsIn(EVENT_TYPES, { each: true, message: TYPES_MESSAGE })
  @Transform(dedupe)
  eventTypes?: EventType[];

  /** `null` clears it. */
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string | null;

  /** `false` stops deliveries: pending ones are marked failed instead of sent. */
  @Omittable()
  @IsBoolean()
  active?: boolean;
}

export class WebhookSubscriptionQueryDto extends PageQueryDto {
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  active?: boolean;
}

export class WebhookSubscriptionDto {
  id: string;
  url: string;
  @ApiProperty({ enum: EVENT_TYPES, isArray: true })
  eventTypes: string[];
  description: string | null;
  active: boolean;
  /** Null: an operator subscription, which receives every event of its types. */
  partnerId: string | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export class WebhookSubscriptionWithSecretDto extends WebhookSubscriptionDto {
  /** HMAC key for `Webhook-Signature`. Shown only on creation and rotation; store it now. */
  secret: string;
}

export class WebhookSubscriptionPageDto extends PageOf(WebhookSubscriptionDto) {}

export function toWebhookSubscriptionDto(s: WebhookSubscription): WebhookSubscriptionDto {
  return {
    id: s.id, url: s.url, eventTypes: s.eventTypes, description: s.description, active: s.active, partnerId: s.partnerId,
    createdBy: s.createdBy, createdAt: s.createdAt, updatedAt: s.updatedAt,
  };
}

export function withSecret(s: WebhookSubscription): WebhookSubscriptionWithSecretDto {
  return { ...toWebhookSubscriptionDto(s), secret: s.secret };
}
