import { useEffect } from 'react';
import { LoginPage } from './auth/LoginPage';
import { useSession } from './auth/session';
import { Dashboard } from './dashboard/Dashboard';
import { startQueueSync } from './offline/scan-queue';
import { CycleCountDetail, CycleCountList } from './office/CycleCounts';
import { FailedJobs } from './office/FailedJobs';
import { ShipmentDetail, ShipmentList } from './office/InboundShipments';
import { OrderDetail, OrderList } from './office/OutboundOrders';
import { PartnersPage } from './office/Partners';
import { ProductsPage } from './office/Products';
import { PurchaseOrderDetail } from './office/purchase-orders/PurchaseOrderDetail';
import { PurchaseOrderEditor } from './office/purchase-orders/PurchaseOrderEditor';
import { PurchaseOrderList } from './office/purchase-orders/PurchaseOrderList';
import { ReceiptDetail, ReceiptLookup } from './office/Receipts';
import { SuppliersPage } from './office/Suppliers';
import { UsersPage } from './office/Users';
import { PlanningPage } from './planning/PlanningPage';
import { ProjectionPage } from './planning/ProjectionPage';
import { FLOWS, FlowId, ScanStation } from './scan/ScanStation';
import { Shell } from './Shell';
import { Page } from './ui/components';
import { match, navigate, useLocation } from './ui/router';

function Routes() {
  const { path } = useLocation();
  const { can } = useSession();
  const floorOnly = can('warehouse', 'warehouse_lead') && !can('procurement', 'procurement_manager', 'logistics', 'warehouse_lead');

  useEffect(() => {
    if (path === '/' && floorOnly) navigate('/scan/receive', true);
  }, [path, floorOnly]);

  let m: Record<string, string> | null;
  if (path === '/') return floorOnly ? null : <Dashboard />;
  if ((m = match('/scan/:flow', path)) && FLOWS.some((f) => f.id === m!.flow)) return <ScanStation flow={m.flow as FlowId} />;
  if (path === '/purchase-orders') return <PurchaseOrderList />;
  if (path === '/purchase-orders/new') return <PurchaseOrderEditor />;
  if ((m = match('/purchase-orders/:id/edit', path))) return <PurchaseOrderEditor id={m.id} />;
  if ((m = match('/purchase-orders/:id', path))) return <PurchaseOrderDetail id={m.id} />;
  if (path === '/planning') return <PlanningPage />;
  if ((m = match('/planning/projections/:productId/:warehouseId', path))) return <ProjectionPage productId={m.productId} warehouseId={m.warehouseId} />;
  if (path === '/suppliers') return <SuppliersPage />;
  if (path === '/products') return <ProductsPage />;
  if (path === '/inbound-shipments') return <ShipmentList />;
  if ((m = match('/inbound-shipments/:id', path))) return <ShipmentDetail id={m.id} />;
  if (path === '/receipts') return <ReceiptLookup />;
  if ((m = match('/receipts/:id', path))) return <ReceiptDetail id={m.id} />;
  if (path === '/outbound-orders') return <OrderList />;
  if ((m = match('/outbound-orders/:id', path))) return <OrderDetail id={m.id} />;
  if (path === '/cycle-counts') return <CycleCountList />;
  if ((m = match('/cycle-counts/:id', path))) return <CycleCountDetail id={m.id} />;
  if (path === '/users') return <UsersPage />;
  if (path === '/partners') return <PartnersPage />;
  if (path === '/jobs') return <FailedJobs />;
  return (
    <Page title="Not found">
      <p>There is no page at {path}.</p>
    </Page>
  );
}

export function App() {
  const { user, loading } = useSession();
  useEffect(() => startQueueSync(user?.id ?? null), [user?.id]);
  if (loading && !user) return <p className="muted center">Loading…</p>;
  if (!user) return <LoginPage />;
  return (
    <Shell>
      <Routes />
    </Shell>
  );
}
