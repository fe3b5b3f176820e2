import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { Environment } from '../../config/environment';
import { PurchaseOrderDocument } from '../entities/purchase-order-document.entity';
import { PurchaseOrderEvent } from '../entities/purchase-order-event.entity';
import { PurchaseOrderLine } from '../entities/purchase-order-line.entity';
import { PurchaseOrderRevision } from '../entities/purchase-order-revision.entity';
import { PurchaseOrder } from '../entities/purchase-order.entity';
import { SupplierProduct } from '../entities/supplier-product.entity';
import { Supplier } from '../entities/supplier.entity';
import { purchaseOrderNotFound } from '../procurement.errors';
import { BaseAmount, FxRateService } from './fx-rate.service';
import { lineWarnings, PurchaseOrderWarning } from './line-warnings';
import { orderDate } from './purchase-order-records';
import { PurchaseOrderAction, userActions } from './purchase-order.lifecycle';
import { SupplierService } from './supplier.service';

/** Everything shown about one purchase order. */
export interface PurchaseOrderView {
  po: PurchaseOrder;
  supplier: Supplier;
  lines: PurchaseOrderLine[];
  events: PurchaseOrderEvent[];
  /** The total in the base currency, or null while the order date has no exchange rate. */
  base: BaseAmount | null;
  /** Whether a manager must approve it at today's total; null without a rate. */
  approvalRequired: boolean | null;
  warnings: PurchaseOrderWarning[];
  allowedActions: PurchaseOrderAction[];
  /** Latest revision with a rendered document, or null. */
  documentRevision: number | null;
}

@Injectable()
export class PurchaseOrderViewService {
  constructor(
    @InjectRepository(PurchaseOrder) private readonly orders: Repository<PurchaseOrder>,
    @InjectRepository(PurchaseOrderLine) private readonly lines: Repository<PurchaseOrderLine>,
    @InjectRepository(PurchaseOrderEvent) private readonly events: Repository<PurchaseOrderEvent>,
    @InjectRepository(PurchaseOrderRevision) private readonly revisions: Repository<PurchaseOrderRevision>,
    @InjectRepository(PurchaseOrderDocument) private readonly documents: Repository<PurchaseOrderDocument>,
    @InjectRepository(SupplierProduct) private readonly supplierProducts: Repository<SupplierProduct>,
    private readonly suppliers: SupplierService,
    private readonly fx: FxRateService,
    private readonly env: Environment,
  ) {}

  async getOrder(id: string): Promise<PurchaseOrder> {
    const po = await this.orders.findOneBy({ id });
    if (!po) throw purchaseOrderNotFound(id);
    return po;
  }

  /** An order as its supplier may see it: theirs and sent, else a 404 that does not reveal it exists. */
  async getOrderForSupplier(id: string, supplierId: string | undefined): Promise<PurchaseOrder> {
    const po = await this.orders.findOneBy({ id });
    if (!po || po.supplierId !== supplierId || !po.sentAt) throw purchaseOrderNotFound(id);
    return po;
  }

  async view(idOrOrder: string | PurchaseOrder): Promise<PurchaseOrderView> {
    const po = typeof idOrOrder === 'string' ? await this.getOrder(idOrOrder) : idOrOrder;
    const [supplier, lines, events, base, documentRevision] = await Promise.all([
      this.suppliers.get(po.supplierId),
      this.linesOf(po.id),
      this.events.find({ where: { purchaseOrderId: po.id }, order: { id: 'ASC' } }),
      this.fx.findBase(po.totalMinor, po.currency, orderDate(po)),
      this.latestDocumentRevision(po.id),
    ]);
    const warnings = await this.warnings(lines);
    if (!base) {
      warnings.push({
        code: 'FX_RATE_MISSING',
        field: 'currency',
        message: `no ${po.currency} → ${this.fx.baseCurrency} exchange rate on or before ${orderDate(po)}; the order cannot be submitted until an admin adds one`,
      });
    }
    return {
      po, supplier, lines, events, base, warnings, documentRevision,
      approvalRequired: base ? base.amountMinor > this.env.PO_APPROVAL_THRESHOLD_MINOR : null,
      allowedActions: userActions(po.status),
    };
  }

  linesOf(purchaseOrderId: string): Promise<PurchaseOrderLine[]> {
    return this.lines.find({ where: { purchaseOrderId }, order: { lineNo: 'ASC' } });
  }

  revisionsOf(purchaseOrderId: string): Promise<PurchaseOrderRevision[]> {
    return this.revisions.find({ where: { purchaseOrderId }, order: { revision: 'ASC' } });
  }

  private async warnings(lines: PurchaseOrderLine[]): Promise<PurchaseOrderWarning[]> {
    const ids = [...new Set(lines.map((l) => l.supplierProductId))];
    const items = ids.length ? await this.supplierProducts.findBy({ id: In(ids) }) : [];
    const terms = new Map(items.map((i) => [i.id, i]));
    return lineWarnings(
      lines.map((l) => ({ lineNo: l.lineNo, supplierProductId: l.supplierProductId, quantity: l.quantity - l.quantityCancelled })),
      terms,
    );
  }

  private async latestDocumentRevision(purchaseOrderId: string): Promise<number | null> {
    const row = await this.documents
      .createQueryBuilder('d')
      .select('MAX(d.revision)', 'revision')
      .where('d.purchaseOrderId = :purchaseOrderId', { purchaseOrderId })
      .getRawOne<{ revision: number | null }>();
    return row?.revision ?? null;
  }
}
