import { useState } from 'react';
import { api, Schemas } from '../api/client';
import { unwrap } from '../api/problem';
import { useAsync } from '../ui/use-async';
import { ScanInput } from './ScanInput';
import { StepList, TaskCard } from './StationParts';
import { binBarcode, binCode, quantityOf } from './codes';
import type { StationApi } from './station-api';
import type { Warehouse } from './use-warehouse';

type Task = Schemas['PutawayTaskDto'];
type Step = 'item' | 'bin' | 'quantity';
const STEPS = ['Scan item', 'Scan bin', 'Quantity'];

const remaining = (t: Task) => t.quantity - t.quantityPutAway;

/** Put-away: pick a task by scanning its item, take it to the suggested bin (or any bin), confirm the bin and quantity. */
export function PutawayFlow({ station, warehouse }: { station: StationApi; warehouse: Warehouse | undefined }) {
  const tasks = useAsync(
    async () => (warehouse ? unwrap(await api.GET('/api/v1/putaway-tasks', { params: { query: { warehouseId: warehouse.id, limit: 100 } } })).items : []),
    [warehouse?.id],
  );
  const [done, setDone] = useState<Set<string>>(new Set());
  const [task, setTask] = useState<Task | null>(null);
  const [bin, setBin] = useState('');
  const [step, setStep] = useState<Step>('item');
  const open = (tasks.data ?? []).filter((t) => !done.has(t.id));

  const choose = (t: Task) => {
    setTask(t);
    setStep('bin');
  };

  const scanItem = async (code: string) => {
    let match = open.find((t) => t.sku.toUpperCase() === code.toUpperCase());
    if (!match) {
      const product = await api.GET('/api/v1/products/lookup', { params: { query: { code } } }).catch(() => null);
      match = product?.data ? open.find((t) => t.productId === product.data.id) : undefined;
    }
    if (!match) return station.report('error', code, 'No open put-away task for this item');
    station.report('info', code, `Task: ${remaining(match)} × ${match.sku}`);
    choose(match);
  };

  const scanBin = (code: string) => {
    setBin(binBarcode(code, warehouse?.code));
    setStep('quantity');
  };

  const scanQuantity = async (typed: string) => {
    if (!task) return;
    const quantity = quantityOf(typed);
    if (quantity === null || quantity > remaining(task)) return station.report('error', typed, `Type 1 to ${remaining(task)}`);
    const label = `${quantity} × ${task.sku} → ${binCode(bin)}`;
    const outcome = await station.send('/api/v1/putaway-tasks/{id}/scans', { id: task.id }, { location: bin, quantity }, label, 'Put away', (o) => {
      if (o.kind === 'refused') return setStep('bin');
      const left = o.kind === 'sent' ? o.data.quantity - o.data.quantityPutAway : remaining(task) - quantity;
      if (left > 0) {
        setTask({ ...task, quantityPutAway: task.quantity - left });
        setStep('bin');
        return;
      }
      setDone((d) => new Set(d).add(task.id));
      setTask(null);
      setStep('item');
    });
    if (!outcome) setStep('bin');
  };

  return (
    <>
      <StepList steps={STEPS} current={{ item: 0, bin: 1, quantity: 2 }[step]} />
      {task ? (
        <TaskCard title={`${remaining(task)} × ${task.sku}${task.lotCode ? ` (lot ${task.lotCode})` : ''}`}>
          <p className="task-hint">
            Suggested bin: <strong className="big-code">{task.suggestedLocationCode ?? 'none — choose a bin'}</strong>
          </p>
        </TaskCard>
      ) : (
        <TaskCard title={`${open.length} open put-away task${open.length === 1 ? '' : 's'}`} />
      )}
      {step === 'item' && <ScanInput prompt="Scan item" onScan={(c) => void scanItem(c)} />}
      {step === 'bin' && <ScanInput prompt="Scan bin" onScan={scanBin} />}
      {step === 'quantity' && task && <ScanInput prompt={`Quantity into ${binCode(bin)}`} numeric defaultValue={String(remaining(task))} onScan={(q) => void scanQuantity(q)} />}
      {task && (
        <div className="station-actions">
          <button type="button" className="button" onClick={() => (setTask(null), setStep('item'))}>
            Choose another task
          </button>
        </div>
      )}
      {!task && open.length > 0 && (
        <ul className="pick-choices" aria-label="Open put-away tasks">
          {open.slice(0, 20).map((t) => (
            <li key={t.id}>
              <button type="button" className="button choice" onClick={() => choose(t)}>
                <span>{remaining(t)} × {t.sku}</span>
                <span className="muted">→ {t.suggestedLocationCode ?? 'any bin'}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
