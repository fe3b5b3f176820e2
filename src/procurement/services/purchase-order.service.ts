import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { Product, ProductService } from '../../catalog';
import { Transactions } from '../../common/database/transactions.service';
import { UnprocessableError, ValidationFailedError } from '../../common/errors';
import { actorLabel, UserActor } from '../../identity';
import { WarehouseService } from '../../inventory';
import { PurchaseOrderLine } from '../entities/purchase-order-line.entity';
import { PurchaseOrder } from '../entities/purchase-order.entity';
import { Supplier } from '../entities/supplier.entity';
import { purchaseOrderNotFound } from '../procurement.errors';
import { Incoterm, incotermModeProblem, TransportMode } from './incoterms';
import { formatPurchaseOrderNumber } from './purchase-order-number';
import { buildLines, LineRow, NewLine, orderTotal } from './purchase-order-lines';
import { lockOrder, recordEvent, takeStep } from './purchase-order-records';
import { PurchaseOrderStatus } from './purchase-order.lifecycle';
import { requireActiveSupplier, requireProducts, requireWarehouse } from './references';
import { SupplierProductService } from './supplier-product.service';
import { SupplierService } from './supplier.service';

export interface PurchaseOrderHeader {
  warehouseId: string;
  /** Defaults from the supplier. */
  currency?: string;
  incoterm?: Incoterm;
  incotermPlace?: string;
  paymentTerms?: string;
  transportMode?: TransportMode | null;
  requestedReadyDate?: string | null;
  notes?: string | null;
}

export interface NewPurchaseOrder extends PurchaseOrderHeader {
  supplierId: string;
  lines?: NewLine[];
}

/** A draft's header fields and, when given, its complete new set of lines. */
export type PurchaseOrderChanges = Partial<PurchaseOrderHeader> & { lines?: NewLine[] };

function assertIncotermFits(po: Pick<PurchaseOrder, 'incoterm' | 'transportMode'>): void {
  const problem = incotermModeProblem(po.incoterm, po.transportMode);
  if (problem) throw new ValidationFailedError([{ field: 'incoterm', message: problem }]);
}

const defined = <T extends object>(o: T): Partial<T> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

/** Creating purchase orders and editing them while they are drafts. */
@Injectable()
export class PurchaseOrderService {
  constructor(
    @InjectRepository(PurchaseOrder) private readonly orders: Repository<PurchaseOrder>,
    private readonly transactions: Transactions,
    private readonly suppliers: SupplierService,
    private readonly supplierProducts: SupplierProductService,
    private readonly products: ProductService,
    private readonly warehouses: WarehouseService,
  ) {}

  /**
   * Creates a draft. Lookups through other modules' services run before the transaction: they use
   * their own pooled connections, and waiting for one while holding another can starve the pool.
   */
  async create(input: NewPurchaseOrder, actor: UserActor): Promise<PurchaseOrder> {
    const { supplierId, lines: lineInput = [], ...fields } = input;
    const supplier = await requireActiveSupplier(this.suppliers, supplierId);
    await requireWarehouse(this.warehouses, fields.warehouseId);
    const header = {
      currency: supplier.defaultCurrency, incoterm: supplier.defaultIncoterm, incotermPlace: supplier.defaultIncotermPlace,
      paymentTerms: supplier.paymentTerms, transportMode: null, requestedReadyDate: null, notes: null,
      ...defined(fields),
    };
    assertIncotermFits(header);
    const products = await this.productsOf(lineInput);
    return this.transactions.run(async (manager) => {
      const lines = await this.buildLines(manager, supplier, header.currency, lineInput, products);
      // nextval is outside the transaction: a rollback leaves a gap in the numbers, never a duplicate.
      const [{ seq, year }] = (await manager.query(
        "SELECT nextval('purchase_order_number_seq')::text AS seq, EXTRACT(YEAR FROM now() AT TIME ZONE 'UTC')::int AS year",
      )) as { seq: string; year: number }[];
      const po = manager.create(PurchaseOrder, {
        ...header,
        number: formatPurchaseOrderNumber(year, Number(seq)),
        supplierId: supplier.id,
        status: PurchaseOrderStatus.Draft,
        revision: 1,
        totalMinor: orderTotal(lines),
        createdById: actor.id,
        createdBy: actorLabel(actor),
      });
      await manager.save(po);
      if (lines.length) await manager.insert(PurchaseOrderLine, lines.map((l) => ({ ...l, purchaseOrderId: po.id })));
      await recordEvent(manager, po, 'create', null, { actor, details: { lines: lines.length } });
      return po;
    });
  }

  /** Changes a draft (409 in any other state). `lines`, when given, replace all lines. */
  async update(id: string, changes: PurchaseOrderChanges, actor: UserActor): Promise<PurchaseOrder> {
    const { lines: lineInput, ...header } = changes;
    // The supplier of an order never changes, so it can be read before the order is locked.
    const current = await this.orders.findOneBy({ id });
    if (!current) throw purchaseOrderNotFound(id);
    const supplier = await this.suppliers.get(current.supplierId);
    if (header.warehouseId) await requireWarehouse(this.warehouses, header.warehouseId);
    const products = lineInput ? await this.productsOf(lineInput) : undefined;
    return this.transactions.run(async (manager) => {
      const po = await lockOrder(manager, id);
      await takeStep(manager, po, 'edit', { actor, details: { fields: Object.keys(defined(changes)) } });
      if (header.currency && header.currency !== po.currency && !lineInput) {
        throw new UnprocessableError('PO_LINES_REQUIRED', 'Changing the currency changes every price; send the lines with their prices too.', [
          { field: 'lines', message: 'lines are required when currency changes' },
        ]);
      }
      Object.assign(po, defined(header));
      assertIncotermFits(po);
      if (lineInput && products) {
        const lines = await this.buildLines(manager, supplier, po.currency, lineInput, products);
        await manager.delete(PurchaseOrderLine, { purchaseOrderId: po.id });
        if (lines.length) await manager.insert(PurchaseOrderLine, lines.map((l) => ({ ...l, purchaseOrderId: po.id })));
        po.totalMinor = orderTotal(lines);
      }
      return manager.save(po);
    });
  }

  private productsOf(lines: NewLine[]): Promise<Map<string, Product>> {
    return requireProducts(this.products, lines.map((l, i) => ({ productId: l.productId, field: `lines[${i}].productId` })));
  }

  private async buildLines(
    manager: EntityManager,
    supplier: Supplier,
    currency: string,
    input: NewLine[],
    products: Map<string, Product>,
  ): Promise<LineRow[]> {
    const items = await this.supplierProducts.activeItems(manager, supplier.id, input.map((l) => l.productId));
    return buildLines(input, { supplierCode: supplier.code, currency, products, items });
  }
}
