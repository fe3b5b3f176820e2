import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository, SelectQueryBuilder } from 'typeorm';
import { Page, PageQueryDto, paginate, parseSort } from '../../common/http/pagination';
import { UserActor } from '../../identity';
import { PurchaseOrderLine } from '../entities/purchase-order-line.entity';
import { PurchaseOrder } from '../entities/purchase-order.entity';
import { Supplier } from '../entities/supplier.entity';
import { OPEN_STATUSES, PurchaseOrderStatus, SENT_STATUSES } from './purchase-order.lifecycle';
import { isProcurementManager } from './approval-rules';

export interface PurchaseOrderQuery extends PageQueryDto {
  status?: PurchaseOrderStatus[];
  supplierId?: string;
  warehouseId?: string;
  /** Orders with at least one line of this product. */
  productId?: string;
  /** Created on or after this day (UTC). */
  createdFrom?: string;
  /** Created on or before this day (UTC). */
  createdTo?: string;
  /** Open orders with a line past its due date and not fully received. */
  late?: boolean;
  /** Submitted orders the caller may approve: not their own, and only for managers. */
  awaitingMyApproval?: boolean;
  /** Start of the order number, e.g. `PO-2026-001`. */
  q?: string;
  sort?: string;
}

export interface PurchaseOrderSummary {
  po: PurchaseOrder;
  supplier: Supplier;
}

export interface OpenQuantity {
  productId: string;
  sku: string;
  warehouseId: string;
  /** Ordered − received − cancelled over approved and later, not yet received orders. */
  openQuantity: number;
  purchaseOrders: number;
  /** Earliest date goods are due: confirmed date, else promised date, else the requested ready date. */
  earliestDueDate: string | null;
}

const SORTABLE = { number: 'number', createdAt: 'createdAt' };

/** The date a line is due: what the supplier confirmed, else what was promised, else the order's ready date. */
const DUE_DATE = 'COALESCE(l.confirmed_date, l.promised_date, o.requested_ready_date)';
const OPEN_UNITS = 'l.quantity - l.quantity_cancelled - l.quantity_received';

const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000);

/** Read-only views over purchase orders: lists for staff and suppliers, open quantities for planning. */
@Injectable()
export class PurchaseOrderQueryService {
  constructor(
    @InjectRepository(PurchaseOrder) private readonly orders: Repository<PurchaseOrder>,
    @InjectRepository(Supplier) private readonly suppliers: Repository<Supplier>,
    @InjectRepository(PurchaseOrderLine) private readonly lines: Repository<PurchaseOrderLine>,
  ) {}

  async list(query: PurchaseOrderQuery, actor: UserActor): Promise<Page<PurchaseOrderSummary>> {
    const qb = this.orders.createQueryBuilder('po');
    applyFilters(qb, query);
    if (query.awaitingMyApproval) {
      qb.andWhere('po.status = :submitted AND po.createdById <> :me', { submitted: PurchaseOrderStatus.Submitted, me: actor.id });
      if (!isProcurementManager(actor)) qb.andWhere('FALSE');
    }
    return this.withSuppliers(await paginate(qb, parseSort(query.sort, SORTABLE, 'po', '-createdAt'), query));
  }

  /** A supplier's orders from the moment they were sent; drafts and internal steps stay internal. */
  async listForSupplier(supplierId: string, query: PurchaseOrderQuery): Promise<Page<PurchaseOrderSummary>> {
    const qb = this.orders
      .createQueryBuilder('po')
      .where('po.supplierId = :supplierId AND po.sentAt IS NOT NULL AND po.status IN (:...sent)', { supplierId, sent: SENT_STATUSES });
    applyFilters(qb, { ...query, supplierId: undefined });
    return this.withSuppliers(await paginate(qb, parseSort(query.sort, SORTABLE, 'po', '-createdAt'), query));
  }

  async openQuantities(filter: { productId?: string; warehouseId?: string }): Promise<OpenQuantity[]> {
    const qb = this.lines
      .createQueryBuilder('l')
      .innerJoin(PurchaseOrder, 'o', 'o.id = l.purchase_order_id')
      .select('l.product_id', 'productId')
      .addSelect('MAX(l.sku)', 'sku')
      .addSelect('o.warehouse_id', 'warehouseId')
      .addSelect(`SUM(${OPEN_UNITS})::int`, 'openQuantity')
      .addSelect('COUNT(DISTINCT o.id)::int', 'purchaseOrders')
      .addSelect(`MIN(${DUE_DATE})::text`, 'earliestDueDate')
      .where('o.status IN (:...open)', { open: OPEN_STATUSES })
      .andWhere(`${OPEN_UNITS} > 0`)
      .groupBy('l.product_id')
      .addGroupBy('o.warehouse_id')
      .orderBy('MAX(l.sku)')
      .addOrderBy('o.warehouse_id');
    if (filter.productId) qb.andWhere('l.product_id = :productId', { productId: filter.productId });
    if (filter.warehouseId) qb.andWhere('o.warehouse_id = :warehouseId', { warehouseId: filter.warehouseId });
    return qb.getRawMany<OpenQuantity>();
  }

  private async withSuppliers(page: Page<PurchaseOrder>): Promise<Page<PurchaseOrderSummary>> {
    const ids = [...new Set(page.items.map((po) => po.supplierId))];
    const suppliers = new Map((ids.length ? await this.suppliers.findBy({ id: In(ids) }) : []).map((s) => [s.id, s]));
    return { ...page, items: page.items.map((po) => ({ po, supplier: suppliers.get(po.supplierId)! })) };
  }
}

function applyFilters(qb: SelectQueryBuilder<PurchaseOrder>, query: PurchaseOrderQuery): void {
  if (query.status?.length) qb.andWhere('po.status IN (:...statuses)', { statuses: query.status });
  if (query.supplierId) qb.andWhere('po.supplierId = :supplierId', { supplierId: query.supplierId });
  if (query.warehouseId) qb.andWhere('po.warehouseId = :warehouseId', { warehouseId: query.warehouseId });
  if (query.productId) {
    qb.andWhere('EXISTS (SELECT 1 FROM purchase_order_line pl WHERE pl.purchase_order_id = po.id AND pl.product_id = :productId)', {
      productId: query.productId,
    });
  }
  if (query.createdFrom) qb.andWhere('po.createdAt >= :createdFrom', { createdFrom: new Date(`${query.createdFrom}T00:00:00Z`) });
  if (query.createdTo) qb.andWhere('po.createdAt < :createdBefore', { createdBefore: nextDay(query.createdTo) });
  if (query.q) qb.andWhere('po.number LIKE :numberPrefix', { numberPrefix: `${query.q.toUpperCase().replace(/[\\%_]/g, '\\$&')}%` });
  if (query.late) {
    qb.andWhere('po.status IN (:...lateStatuses)', { lateStatuses: OPEN_STATUSES }).andWhere(
      `EXISTS (SELECT 1 FROM purchase_order_line l JOIN purchase_order o ON o.id = l.purchase_order_id
                WHERE l.purchase_order_id = po.id AND ${OPEN_UNITS} > 0 AND ${DUE_DATE} < CURRENT_DATE)`,
    );
  }
}
