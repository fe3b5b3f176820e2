import { EntityManager } from 'typeorm';
import { AnyActor } from '../../identity';
import { MovementType, StockLedgerService } from '../../inventory';
import { AllocationStatus, OrderAllocation, openQuantity } from '../entities/order-allocation.entity';
import { OrderRequirement } from '../entities/order-requirement.entity';
import { OutboundOrder } from '../entities/outbound-order.entity';
import { lineOpenQuantity, PickListLine, PickLineStatus } from '../entities/pick-list-line.entity';
import { PickList, PickListStatus } from '../entities/pick-list.entity';
import { takeStep } from '../orders/order-records';
import { OutboundOrderStatus } from '../orders/outbound-order.lifecycle';

/**
 * Moves `quantity` units of a line from its bin to the packing location through the ledger,
 * consuming the allocation's reservation, and counts them on the line, allocation and requirement.
 */
export async function recordPick(
  manager: EntityManager,
  ledger: StockLedgerService,
  actor: AnyActor,
  list: PickList,
  line: PickListLine,
  quantity: number,
): Promise<void> {
  const allocation = await manager.findOneByOrFail(OrderAllocation, { id: line.allocationId });
  await ledger.post(
    { actor },
    [
      {
        type: MovementType.Pick, productId: line.productId, fromLocationId: line.locationId, toLocationId: list.packingLocationId, lotId: line.lotId,
        quantity, reservationId: allocation.reservationId, reference: { type: 'outbound_order', id: line.orderId },
      },
    ],
    manager,
  );
  line.pickedQuantity += quantity;
  if (lineOpenQuantity(line) === 0 && line.status === PickLineStatus.Open) line.status = PickLineStatus.Picked;
  await manager.update(PickListLine, line.id, { pickedQuantity: line.pickedQuantity, status: line.status });
  allocation.pickedQuantity += quantity;
  await manager.update(OrderAllocation, allocation.id, {
    pickedQuantity: allocation.pickedQuantity, status: openQuantity(allocation) === 0 ? AllocationStatus.Closed : AllocationStatus.Active,
  });
  await manager.increment(OrderRequirement, { id: allocation.requirementId }, 'pickedQuantity', quantity);
}

/** Completes the list when no line is open any more, otherwise marks it started. */
export async function updateListStatus(manager: EntityManager, list: PickList): Promise<void> {
  const open = await manager.countBy(PickListLine, { pickListId: list.id, status: PickLineStatus.Open });
  const status = open === 0 ? PickListStatus.Completed : PickListStatus.InProgress;
  if (status === list.status) return;
  list.status = status;
  list.completedAt = open === 0 ? new Date() : null;
  await manager.update(PickList, list.id, { status, completedAt: list.completedAt });
}

/** An order whose every requirement is picked in full moves to `picked`. */
export async function completeOrderIfPicked(manager: EntityManager, order: OutboundOrder, actor: AnyActor): Promise<void> {
  if (order.status !== OutboundOrderStatus.Picking) return;
  const requirements = await manager.findBy(OrderRequirement, { orderId: order.id });
  if (requirements.every((r) => r.pickedQuantity === r.quantity)) await takeStep(manager, order, 'complete_picking', { actor });
}
