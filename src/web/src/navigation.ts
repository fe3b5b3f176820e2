import type { Role } from './auth/roles';

export interface NavItem {
  to: string;
  label: string;
  roles: Role[];
}

const FLOOR: Role[] = ['warehouse', 'warehouse_lead'];
const BUYING: Role[] = ['procurement', 'procurement_manager'];

/** What each role sees: the same roles the API checks, so nobody is offered a screen that answers 403. */
export const NAVIGATION: NavItem[] = [
  { to: '/', label: 'Dashboard', roles: [...BUYING, 'logistics', 'warehouse_lead'] },
  { to: '/scan/receive', label: 'Scan station', roles: FLOOR },
  { to: '/purchase-orders', label: 'Purchase orders', roles: BUYING },
  { to: '/planning', label: 'Planning', roles: BUYING },
  { to: '/suppliers', label: 'Suppliers', roles: BUYING },
  { to: '/products', label: 'Products', roles: [] },
  { to: '/inbound-shipments', label: 'Inbound shipments', roles: [...BUYING, 'logistics'] },
  { to: '/receipts', label: 'Receipts', roles: [...FLOOR, ...BUYING, 'logistics'] },
  { to: '/outbound-orders', label: 'Outbound orders', roles: [...FLOOR, 'logistics'] },
  { to: '/cycle-counts', label: 'Cycle counts', roles: FLOOR },
  { to: '/users', label: 'Users', roles: ['admin'] },
  { to: '/partners', label: 'Partners & API keys', roles: ['admin'] },
  { to: '/jobs', label: 'Failed jobs', roles: ['admin'] },
];
