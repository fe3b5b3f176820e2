import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { PolicyRow } from '../engine/policy';
import { Arrival } from '../engine/projection';
import { DEFAULT_SIGNAL_SETTINGS } from '../engine/signal';
import { PlanningPolicyRecord } from '../entities/planning-policy.entity';
import { policyRowOf } from './policy-records';

/** A supplier's active offer of a product. */
export interface SupplierOffer {
  supplierProductId: string;
  supplierId: string;
  moq: number;
  unitsPerCarton: number;
  cartonGrossWeightG: number | null;
  leadTimeDays: number | null;
  preferred: boolean;
  currency: string;
}

export interface ProductFacts {
  sku: string;
  netWeightG: number;
  category: string | null;
}

/** Everything the planner needs about one SKU in one warehouse. */
export interface ItemInputs {
  productId: string;
  warehouseId: string;
  unitsByAge: number[];
  available: number;
  backordered: number;
  receiving: number;
  arrivals: Arrival[];
}

export interface PlanningInputSet {
  items: Map<string, ItemInputs>;
  products: Map<string, ProductFacts>;
  offers: Map<string, SupplierOffer[]>;
  policies: PolicyRow[];
  /** Supplier of each open purchase-order line, for expedite suggestions. */
  lineSuppliers: Map<string, string>;
}

export interface InputFilter {
  productId?: string;
  warehouseId?: string;
}

const itemKey = (productId: string, warehouseId: string) => `${productId}|${warehouseId}`;

/** Location types whose stock can be sold (inventory's SELLABLE_TYPES) and where received stock waits. */
const SELLABLE = ['storage', 'pick_face'];
const RECEIVING = ['receiving'];
/** Outbound orders whose unallocated units are still wanted. */
const OPEN_ORDER_STATUSES = ['received', 'allocated', 'backordered'];
/** Purchase orders whose open units are still coming (drafts and submitted ones count as planned supply). */
const PIPELINE_PO_STATUSES = ['draft', 'submitted', 'approved', 'sent', 'confirmed', 'partially_received'];
const COMMITTED_PO_STATUSES = ['approved', 'sent', 'confirmed', 'partially_received'];
const FINISHED_SHIPMENT_STATUSES = ['received', 'cancelled'];

/**
 * Reads the other modules' tables with set-based, read-only SQL: one statement per kind of input,
 * never one per SKU. Days are UTC calendar days; `today` is passed in so every statement agrees.
 */
@Injectable()
export class PlanningInputs {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * All inputs from one snapshot (REPEATABLE READ, read-only), so stock, shipments and orders agree
   * with each other even while receiving and shipping go on. JIT is off because compiling the
   * demand aggregate costs more than running it, and work_mem is raised so it hashes in memory.
   */
  async load(today: string, filter: InputFilter = {}): Promise<PlanningInputSet> {
    return this.dataSource.transaction('REPEATABLE READ', async (m) => {
      await m.query('SET TRANSACTION READ ONLY');
      await m.query("SET LOCAL jit = off");
      await m.query("SET LOCAL work_mem = '128MB'");
      return this.read(m, today, filter);
    });
  }

  private async read(m: EntityManager, today: string, filter: InputFilter): Promise<PlanningInputSet> {
    const items = new Map<string, ItemInputs>();
    const item = (productId: string, warehouseId: string): ItemInputs => {
      const key = itemKey(productId, warehouseId);
      let found = items.get(key);
      if (!found) {
        found = { productId, warehouseId, unitsByAge: new Array<number>(DEFAULT_SIGNAL_SETTINGS.historyDays).fill(0), available: 0, backordered: 0, receiving: 0, arrivals: [] };
        items.set(key, found);
      }
      return found;
    };
    const lineSuppliers = new Map<string, string>();
    const products = await this.products(m, filter);
    const offers = await this.offers(m, filter);
    const policies = await this.policies(m);
    const warehouseOf = await this.locations(m);
    for (const r of await this.demand(m, today, filter)) {
      const warehouseId = warehouseOf.get(r.from_location_id);
      if (!warehouseId || (filter.warehouseId && warehouseId !== filter.warehouseId)) continue;
      const target = item(r.product_id, warehouseId);
      for (let i = 0; i < r.ages.length; i++) target.unitsByAge[r.ages[i]] += r.units[i];
    }
    for (const r of await this.stock(m, filter)) {
      const target = item(r.product_id, r.warehouse_id);
      target.available = Number(r.available);
      target.receiving = Number(r.receiving);
    }
    for (const r of await this.backorders(m, filter)) item(r.product_id, r.warehouse_id).backordered = Number(r.units);
    for (const r of await this.inTransit(m, today, filter)) {
      item(r.product_id, r.warehouse_id).arrivals.push({ day: r.day, quantity: r.quantity, source: 'in_transit', mode: r.mode, reference: r.reference });
    }
    for (const r of await this.openLines(m, today, filter)) {
      const committed = COMMITTED_PO_STATUSES.includes(r.status);
      item(r.product_id, r.warehouse_id).arrivals.push({
        day: 0, readyDay: r.ready_day, quantity: r.quantity, source: committed ? 'purchase_order' : 'draft', mode: r.transport_mode,
        reference: r.number, purchaseOrderId: r.purchase_order_id, purchaseOrderLineId: r.line_id,
      });
      lineSuppliers.set(r.line_id, r.supplier_id);
    }
    // Items of products that no longer exist in the catalog cannot be planned (nor ordered).
    for (const [key, i] of items) if (!products.has(i.productId)) items.delete(key);
    return { items, products, offers, policies, lineSuppliers };
  }

  private async locations(m: EntityManager): Promise<Map<string, string>> {
    const rows: { id: string; warehouse_id: string }[] = await m.query('SELECT id, warehouse_id FROM location');
    return new Map(rows.map((r) => [r.id, r.warehouse_id]));
  }

  private async products(m: EntityManager, f: InputFilter): Promise<Map<string, ProductFacts>> {
    const rows: { id: string; sku: string; net_weight_g: number; category: string | null }[] = await m.query(
      `SELECT p.id, p.sku, p.net_weight_g, c.category
         FROM product p LEFT JOIN planning_product_category c ON c.product_id = p.id
        WHERE ($1::uuid IS NULL OR p.id = $1)`,
      [f.productId ?? null],
    );
    return new Map(rows.map((r) => [r.id, { sku: r.sku, netWeightG: r.net_weight_g, category: r.category }]));
  }

  private async offers(m: EntityManager, f: InputFilter): Promise<Map<string, SupplierOffer[]>> {
    const rows: {
      id: string; supplier_id: string; product_id: string; moq: number; units_per_carton: number; carton_gross_weight_g: number | null;
      lead_time_days: number | null; preferred: boolean; currency: string;
    }[] = await m.query(
      `SELECT sp.id, sp.supplier_id, sp.product_id, sp.moq, sp.units_per_carton, sp.carton_gross_weight_g,
              COALESCE(sp.lead_time_days, s.lead_time_days) AS lead_time_days, sp.preferred, sp.currency
         FROM supplier_product sp JOIN supplier s ON s.id = sp.supplier_id
        WHERE sp.active AND s.active AND ($1::uuid IS NULL OR sp.product_id = $1)
        ORDER BY sp.product_id, sp.preferred DESC, sp.supplier_id`,
      [f.productId ?? null],
    );
    const out = new Map<string, SupplierOffer[]>();
    for (const r of rows) {
      const list = out.get(r.product_id) ?? [];
      list.push({
        supplierProductId: r.id, supplierId: r.supplier_id, moq: r.moq, unitsPerCarton: r.units_per_carton, cartonGrossWeightG: r.carton_gross_weight_g,
        leadTimeDays: r.lead_time_days, preferred: r.preferred, currency: r.currency,
      });
      out.set(r.product_id, list);
    }
    return out;
  }

  private async policies(m: EntityManager): Promise<PolicyRow[]> {
    return (await m.getRepository(PlanningPolicyRecord).find()).map(policyRowOf);
  }

  /**
   * Ship movements of the history window per product and location the stock left from, as parallel
   * arrays of ages (days ago) and units; grouped by location rather than warehouse so PostgreSQL
   * can hash-aggregate without joining, and same-day rows are summed in the caller.
   */
  private demand(m: EntityManager, today: string, f: InputFilter): Promise<{ product_id: string; from_location_id: string; ages: number[]; units: number[] }[]> {
    return m.query(
      `SELECT m.product_id, m.from_location_id,
              array_agg($1::date - (m.occurred_at AT TIME ZONE 'UTC')::date) AS ages, array_agg(m.quantity) AS units
         FROM stock_movement m
        WHERE m.type = 'ship' AND m.from_location_id IS NOT NULL
          AND m.occurred_at >= ($1::date - $2::int + 1)::timestamp AT TIME ZONE 'UTC'
          AND m.occurred_at < ($1::date + 1)::timestamp AT TIME ZONE 'UTC'
          AND ($3::uuid IS NULL OR m.product_id = $3)
        GROUP BY 1, 2`,
      [today, DEFAULT_SIGNAL_SETTINGS.historyDays, f.productId ?? null],
    );
  }

  private stock(m: EntityManager, f: InputFilter): Promise<{ product_id: string; warehouse_id: string; available: string; receiving: string }[]> {
    return m.query(
      `SELECT b.product_id, b.warehouse_id,
              COALESCE(sum(b.on_hand - b.reserved) FILTER (WHERE l.type = ANY($1)), 0) AS available,
              COALESCE(sum(b.on_hand) FILTER (WHERE l.type = ANY($2)), 0) AS receiving
         FROM stock_balance b JOIN location l ON l.id = b.location_id
        WHERE b.on_hand > 0 AND (l.type = ANY($1) OR l.type = ANY($2))
          AND ($3::uuid IS NULL OR b.product_id = $3) AND ($4::uuid IS NULL OR b.warehouse_id = $4)
        GROUP BY 1, 2`,
      [SELLABLE, RECEIVING, f.productId ?? null, f.warehouseId ?? null],
    );
  }

  /** Units customers ordered that no stock is allocated to yet (orders without a warehouse are not counted). */
  private backorders(m: EntityManager, f: InputFilter): Promise<{ product_id: string; warehouse_id: string; units: string }[]> {
    return m.query(
      `SELECT r.product_id, o.warehouse_id, sum(r.quantity - r.allocated_quantity) AS units
         FROM order_requirement r JOIN outbound_order o ON o.id = r.order_id
        WHERE o.status = ANY($1) AND o.warehouse_id IS NOT NULL AND r.quantity > r.allocated_quantity
          AND ($2::uuid IS NULL OR r.product_id = $2) AND ($3::uuid IS NULL OR o.warehouse_id = $3)
        GROUP BY 1, 2`,
      [OPEN_ORDER_STATUSES, f.productId ?? null, f.warehouseId ?? null],
    );
  }

  /** Shipment lines on their way, less what receiving already counted, landing on the ETA (tomorrow when overdue). */
  private inTransit(m: EntityManager, today: string, f: InputFilter): Promise<{ product_id: string; warehouse_id: string; day: number; quantity: number; mode: string; reference: string }[]> {
    return m.query(
      `SELECT l.product_id, s.warehouse_id, GREATEST(1, (s.eta AT TIME ZONE 'UTC')::date - $1::date) AS day,
              (l.quantity_shipped - COALESCE(rc.received, 0))::int AS quantity,
              CASE WHEN s.mode IN ('sea_fcl', 'sea_lcl') THEN 'sea' WHEN s.mode IN ('air', 'courier') THEN 'air' ELSE s.mode END AS mode,
              s.number AS reference
         FROM inbound_shipment_line l JOIN inbound_shipment s ON s.id = l.shipment_id
         LEFT JOIN (SELECT r.shipment_id, rl.purchase_order_line_id, sum(rl.received_quantity) AS received
                      FROM receipt r JOIN receipt_line rl ON rl.receipt_id = r.id
                     WHERE r.status <> 'cancelled' AND r.shipment_id IS NOT NULL
                     GROUP BY 1, 2) rc ON rc.shipment_id = s.id AND rc.purchase_order_line_id = l.purchase_order_line_id
        WHERE s.status <> ALL($2) AND l.quantity_shipped > COALESCE(rc.received, 0)
          AND ($3::uuid IS NULL OR l.product_id = $3) AND ($4::uuid IS NULL OR s.warehouse_id = $4)`,
      [today, FINISHED_SHIPMENT_STATUSES, f.productId ?? null, f.warehouseId ?? null],
    );
  }

  /** Open purchase-order units not on any unfinished shipment yet, with the day they are due ready. */
  private openLines(m: EntityManager, today: string, f: InputFilter): Promise<{
    product_id: string; warehouse_id: string; line_id: string; purchase_order_id: string; number: string; status: string; supplier_id: string;
    transport_mode: string | null; ready_day: number | null; quantity: number;
  }[]> {
    return m.query(
      `SELECT l.product_id, o.warehouse_id, l.id AS line_id, o.id AS purchase_order_id, o.number, o.status, o.supplier_id, o.transport_mode,
              COALESCE(l.confirmed_date, l.promised_date, o.requested_ready_date) - $1::date AS ready_day,
              (l.quantity - l.quantity_cancelled - l.quantity_received - COALESCE(f.in_flight, 0))::int AS quantity
         FROM purchase_order_line l JOIN purchase_order o ON o.id = l.purchase_order_id
         LEFT JOIN (SELECT sl.purchase_order_line_id, sum(sl.quantity_shipped) AS in_flight
                      FROM inbound_shipment_line sl JOIN inbound_shipment s ON s.id = sl.shipment_id
                     WHERE s.status <> ALL($3)
                     GROUP BY 1) f ON f.purchase_order_line_id = l.id
        WHERE o.status = ANY($2) AND l.quantity - l.quantity_cancelled - l.quantity_received - COALESCE(f.in_flight, 0) > 0
          AND ($4::uuid IS NULL OR l.product_id = $4) AND ($5::uuid IS NULL OR o.warehouse_id = $5)`,
      [today, PIPELINE_PO_STATUSES, FINISHED_SHIPMENT_STATUSES, f.productId ?? null, f.warehouseId ?? null],
    );
  }
}
