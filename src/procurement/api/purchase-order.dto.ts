import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../../common/http/pagination';
import { PurchaseOrderEvent } from '../entities/purchase-order-event.entity';
import { PurchaseOrderLine } from '../entities/purchase-order-line.entity';
import { PurchaseOrderRevision } from '../entities/purchase-order-revision.entity';
import { Supplier } from '../entities/supplier.entity';
import { Incoterm, TransportMode } from '../services/incoterms';
import { lineTotal, openQuantity } from '../services/purchase-order-lines';
import { orderDate } from '../services/purchase-order-records';
import { PurchaseOrderSummary } from '../services/purchase-order-query.service';
import { PurchaseOrderView } from '../services/purchase-order-view.service';
import { PurchaseOrderStatus } from '../services/purchase-order.lifecycle';
import { INCOTERM_SCHEMA } from './procurement.validators';

const STATUS_SCHEMA = { enum: PurchaseOrderStatus, enumName: 'PurchaseOrderStatus' };
const OBJECT_SCHEMA = { type: 'object', additionalProperties: true } as const;

export class SupplierRefDto {
  id: string;
  code: string;
  legalNameEn: string;
  legalNameZh: string | null;
}

export class PurchaseOrderLineDto {
  id: string;
  lineNo: number;
  productId: string;
  sku: string;
  productNameEn: string;
  productNameZh: string | null;
  supplierProductId: string;
  supplierItemCode: string;
  quantity: number;
  unitPriceMinor: number;
  /** (quantity − quantityCancelled) × unitPriceMinor. */
  lineTotalMinor: number;
  promisedDate: string | null;
  quantityReceived: number;
  quantityCancelled: number;
  /** quantity − cancelled − received, not below 0. */
  openQuantity: number;
  confirmedQuantity: number | null;
  confirmedDate: string | null;
}

export class PurchaseOrderWarningDto {
  /** `BELOW_MOQ`, `NOT_CARTON_MULTIPLE` or `FX_RATE_MISSING`. */
  code: string;
  /** e.g. `lines[2].quantity`. */
  field: string;
  lineNo?: number;
  message: string;
}

export class PurchaseOrderEventDto {
  action: string;
  fromStatus: string | null;
  toStatus: string;
  revision: number;
  actorType: string;
  actorId: string | null;
  actorLabel: string;
  reason: string | null;
  @ApiProperty(OBJECT_SCHEMA)
  details: Record<string, unknown>;
  occurredAt: Date;
}

export class BaseTotalDto {
  /** BASE_CURRENCY. */
  currency: string;
  totalMinor: number;
  /** Units of the base currency per unit of the order currency, as an exact decimal. */
  rate: string;
  /** Date of the rate used (the latest on or before the order date); null when the order is in the base currency. */
  rateDate: string | null;
}

export class PurchaseOrderDto {
  id: string;
  number: string;
  @ApiProperty(STATUS_SCHEMA)
  status: PurchaseOrderStatus;
  revision: number;
  supplier: SupplierRefDto;
  warehouseId: string;
  currency: string;
  @ApiProperty(INCOTERM_SCHEMA)
  incoterm: Incoterm;
  incotermPlace: string;
  @ApiProperty({ enum: TransportMode, enumName: 'TransportMode', nullable: true })
  transportMode: TransportMode | null;
  paymentTerms: string;
  requestedReadyDate: string | null;
  notes: string | null;
  /** The day the order was created (UTC); exchange rates are taken for this day. */
  orderDate: string;
  totalMinor: number;
  /** Null while no exchange rate exists for the order date (see `warnings`). */
  baseTotal: BaseTotalDto | null;
  /** Whether the total in the base currency is over the approval threshold; null without a rate. */
  approvalRequired: boolean | null;
  warnings: PurchaseOrderWarningDto[];
  /** Actions the order's state allows now (`edit`, `submit`, `approve`, …). */
  allowedActions: string[];
  lines: PurchaseOrderLineDto[];
  events: PurchaseOrderEventDto[];
  /** Latest revision with a downloadable document, or null. */
  documentRevision: number | null;
  createdBy: string;
  createdAt: Date;
  submittedAt: Date | null;
  approvedAt: Date | null;
  approvedBy: string | null;
  sentAt: Date | null;
  sentBy: string | null;
  confirmedAt: Date | null;
  confirmedBy: string | null;
  updatedAt: Date;
}

export class PurchaseOrderSummaryDto {
  id: string;
  number: string;
  @ApiProperty(STATUS_SCHEMA)
  status: PurchaseOrderStatus;
  revision: number;
  supplier: SupplierRefDto;
  warehouseId: string;
  currency: string;
  totalMinor: number;
  requestedReadyDate: string | null;
  createdBy: string;
  createdAt: Date;
  sentAt: Date | null;
}

export class PurchaseOrderSummaryPageDto extends PageOf(PurchaseOrderSummaryDto) {}

export class PurchaseOrderRevisionDto {
  revision: number;
  reason: string;
  /** `{ lines: [{ lineId, lineNo, sku, changes: { field: { from, to } } }] }`. */
  @ApiProperty(OBJECT_SCHEMA)
  changes: Record<string, unknown>;
  createdBy: string;
  createdAt: Date;
}

export class OpenQuantityDto {
  productId: string;
  sku: string;
  warehouseId: string;
  /** Ordered − received − cancelled over approved, sent, confirmed and partially received orders. */
  openQuantity: number;
  purchaseOrders: number;
  /** Earliest confirmed, else promised, else requested ready date among those lines. */
  earliestDueDate: string | null;
}

export const toSupplierRefDto = (s: Supplier): SupplierRefDto => ({ id: s.id, code: s.code, legalNameEn: s.legalNameEn, legalNameZh: s.legalNameZh });

export function toPurchaseOrderLineDto(l: PurchaseOrderLine): PurchaseOrderLineDto {
  return {
    id: l.id, lineNo: l.lineNo, productId: l.productId, sku: l.sku, productNameEn: l.productNameEn, productNameZh: l.productNameZh,
    supplierProductId: l.supplierProductId, supplierItemCode: l.supplierItemCode, quantity: l.quantity, unitPriceMinor: l.unitPriceMinor,
    lineTotalMinor: lineTotal(l)!, promisedDate: l.promisedDate, quantityReceived: l.quantityReceived, quantityCancelled: l.quantityCancelled,
    openQuantity: openQuantity(l), confirmedQuantity: l.confirmedQuantity, confirmedDate: l.confirmedDate,
  };
}

const toEventDto = (e: PurchaseOrderEvent): PurchaseOrderEventDto => ({
  action: e.action, fromStatus: e.fromStatus, toStatus: e.toStatus, revision: e.revision, actorType: e.actorType, actorId: e.actorId,
  actorLabel: e.actorLabel, reason: e.reason, details: e.details, occurredAt: e.occurredAt,
});

export function toPurchaseOrderDto(v: PurchaseOrderView): PurchaseOrderDto {
  const { po } = v;
  return {
    id: po.id, number: po.number, status: po.status, revision: po.revision, supplier: toSupplierRefDto(v.supplier), warehouseId: po.warehouseId,
    currency: po.currency, incoterm: po.incoterm, incotermPlace: po.incotermPlace, transportMode: po.transportMode, paymentTerms: po.paymentTerms,
    requestedReadyDate: po.requestedReadyDate, notes: po.notes, orderDate: orderDate(po), totalMinor: po.totalMinor,
    baseTotal: v.base ? { currency: v.base.baseCurrency, totalMinor: v.base.amountMinor, rate: v.base.rate, rateDate: v.base.rateDate } : null,
    approvalRequired: v.approvalRequired, warnings: v.warnings, allowedActions: v.allowedActions,
    lines: v.lines.map(toPurchaseOrderLineDto), events: v.events.map(toEventDto), documentRevision: v.documentRevision,
    createdBy: po.createdBy, createdAt: po.createdAt, submittedAt: po.submittedAt, approvedAt: po.approvedAt, approvedBy: po.approvedBy,
    sentAt: po.sentAt, sentBy: po.sentBy, confirmedAt: po.confirmedAt, confirmedBy: po.confirmedBy, updatedAt: po.updatedAt,
  };
}

export function toPurchaseOrderSummaryDto({ po, supplier }: PurchaseOrderSummary): PurchaseOrderSummaryDto {
  return {
    id: po.id, number: po.number, status: po.status, revision: po.revision, supplier: toSupplierRefDto(supplier), warehouseId: po.warehouseId,
    currency: po.currency, totalMinor: po.totalMinor, requestedReadyDate: po.requestedReadyDate, createdBy: po.createdBy, createdAt: po.createdAt,
    sentAt: po.sentAt,
  };
}

export const toPurchaseOrderRevisionDto = (r: PurchaseOrderRevision): PurchaseOrderRevisionDto => ({
  revision: r.revision, reason: r.reason, changes: r.changes, createdBy: r.createdBy, createdAt: r.createdAt,
});
