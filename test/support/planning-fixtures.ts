import { randomUUID } from 'node:crypto';
import { SystemActor } from '../../src/identity';
import { MovementType, StockLedgerService } from '../../src/inventory';
import { Role } from '../../src/identity/roles';
import { createFloor, FloorFixture } from './inventory-fixtures';
import { addSupplierProduct, auth, createProduct, createSupplier, drainJobs, putRate } from './procurement-fixtures';
import { TestApp } from './test-app';

export { auth };

const FIXTURE: SystemActor = { kind: 'system', id: 'planning-fixture' };

export interface PlanningWorld {
  floor: FloorFixture;
  productId: string;
  sku: string;
  supplierId: string;
  admin: string;
  buyer: string;
  manager: string;
  worker: string;
  /** Location ids: the dock, a storage bin, the packing bench ship movements leave from. */
  dock: string;
  bin: string;
  pack: string;
}

/** The supplier's terms the assertions depend on: MOQ 100, cartons of 20 at 4 kg (200 g a unit), 20 days production. */
export const TERMS = { moq: 100, unitsPerCarton: 20, cartonGrossWeightG: 4000, leadTimeDays: 20 };

/**
 * A warehouse with one T-shirt sold by a Shenzhen supplier (FOB, CNY, preferred) and the staff
 * that plan it. No stock and no demand yet.
 */
export async function planningWorld(t: TestApp): Promise<PlanningWorld> {
  const [admin, buyer, manager, worker] = await Promise.all([
    t.tokenFor(Role.Admin), t.tokenFor(Role.Procurement), t.tokenFor(Role.ProcurementManager), t.tokenFor(Role.Warehouse),
  ]);
  const floor = await createFloor(t);
  const sku = 'TEE-VIRAL-M';
  const productId = await createProduct(t, buyer, sku, 'Viral crew-neck T-shirt, M', '爆款圆领T恤 M');
  const supplierId = await createSupplier(t, buyer, 'SZ-HUAXIN');
  await addSupplierProduct(t, buyer, supplierId, {
    productId, supplierItemCode: 'HX-VIRAL-M', supplierItemName: '爆款圆领T恤', unitPriceMinor: 1850, preferred: true,
    moq: TERMS.moq, unitsPerCarton: TERMS.unitsPerCarton, cartonGrossWeightG: TERMS.cartonGrossWeightG, leadTimeDays: TERMS.leadTimeDays,
  });
  await putRate(t, admin, 'CNY', '0.13800000');
  return {
    floor, productId, sku, supplierId, admin, buyer, manager, worker,
    dock: await floor.locationId('RCV-01'), bin: await floor.locationId('A-01-01-01'), pack: await floor.locationId('PACK-01'),
  };
}

/** Receives units at the dock and puts them away into the storage bin, through the stock ledger. */
export async function stockUp(t: TestApp, w: PlanningWorld, quantity: number): Promise<void> {
  const ledger = t.app.get(StockLedgerService);
  await ledger.post({ actor: FIXTURE }, [{ type: MovementType.Receipt, productId: w.productId, toLocationId: w.dock, quantity }]);
  await ledger.post({ actor: FIXTURE }, [{ type: MovementType.Putaway, productId: w.productId, fromLocationId: w.dock, toLocationId: w.bin, quantity }]);
}

/**
 * Ships units now, as carrier pickup confirmation does: picked from the bin to the packing bench,
 * then a `ship` movement out of the packing bench that consumes the stock.
 */
export async function shipNow(t: TestApp, w: PlanningWorld, quantity: number): Promise<void> {
  const ledger = t.app.get(StockLedgerService);
  const order = { type: 'outbound_order', id: randomUUID() };
  await ledger.post({ actor: FIXTURE }, [{ type: MovementType.Pick, productId: w.productId, fromLocationId: w.bin, toLocationId: w.pack, quantity, reference: order }]);
  await ledger.post({ actor: FIXTURE }, [{ type: MovementType.Ship, productId: w.productId, fromLocationId: w.pack, quantity, reference: order }]);
}

/**
 * Past demand: `unitsPerDay` shipped from the packing bench on each day `fromAge`…`toAge` days ago.
 * The ledger stamps every posting with now(), so history is written straight into the append-only
 * table; each past ship is preceded by a receipt of the same units into the bench, so the ledger
 * still replays to the current balances.
 */
export async function shippedHistory(t: TestApp, w: PlanningWorld, unitsPerDay: number, fromAge: number, toAge: number): Promise<void> {
  await t.dataSource.query(
    `INSERT INTO stock_movement (type, product_id, from_location_id, to_location_id, quantity, actor_type, actor_id, occurred_at)
     SELECT k.type, $1, CASE WHEN k.type = 'ship' THEN $2::uuid END, CASE WHEN k.type = 'receipt' THEN $2::uuid END, $3, 'system', 'planning-fixture',
            now() - age * interval '1 day' - k.earlier
       FROM generate_series($4::int, $5::int) age
      CROSS JOIN (VALUES ('receipt', interval '1 hour'), ('ship', interval '0')) AS k(type, earlier)`,
    [w.productId, w.pack, unitsPerDay, fromAge, toAge],
  );
}

/** Asks for a recompute over HTTP and runs the outbox job it enqueued. */
export async function recompute(t: TestApp, token: string): Promise<void> {
  await t.http.post('/api/v1/planning/recompute').set(auth(token)).expect(202);
  await drainJobs(t);
}

export interface SuggestionBody {
  id: string;
  kind: string;
  status: string;
  quantity: number;
  rawQuantity: number;
  lostUnitsAvoided: number;
  extraFreightMinor: number;
  transportMode: string;
  spike: boolean;
  stockoutDate: string | null;
  resurfacedAt: string | null;
  orderedPurchaseOrderId: string | null;
  orderedPurchaseOrderNumber: string | null;
}

export async function suggestions(t: TestApp, token: string, query: Record<string, string> = {}): Promise<SuggestionBody[]> {
  const res = await t.http.get('/api/v1/planning/suggestions').query(query).set(auth(token)).expect(200);
  return res.body.items as SuggestionBody[];
}
