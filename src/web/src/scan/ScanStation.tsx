import { PendingScans } from '../offline/PendingScans';
import { Link } from '../ui/router';
import { CountFlow } from './CountFlow';
import { MoveFlow } from './MoveFlow';
import { PackFlow } from './PackFlow';
import { PickFlow } from './PickFlow';
import { PutawayFlow } from './PutawayFlow';
import { ReceiveFlow } from './ReceiveFlow';
import { ScanLog, StationMessage } from './StationParts';
import { useStation } from './use-station';
import { useWarehouse } from './use-warehouse';

export const FLOWS = [
  { id: 'receive', name: 'Receive' },
  { id: 'putaway', name: 'Put away' },
  { id: 'move', name: 'Move' },
  { id: 'count', name: 'Count' },
  { id: 'pick', name: 'Pick' },
  { id: 'pack', name: 'Pack' },
] as const;

export type FlowId = (typeof FLOWS)[number]['id'];

/** The scan station: one flow at a time, big field, coloured feedback, last scans, the offline queue. */
export function ScanStation({ flow }: { flow: FlowId }) {
  const station = useStation();
  const { warehouses, warehouse, select } = useWarehouse();

  return (
    <section className={`station station-${station.flash?.status ?? 'idle'}`} aria-labelledby="station-title">
      <header className="station-header">
        <h1 id="station-title" className="visually-hidden">
          Scan station: {FLOWS.find((f) => f.id === flow)?.name}
        </h1>
        <nav aria-label="Scan flows" className="flow-tabs">
          {FLOWS.map((f) => (
            <Link key={f.id} to={`/scan/${f.id}`} aria-current={f.id === flow ? 'page' : undefined} className="flow-tab">
              {f.name}
            </Link>
          ))}
        </nav>
        {warehouses.length > 1 && (
          <label className="warehouse-pick">
            Warehouse{' '}
            <select value={warehouse?.id} onChange={(e) => select(e.target.value)}>
              {warehouses.map((w) => (
                <option key={w.id} value={w.id}>
                  {w.code}
                </option>
              ))}
            </select>
          </label>
        )}
      </header>
      <PendingScans />
      <div className="station-body" key={flow}>
        {flow === 'receive' && <ReceiveFlow station={station} warehouseId={warehouse?.id} />}
        {flow === 'putaway' && <PutawayFlow station={station} warehouse={warehouse} />}
        {flow === 'move' && <MoveFlow station={station} warehouse={warehouse} />}
        {flow === 'count' && <CountFlow station={station} warehouse={warehouse} />}
        {flow === 'pick' && <PickFlow station={station} warehouse={warehouse} />}
        {flow === 'pack' && <PackFlow station={station} />}
      </div>
      <StationMessage flash={station.flash} />
      <ScanLog entries={station.entries} />
    </section>
  );
}
