import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { OrderAllocation, openQuantity } from '../entities/order-allocation.entity';
import { PickListLine, PickLineStatus } from '../entities/pick-list-line.entity';
import { PickList, PickListKind, PickListOrder, PickListStatus } from '../entities/pick-list.entity';
import { sortAlongWalk } from './walk-path';

export interface NewPickList {
  waveId: string;
  warehouseId: string;
  kind: PickListKind;
  packingLocationId: string;
  /** Orders in tote-slot order with the allocations to pick for each. */
  orders: { orderId: string; allocations: OrderAllocation[] }[];
}

/** Rows per multi-row INSERT. */
const CHUNK = 500;

function lineFor(pickListId: string, orderId: string, toteSlot: number, a: OrderAllocation): PickListLine {
  return Object.assign(new PickListLine(), {
    id: randomUUID(), pickListId, seq: 0, allocationId: a.id, orderId, toteSlot, productId: a.productId, sku: a.sku, locationId: a.locationId,
    locationCode: a.locationCode, lotId: a.lotId, quantity: openQuantity(a), pickedQuantity: 0, shortQuantity: 0, status: PickLineStatus.Open,
  });
}

/** Lines along the walk path; lines at one bin by tote slot. */
function walkOrder(lines: PickListLine[]): PickListLine[] {
  const byTote = [...lines].sort((a, b) => a.toteSlot - b.toteSlot || a.sku.localeCompare(b.sku));
  return sortAlongWalk(byTote, (l) => l.locationCode);
}

async function insertLines(manager: EntityManager, lines: PickListLine[]): Promise<void> {
  for (let i = 0; i < lines.length; i += CHUNK) await manager.insert(PickListLine, lines.slice(i, i + CHUNK));
}

/**
 * Creates pick lists with their tote slots and their lines numbered along the walk path, in a few
 * multi-row statements for all of them (a wave releases hundreds).
 */
export async function createPickLists(manager: EntityManager, inputs: NewPickList[]): Promise<PickList[]> {
  const lists = inputs.map((input) =>
    Object.assign(new PickList(), {
      id: randomUUID(), waveId: input.waveId, warehouseId: input.warehouseId, kind: input.kind, status: PickListStatus.Open,
      packingLocationId: input.packingLocationId, completedAt: null,
    }),
  );
  const totes = inputs.flatMap((input, l) => input.orders.map((o, i) => ({ pickListId: lists[l].id, orderId: o.orderId, toteSlot: i + 1 })));
  const lines = inputs.flatMap((input, l) => {
    const sorted = walkOrder(input.orders.flatMap((o, i) => o.allocations.map((a) => lineFor(lists[l].id, o.orderId, i + 1, a))));
    sorted.forEach((line, i) => (line.seq = i + 1));
    return sorted;
  });
  for (let i = 0; i < lists.length; i += CHUNK) await manager.insert(PickList, lists.slice(i, i + CHUNK));
  for (let i = 0; i < totes.length; i += CHUNK) await manager.insert(PickListOrder, totes.slice(i, i + CHUNK));
  await insertLines(manager, lines);
  return lists;
}

/**
 * Adds allocations made while an order is being picked (stock found in another bin after a short
 * pick) to the order's latest pick list, reopening it if needed, and renumbers the open lines
 * along the walk after the lines already done.
 */
export async function appendToOrderPickList(manager: EntityManager, orderId: string, allocations: OrderAllocation[]): Promise<void> {
  const [slot]: { pick_list_id: string; tote_slot: number }[] = await manager.query(
    `SELECT po.pick_list_id, po.tote_slot FROM pick_list_order po JOIN pick_list pl ON pl.id = po.pick_list_id
      WHERE po.order_id = $1 ORDER BY pl.created_at DESC LIMIT 1 FOR UPDATE OF pl`,
    [orderId],
  );
  if (!slot) return; // not on a list yet: the next wave takes the allocations
  const list = await manager.findOneByOrFail(PickList, { id: slot.pick_list_id });
  await manager.update(OrderAllocation, allocations.map((a) => a.id), { waveId: list.waveId });
  await insertLines(manager, allocations.map((a) => lineFor(list.id, orderId, slot.tote_slot, a)));
  const lines = await manager.find(PickListLine, { where: { pickListId: list.id }, order: { seq: 'ASC' } });
  const done = lines.filter((l) => l.status !== PickLineStatus.Open);
  const renumbered = [...done, ...walkOrder(lines.filter((l) => l.status === PickLineStatus.Open))];
  await manager.query(`UPDATE pick_list_line l SET seq = v.seq FROM unnest($1::uuid[], $2::int[]) AS v(id, seq) WHERE l.id = v.id`, [
    renumbered.map((l) => l.id),
    renumbered.map((_, i) => i + 1),
  ]);
  if (list.status === PickListStatus.Completed) await manager.update(PickList, list.id, { status: PickListStatus.InProgress, completedAt: null });
}
