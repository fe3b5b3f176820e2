export type Role = 'admin' | 'procurement' | 'procurement_manager' | 'warehouse' | 'warehouse_lead' | 'logistics';

export const ROLE_NAMES: Record<Role, string> = {
  admin: 'Administrator',
  procurement: 'Procurement',
  procurement_manager: 'Procurement manager',
  warehouse: 'Warehouse',
  warehouse_lead: 'Warehouse lead',
  logistics: 'Logistics',
};

export const ALL_ROLES = Object.keys(ROLE_NAMES) as Role[];

/** The API lets an administrator through every role check, so the screens do the same. */
export function hasAnyRole(roles: readonly string[], wanted: readonly Role[]): boolean {
  return roles.includes('admin') || wanted.length === 0 || wanted.some((r) => roles.includes(r));
}
