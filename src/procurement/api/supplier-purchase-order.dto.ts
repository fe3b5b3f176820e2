import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../../common/http/pagination';
import { PurchaseOrderLine } from '../entities/purchase-order-line.entity';
import { PurchaseOrder } from '../entities/purchase-order.entity';
import { Incoterm } from '../services/incoterms';
import { lineTotal } from '../services/purchase-order-lines';
import { orderDate } from '../services/purchase-order-records';
import { PurchaseOrderStatus } from '../services/purchase-order.lifecycle';
import { INCOTERM_SCHEMA } from './procurement.validators';

const STATUS_SCHEMA = { enum: PurchaseOrderStatus, enumName: 'PurchaseOrderStatus' };

/** A line as the supplier sees it: no internal ids of other suppliers' items, no approval data. */
export class SupplierPurchaseOrderLineDto {
  id: string;
  lineNo: number;
  sku: string;
  productNameEn: string;
  productNameZh: string | null;
  supplierItemCode: string;
  quantity: number;
  quantityCancelled: number;
  unitPriceMinor: number;
  lineTotalMinor: number;
  promisedDate: string | null;
  confirmedQuantity: number | null;
  confirmedDate: string | null;
  quantityReceived: number;
}

/** A purchase order as its supplier sees it through the partner API. */
export class SupplierPurchaseOrderDto {
  id: string;
  number: string;
  @ApiProperty(STATUS_SCHEMA)
  status: PurchaseOrderStatus;
  /** Confirm this revision; a newer revision needs a new confirmation. */
  revision: number;
  orderDate: string;
  currency: string;
  @ApiProperty(INCOTERM_SCHEMA)
  incoterm: Incoterm;
  incotermPlace: string;
  paymentTerms: string;
  requestedReadyDate: string | null;
  totalMinor: number;
  sentAt: Date | null;
  confirmedAt: Date | null;
  lines: SupplierPurchaseOrderLineDto[];
}

export class SupplierPurchaseOrderSummaryDto {
  id: string;
  number: string;
  @ApiProperty(STATUS_SCHEMA)
  status: PurchaseOrderStatus;
  revision: number;
  currency: string;
  totalMinor: number;
  sentAt: Date | null;
  confirmedAt: Date | null;
}

export class SupplierPurchaseOrderSummaryPageDto extends PageOf(SupplierPurchaseOrderSummaryDto) {}

const toLine = (l: PurchaseOrderLine): SupplierPurchaseOrderLineDto => ({
  id: l.id, lineNo: l.lineNo, sku: l.sku, productNameEn: l.productNameEn, productNameZh: l.productNameZh, supplierItemCode: l.supplierItemCode,
  quantity: l.quantity, quantityCancelled: l.quantityCancelled, unitPriceMinor: l.unitPriceMinor, lineTotalMinor: lineTotal(l)!,
  promisedDate: l.promisedDate, confirmedQuantity: l.confirmedQuantity, confirmedDate: l.confirmedDate, quantityReceived: l.quantityReceived,
});

export function toSupplierPurchaseOrderSummaryDto(po: PurchaseOrder): SupplierPurchaseOrderSummaryDto {
  return {
    id: po.id, number: po.number, status: po.status, revision: po.revision, currency: po.currency, totalMinor: po.totalMinor,
    sentAt: po.sentAt, confirmedAt: po.confirmedAt,
  };
}

export function toSupplierPurchaseOrderDto(po: PurchaseOrder, lines: PurchaseOrderLine[]): SupplierPurchaseOrderDto {
  return {
    ...toSupplierPurchaseOrderSummaryDto(po),
    orderDate: orderDate(po), incoterm: po.incoterm, incotermPlace: po.incotermPlace, paymentTerms: po.paymentTerms,
    requestedReadyDate: po.requestedReadyDate, lines: lines.map(toLine),
  };
}
