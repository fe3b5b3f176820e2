import { PurchaseOrderLine } from '../entities/purchase-order-line.entity';
import { PurchaseOrder } from '../entities/purchase-order.entity';
import { Supplier } from '../entities/supplier.entity';
import { formatMinor } from '../services/money';
import { lineTotal } from '../services/purchase-order-lines';

/** A block of the letterhead: buyer, supplier or ship-to. */
export interface DocumentParty {
  heading: string;
  name: string;
  lines: string[];
}

export interface DocumentLine {
  lineNo: string;
  sku: string;
  supplierItemCode: string;
  nameEn: string;
  nameZh: string;
  quantity: string;
  unitPrice: string;
  amount: string;
  promisedDate: string;
}

/** Everything the PDF prints, already formatted: the layout decides only where it goes. */
export interface PurchaseOrderDocumentModel {
  title: string;
  number: string;
  revision: number;
  orderDate: string;
  fileName: string;
  buyer: DocumentParty;
  supplier: DocumentParty;
  shipTo: DocumentParty;
  terms: { label: string; value: string }[];
  currency: string;
  lines: DocumentLine[];
  total: string;
  notes: string | null;
}

export interface ShipToAddress {
  code: string;
  name: string;
  addressLine1: string;
  addressLine2: string | null;
  city: string;
  region: string | null;
  postcode: string;
  country: string;
}

export interface DocumentSources {
  po: PurchaseOrder;
  supplier: Supplier;
  lines: PurchaseOrderLine[];
  warehouse: ShipToAddress;
  buyer: { name: string; address?: string; contact: string };
}

export const documentFileName = (number: string, revision: number) => `${number}-r${revision}.pdf`;

const compact = (parts: (string | null | undefined)[]) => parts.filter((p): p is string => !!p && p.trim() !== '');
const quantity = (n: number) => n.toLocaleString('en-US');

function supplierParty(supplier: Supplier): DocumentParty {
  const contact = supplier.contacts.find((c) => c.email) ?? supplier.contacts[0];
  return {
    heading: 'Supplier',
    name: supplier.legalNameEn,
    lines: compact([
      supplier.legalNameZh,
      supplier.addressLine1,
      supplier.addressLine2,
      compact([supplier.postcode, supplier.city, supplier.region]).join(' '),
      supplier.country,
      contact && compact([contact.name, contact.email, contact.phone, contact.wechatId && `WeChat ${contact.wechatId}`]).join(' · '),
    ]),
  };
}

function shipToParty(w: ShipToAddress): DocumentParty {
  return {
    heading: 'Ship to',
    name: `${w.name} (${w.code})`,
    lines: compact([w.addressLine1, w.addressLine2, compact([w.postcode, w.city, w.region]).join(' '), w.country]),
  };
}

/** Builds the document's content from the order; pure, so the layout can be tested without a database. */
export function buildPurchaseOrderDocument(src: DocumentSources): PurchaseOrderDocumentModel {
  const { po, lines } = src;
  const money = (minor: number) => formatMinor(minor, po.currency);
  return {
    title: `Purchase order ${po.number}`,
    number: po.number,
    revision: po.revision,
    orderDate: po.createdAt.toISOString().slice(0, 10),
    fileName: documentFileName(po.number, po.revision),
    buyer: { heading: 'Buyer', name: src.buyer.name, lines: compact([...(src.buyer.address?.split(';').map((l) => l.trim()) ?? []), src.buyer.contact]) },
    supplier: supplierParty(src.supplier),
    shipTo: shipToParty(src.warehouse),
    terms: [
      { label: 'Incoterm', value: `${po.incoterm} ${po.incotermPlace} (Incoterms 2020)` },
      { label: 'Payment terms', value: po.paymentTerms },
      { label: 'Currency', value: po.currency },
      ...(po.requestedReadyDate ? [{ label: 'Requested ready date', value: po.requestedReadyDate }] : []),
      ...(po.transportMode ? [{ label: 'Transport', value: po.transportMode }] : []),
    ],
    currency: po.currency,
    lines: lines.map((l) => ({
      lineNo: String(l.lineNo),
      sku: l.sku,
      supplierItemCode: l.supplierItemCode,
      nameEn: l.productNameEn,
      nameZh: l.productNameZh ?? '',
      quantity: quantity(l.quantity - l.quantityCancelled),
      unitPrice: money(l.unitPriceMinor),
      // Amounts were checked to fit a safe integer when the line was written.
      amount: money(lineTotal(l)!),
      promisedDate: l.confirmedDate ?? l.promisedDate ?? '',
    })),
    total: `${money(po.totalMinor)} ${po.currency}`,
    notes: po.notes,
  };
}
