import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageOf, PageQueryDto } from '../../common/http/pagination';
import { OrderAllocation } from '../entities/order-allocation.entity';
import { OutboundOrderEvent } from '../entities/outbound-order-event.entity';
import { OutboundOrder, ServiceLevel } from '../entities/outbound-order.entity';
import { OutboundOrderStatus } from '../orders/outbound-order.lifecycle';
import { OrderView } from '../orders/outbound-order.service';

const STATUS_SCHEMA = { enum: OutboundOrderStatus, enumName: 'OutboundOrderStatus' };
const SERVICE_LEVEL_SCHEMA = { enum: ServiceLevel, enumName: 'ServiceLevel' };

export class ShipToViewDto {
  name: string;
  addressLines: string[];
  city: string;
  region: string | null;
  postcode: string | null;
  country: string;
  phone: string | null;
  email: string | null;
}

export class OutboundOrderSummaryDto {
  id: string;
  externalId: string;
  channel: string;
  placedAt: Date;
  @ApiProperty(STATUS_SCHEMA)
  status: OutboundOrderStatus;
  @ApiProperty(SERVICE_LEVEL_SCHEMA)
  serviceLevel: ServiceLevel;
  shipTo: ShipToViewDto;
  currency: string;
  totalMinor: number;
  iossNumber: string | null;
  /** Set once allocated. */
  warehouseId: string | null;
  createdAt: Date;
}

export class OrderComponentDto {
  requirementId: string;
  productId: string;
  sku: string;
  quantity: number;
  allocatedQuantity: number;
  pickedQuantity: number;
}

export class OrderLineDto {
  lineNo: number;
  sku: string;
  productId: string;
  quantity: number;
  unitPriceMinor: number;
  isKit: boolean;
  /** What the line needs from the shelves: the product itself, or a kit's components. */
  components: OrderComponentDto[];
}

export class OrderAllocationDto {
  id: string;
  sku: string;
  warehouseId: string;
  locationId: string;
  locationCode: string;
  lotId: string | null;
  quantity: number;
  pickedQuantity: number;
  releasedQuantity: number;
  status: string;
}

export class OrderEventDto {
  action: string;
  fromStatus: string | null;
  toStatus: string;
  actorLabel: string;
  reason: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true })
  details: Record<string, unknown>;
  occurredAt: Date;
}

export class OutboundOrderDto extends OutboundOrderSummaryDto {
  lines: OrderLineDto[];
  allocations: OrderAllocationDto[];
  /** Lifecycle actions the order's state allows. */
  allowedActions: string[];
  history: OrderEventDto[];
}

export class OutboundOrderPageDto extends PageOf(OutboundOrderSummaryDto) {}

export class OrderQueryDto extends PageQueryDto {
  @ApiPropertyOptional(STATUS_SCHEMA)
  @IsOptional() @IsEnum(OutboundOrderStatus)
  status?: OutboundOrderStatus;

  @IsOptional() @IsUUID()
  warehouseId?: string;

  @IsOptional() @IsString() @MaxLength(64)
  externalId?: string;

  /** `placedAt`, `-placedAt` (default), `createdAt`, `-createdAt`. */
  @IsOptional() @IsString() @MaxLength(20)
  sort?: string;
}

export class CancelOrderDto {
  /** Why, for the order's history. */
  @IsOptional() @IsString() @MaxLength(500)
  reason?: string;
}

export class BackorderRunDto {
  attempted: number;
  allocated: number;
  stillBackordered: number;
}

export function toOrderSummaryDto(o: OutboundOrder): OutboundOrderSummaryDto {
  return {
    id: o.id, externalId: o.externalId, channel: o.channel, placedAt: o.placedAt, status: o.status, serviceLevel: o.serviceLevel,
    shipTo: {
      name: o.shipToName, addressLines: [o.shipToAddressLine1, o.shipToAddressLine2, o.shipToAddressLine3].filter((l): l is string => !!l),
      city: o.shipToCity, region: o.shipToRegion, postcode: o.shipToPostcode, country: o.shipToCountry, phone: o.shipToPhone, email: o.shipToEmail,
    },
    currency: o.currency, totalMinor: o.totalMinor, iossNumber: o.iossNumber, warehouseId: o.warehouseId, createdAt: o.createdAt,
  };
}

const toAllocationDto = (a: OrderAllocation): OrderAllocationDto => ({
  id: a.id, sku: a.sku, warehouseId: a.warehouseId, locationId: a.locationId, locationCode: a.locationCode, lotId: a.lotId, quantity: a.quantity,
  pickedQuantity: a.pickedQuantity, releasedQuantity: a.releasedQuantity, status: a.status,
});

const toEventDto = (e: OutboundOrderEvent): OrderEventDto => ({
  action: e.action, fromStatus: e.fromStatus, toStatus: e.toStatus, actorLabel: e.actorLabel, reason: e.reason, details: e.details, occurredAt: e.occurredAt,
});

export function toOrderDto(view: OrderView, allowedActions: string[]): OutboundOrderDto {
  return {
    ...toOrderSummaryDto(view.order),
    lines: view.lines.map((l) => ({
      lineNo: l.lineNo, sku: l.sku, productId: l.productId, quantity: l.quantity, unitPriceMinor: l.unitPriceMinor, isKit: l.isKit,
      components: view.requirements
        .filter((r) => r.lineId === l.id)
        .map((r) => ({ requirementId: r.id, productId: r.productId, sku: r.sku, quantity: r.quantity, allocatedQuantity: r.allocatedQuantity, pickedQuantity: r.pickedQuantity })),
    })),
    allocations: view.allocations.map(toAllocationDto),
    allowedActions,
    history: view.history.map(toEventDto),
  };
}
