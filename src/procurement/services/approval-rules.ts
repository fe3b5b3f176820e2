import { PurchaseOrder } from '../entities/purchase-order.entity';
import { Role, SystemActor, UserActor } from '../../identity';
import { fourEyesRequired } from '../procurement.errors';

/** Approves orders at or under the threshold on submission. */
export const AUTO_APPROVER: SystemActor = { kind: 'system', id: 'auto-approval' };

/** Who may approve: procurement managers, and admins, who pass every role check. */
export function isProcurementManager(actor: UserActor): boolean {
  return actor.roles.includes(Role.ProcurementManager) || actor.roles.includes(Role.Admin);
}

/** Four eyes: whoever created an order never approves or rejects it, whatever their roles. */
export function assertNotCreator(po: PurchaseOrder, actor: UserActor, action: string): void {
  if (po.createdById === actor.id) throw fourEyesRequired(action);
}
