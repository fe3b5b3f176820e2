import { DataTable, ErrorNote, Loading, Page } from '../ui/components';
import { date, words } from '../ui/format';
import { Link } from '../ui/router';
import { useAsync } from '../ui/use-async';
import { actionText, projection } from './planning-api';
import { ProjectionChart } from './ProjectionChart';

const units = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });

/** One SKU in one warehouse, computed live: why it is suggested, and what lands when. */
export function ProjectionPage({ productId, warehouseId }: { productId: string; warehouseId: string }) {
  const state = useAsync(() => projection(productId, warehouseId), [productId, warehouseId]);
  const p = state.data;
  return (
    <Page title={p ? `Projection: ${p.sku}` : 'Projection'} actions={<Link to="/planning" className="button">Back to suggestions</Link>}>
      <ErrorNote error={state.error} />
      <Loading when={state.loading && !p} />
      {p && (
        <>
          {p.spike && (
            <p className="note note-warn" data-testid="spike-info">
              Demand spike: {p.spikeMultiple?.toFixed(1)}× the baseline ({units(p.recentPerDay)}/day against {units(p.baselinePerDay)}/day), since {date(p.spikeStartDate)}.
            </p>
          )}
          <dl className="facts">
            <div><dt>Available</dt><dd>{units(p.available)}</dd></div>
            <div><dt>Backordered</dt><dd>{units(p.backordered)}</dd></div>
            <div><dt>Waiting for put-away</dt><dd>{units(p.receiving)}</dd></div>
            <div><dt>Stock-out</dt><dd>{date(p.stockoutDate)} · {p.daysOfCover} days of cover</dd></div>
            <div><dt>Units short (120 days)</dt><dd>{units(p.unitsShort)}</dd></div>
            <div><dt>Order today lands</dt><dd>sea {date(p.seaArrivalDate)} · air {date(p.airArrivalDate)}</dd></div>
          </dl>
          <div className="card">
            <ProjectionChart p={p} />
          </div>
          <h2>Arrivals</h2>
          <DataTable
            caption="Planned arrivals"
            rows={p.arrivals}
            rowKey={(a) => `${a.date}-${a.source}-${a.reference ?? ''}-${a.quantity}`}
            empty="Nothing on the way."
            columns={[
              { header: 'Date', cell: (a) => date(a.date) },
              { header: 'Quantity', cell: (a) => units(a.quantity), align: 'end' },
              { header: 'Source', cell: (a) => words(a.source) },
              { header: 'Mode', cell: (a) => a.mode ?? '—' },
              { header: 'Reference', cell: (a) => a.reference ?? '—' },
            ]}
          />
          <h2>What a recompute would suggest now</h2>
          <DataTable
            caption="Suggestions computed now"
            rows={p.suggestions}
            rowKey={(s) => `${s.kind}-${s.action ?? ''}-${s.purchaseOrderNumber ?? ''}`}
            empty="Nothing to do: the stock and what is on the way cover the demand."
            columns={[
              { header: 'Action', cell: (s) => actionText(s) },
              { header: 'Quantity', cell: (s) => units(s.quantity), align: 'end' },
              { header: 'Arrives', cell: (s) => date(s.arrivalDate) },
              { header: 'Lost units avoided', cell: (s) => units(s.lostUnitsAvoided), align: 'end' },
            ]}
          />
        </>
      )}
    </Page>
  );
}
