import { ReactNode } from 'react';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { useSession } from '../auth/session';
import { ErrorNote, Loading, Page } from '../ui/components';
import { useAsync } from '../ui/use-async';
import { BarChart, LineChart } from './charts';
import { HBarChart } from './hbar-chart';
import { stockAtRisk, unitsPickedPerHour } from './planning-data';
import { ChartData, inboundUnitsByWeek, latePurchaseOrdersBySupplier, purchaseOrdersByStatus, shippedVersusReceived } from './dashboard-data';

function ChartCard<T = ChartData>({ load, deps, render }: { load: () => Promise<T>; deps: unknown[]; render(data: T): ReactNode }) {
  const state = useAsync(load, deps);
  return (
    <div className="card">
      <Loading when={state.loading && !state.data} />
      <ErrorNote error={state.error} />
      {state.data && render(state.data)}
    </div>
  );
}

/** Charts for the roles that plan: buying sees its orders and the stock at risk, logistics and leads the flow of goods. */
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
        {buying && warehouses.data && (
          <ChartCard
            load={() => stockAtRisk(warehouses.data!)}
            deps={[warehouses.data]}
            render={(d) => <HBarChart title="Stock at risk (days of cover)" labels={d.labels} values={d.values} unit="days of cover" />}
          />
        )}
        <ChartCard load={() => unitsPickedPerHour()} deps={[]} render={(d) => <LineChart title="Pick rate: units picked per hour (last 24 hours)" {...d} />} />
        <ChartCard load={() => shippedVersusReceived()} deps={[]} render={(d) => <LineChart title="Units shipped and received per day (last 14 days)" {...d} />} />
      </div>
    </Page>
  );
}
