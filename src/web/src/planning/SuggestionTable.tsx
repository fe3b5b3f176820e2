import { DataTable } from '../ui/components';
import { date, money } from '../ui/format';
import { Link } from '../ui/router';
import { actionText, orderable, Suggestion } from './planning-api';

export const projectionPath = (s: { productId: string; warehouseId: string }) => `/planning/projections/${s.productId}/${s.warehouseId}`;

export function SuggestionTable({ rows, selected, onToggle, onDismiss, warehouseCode }: {
  rows: Suggestion[] | undefined;
  selected: Set<string>;
  onToggle(id: string, on: boolean): void;
  onDismiss(s: Suggestion): void;
  warehouseCode(id: string): string;
}) {
  return (
    <DataTable
      caption="Replenishment suggestions, most urgent first"
      rows={rows}
      rowKey={(s) => s.id}
      empty="No open suggestions match. Recompute to refresh the figures."
      columns={[
        {
          header: 'Select',
          cell: (s) => (
            <input
              type="checkbox"
              className="row-check"
              aria-label={`Select ${s.sku} ${actionText(s)}`}
              disabled={!orderable(s)}
              title={orderable(s) ? undefined : 'Changes an existing purchase order: ask the supplier'}
              checked={selected.has(s.id)}
              onChange={(e) => onToggle(s.id, e.target.checked)}
            />
          ),
        },
        {
          header: 'SKU',
          cell: (s) => (
            <>
              <Link to={projectionPath(s)} aria-label={`Projection of ${s.sku} in ${warehouseCode(s.warehouseId)}`}>{s.sku}</Link>
              {s.spike && <span className="badge badge-spike">spike ×{s.spikeMultiple?.toFixed(1)}</span>}
            </>
          ),
        },
        { header: 'Warehouse', cell: (s) => warehouseCode(s.warehouseId) },
        { header: 'Action', cell: (s) => actionText(s) },
        { header: 'Quantity', cell: (s) => s.quantity.toLocaleString('en-US'), align: 'end' },
        { header: 'Stock-out', cell: (s) => date(s.stockoutDate) },
        { header: 'Days of cover', cell: (s) => s.daysOfCover, align: 'end' },
        { header: 'Units short', cell: (s) => s.unitsShort.toLocaleString('en-US'), align: 'end' },
        { header: 'Extra air freight', cell: (s) => (s.extraFreightMinor ? money(s.extraFreightMinor, s.freightCurrency) : '—'), align: 'end' },
        { header: 'Lost units avoided', cell: (s) => s.lostUnitsAvoided.toLocaleString('en-US'), align: 'end' },
        {
          header: 'Dismiss',
          cell: (s) => (
            <button type="button" className="button button-small" onClick={() => onDismiss(s)} aria-label={`Dismiss ${s.sku} ${actionText(s)}`}>
              Dismiss
            </button>
          ),
        },
      ]}
    />
  );
}
