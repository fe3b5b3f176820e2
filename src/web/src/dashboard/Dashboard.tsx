import { ReactNode } from 'react';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { useSession } from '../auth/session';
import { ErrorNote, Loading, Page } from '../ui/components';
import { useAsync } from '../ui/use-async';
import { BarChart, LineChart } from './charts';
import { ChartData, inboundUnitsByWeek, latePurchaseOrdersBySupplier, purchaseOrdersByStatus, shippedVersusReceived } from './dashboard-data';

function ChartCard({ load, deps, render }: { load: () => Promise<ChartData>; deps: unknown[]; render(data: ChartData): ReactNode }) {
  const state = useAsync(load, deps);
  return (
    <div className="card">
      <Loading when={state.loading && !state.data} />
      <ErrorNote error={state.error} />
      {state.data && render(state.data)}
    </div>
  );
}

/** Charts for the roles that plan: buying sees its orders, logistics and leads the flow of goods. */
export function Dashboard() {
  const { can } = useSession();
  const warehouses = useAsync(async () => unwrap(await api.GET('/api/v1/warehouses', { params: { query: { limit: 100 } } })).items, []);
  const buying = can('procurement', 'procurement_manager');
  const shipments = can('procurement', 'procurement_manager', 'logistics');

  return (
    <Page title="Dashboard">
      <div className="card-grid">
        {shipments && warehouses.data && (
          <ChartCard load={() => inboundUnitsByWeek(warehouses.data!)} deps={[warehouses.data]} render={(d) => <BarChart title="Inbound units by ETA week, per warehouse" {...d} />} />
        )}
        {buying && <ChartCard load={latePurchaseOrdersBySupplier} deps={[]} render={(d) => <BarChart title="Late purchase orders per supplier" {...d} />} />}
        {buying && <ChartCard load={purchaseOrdersByStatus} deps={[]} render={(d) => <BarChart title="Purchase orders by status" {...d} />} />}
        <ChartCard load={() => shippedVersusReceived()} deps={[]} render={(d) => <LineChart title="Units shipped and received per day (last 14 days)" {...d} />} />
      </div>
    </Page>
  );
}
