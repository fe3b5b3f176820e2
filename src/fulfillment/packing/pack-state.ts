import { EntityManager } from 'typeorm';
import { OrderRequirement } from '../entities/order-requirement.entity';
import { OutboundOrder } from '../entities/outbound-order.entity';
import { ParcelLine } from '../entities/parcel-line.entity';
import { Parcel } from '../entities/parcel.entity';
import { ParcelStatus } from './parcel.lifecycle';
import { PackedPortion, PickedSource, RequirementToPack } from './pack-plan';

export interface PackRequirement extends RequirementToPack {
  /** Units the order asks for. */
  quantity: number;
}

/** Everything packing knows about one order, read in the caller's transaction. */
export interface PackState {
  order: OutboundOrder;
  requirements: PackRequirement[];
  sources: PickedSource[];
  parcels: Parcel[];
  lines: ParcelLine[];
}

export const openParcelOf = (state: PackState): Parcel | undefined => state.parcels.find((p) => p.status === ParcelStatus.Open);

export const packedPortions = (lines: ParcelLine[]): PackedPortion[] =>
  lines.map((l) => ({ requirementId: l.requirementId, lotId: l.lotId, locationId: l.packingLocationId, quantity: l.quantity }));

/** Every requirement boxed in full: the order may move to `packed` once no parcel is open. */
export const fullyPacked = (state: PackState): boolean => state.requirements.every((r) => r.packed >= r.quantity);

export async function loadPackState(manager: EntityManager, order: OutboundOrder): Promise<PackState> {
  // One after the other: inside a transaction they share one connection, which runs one query at a time anyway.
  const requirements = await manager.find(OrderRequirement, { where: { orderId: order.id }, order: { sku: 'ASC', id: 'ASC' } });
  const sources = await pickedSources(manager, order.id);
  const parcels = await manager.find(Parcel, { where: { orderId: order.id }, order: { sequence: 'ASC' } });
  const lines = await manager.find(ParcelLine, { where: { orderId: order.id }, order: { sku: 'ASC', id: 'ASC' } });
  const packed = new Map<string, number>();
  for (const l of lines) packed.set(l.requirementId, (packed.get(l.requirementId) ?? 0) + l.quantity);
  return {
    order,
    requirements: requirements.map((r) => ({
      requirementId: r.id, lineId: r.lineId, productId: r.productId, sku: r.sku, quantity: r.quantity, picked: r.pickedQuantity, packed: packed.get(r.id) ?? 0,
    })),
    sources,
    parcels,
    lines,
  };
}

/**
 * Where the order's picked units went, per requirement, lot and packing location: the pick-list
 * lines carry the picked count and lot, their pick list the packing location picks were taken to.
 */
async function pickedSources(manager: EntityManager, orderId: string): Promise<PickedSource[]> {
  const rows: { requirement_id: string; lot_id: string | null; location_id: string; quantity: number }[] = await manager.query(
    `SELECT a.requirement_id, l.lot_id, p.packing_location_id AS location_id, sum(l.picked_quantity)::int AS quantity
       FROM pick_list_line l
       JOIN pick_list p ON p.id = l.pick_list_id
       JOIN order_allocation a ON a.id = l.allocation_id
      WHERE l.order_id = $1 AND l.picked_quantity > 0
      GROUP BY a.requirement_id, l.lot_id, p.packing_location_id
      ORDER BY a.requirement_id, min(p.created_at), l.lot_id NULLS FIRST`,
    [orderId],
  );
  return rows.map((r) => ({ requirementId: r.requirement_id, lotId: r.lot_id, locationId: r.location_id, quantity: Number(r.quantity) }));
}
