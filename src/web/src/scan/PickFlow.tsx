import { useState } from 'react';
import { api, Schemas } from '../api/client';
import { errorMessage, unwrap } from '../api/problem';
import { useAsync } from '../ui/use-async';
import { ScanInput } from './ScanInput';
import { StepList, TaskCard } from './StationParts';
import { binBarcode, binCode, isUuid, quantityOf } from './codes';
import type { StationApi } from './station-api';
import type { Warehouse } from './use-warehouse';

type PickList = Schemas['PickListDto'];
type Line = Schemas['PickLineDto'];
type Step = 'bin' | 'item' | 'quantity' | 'short';
const STEPS = ['Scan bin', 'Scan item', 'Quantity'];

async function openLists(warehouseId: string) {
  const [open, started] = await Promise.all(
    (['open', 'in_progress'] as const).map(async (status) =>
      unwrap(await api.GET('/api/v1/pick-lists', { params: { query: { warehouseId, status, limit: 50 } } })).items,
    ),
  );
  return [...started, ...open];
}

function afterPick(line: Line, quantity: number): Line {
  const openQuantity = Math.max(0, line.openQuantity - quantity);
  return { ...line, pickedQuantity: line.pickedQuantity + quantity, openQuantity, status: openQuantity === 0 ? 'picked' : 'open' };
}

/** Picking a pick list in walk order: the expected bin and item are shown, each is checked as it is scanned. */
export function PickFlow({ station, warehouse }: { station: StationApi; warehouse: Warehouse | undefined }) {
  const lists = useAsync(async () => (warehouse ? openLists(warehouse.id) : []), [warehouse?.id]);
  const [list, setList] = useState<PickList | null>(null);
  const [step, setStep] = useState<Step>('bin');
  const [item, setItem] = useState('');
  const line = list?.lines.find((l) => l.status === 'open');
  const expectedBin = line ? binBarcode(line.locationCode, warehouse?.code) : '';

  const load = async (id: string) => {
    try {
      setList(unwrap(await api.GET('/api/v1/pick-lists/{id}', { params: { path: { id } } })));
      setStep('bin');
    } catch (error) {
      station.report('error', 'Pick list', errorMessage(error));
    }
  };

  const replaceLine = (next: Line) => setList((l) => (l ? { ...l, lines: l.lines.map((x) => (x.id === next.id ? next : x)) } : l));

  const scanBin = (code: string) => {
    if (!line) return;
    if (binCode(binBarcode(code, warehouse?.code)) !== binCode(expectedBin)) return station.report('error', code, `Wrong bin: go to ${line.locationCode}`);
    station.report('info', line.locationCode, 'Bin confirmed');
    setStep('item');
  };

  const scanItem = (code: string) => {
    if (!line) return;
    // A SKU can be checked here; a GTIN is checked by the server against the product.
    if (!/^\d{8,14}$/.test(code) && code.toUpperCase() !== line.sku.toUpperCase()) return station.report('error', code, `Wrong item: pick ${line.sku}`);
    setItem(code);
    setStep('quantity');
  };

  const scanQuantity = async (typed: string) => {
    if (!line || !list) return;
    const quantity = quantityOf(typed);
    if (quantity === null || quantity > line.openQuantity) return station.report('error', typed, `Type 1 to ${line.openQuantity}`);
    const tote = list.totes.length > 1 ? line.toteSlot : undefined;
    const label = `Pick ${quantity} × ${line.sku} from ${line.locationCode}${tote ? ` into tote ${tote}` : ''}`;
    const outcome = await station.send('/api/v1/pick-lists/{id}/picks', { id: list.id }, { location: expectedBin, item, quantity, tote }, label, 'Picked', (o) => {
      if (o.kind !== 'refused') replaceLine(o.kind === 'sent' ? o.data : afterPick(line, quantity));
      setStep('bin');
    });
    if (!outcome) setStep('bin');
  };

  const reportShort = async (typed: string) => {
    if (!line || !list) return;
    const found = quantityOf(typed, true);
    if (found === null || found >= line.openQuantity) return station.report('error', typed, `Type the units found, fewer than ${line.openQuantity}`);
    try {
      unwrap(await api.POST('/api/v1/pick-lists/{id}/lines/{lineId}/short', { params: { path: { id: list.id, lineId: line.id } }, body: { found } }));
      station.report('ok', `Short pick ${line.sku} at ${line.locationCode}`, `Found ${found}; a lead will confirm`);
      await load(list.id);
    } catch (error) {
      station.report('error', `Short pick ${line.sku}`, errorMessage(error));
      setStep('bin');
    }
  };

  if (!list) {
    const choices = lists.data ?? [];
    return (
      <>
        <TaskCard title={lists.loading ? 'Loading pick lists…' : `${choices.length} pick list${choices.length === 1 ? '' : 's'} to pick`} />
        <ScanInput prompt="Scan pick list (or choose below)" onScan={(c) => (isUuid(c) ? void load(c) : station.report('error', c, 'Not a pick list id'))} />
        <ul className="pick-choices" aria-label="Pick lists">
          {choices.map((l) => (
            <li key={l.id}>
              <button type="button" className="button choice" onClick={() => void load(l.id)}>
                <span>
                  {l.kind === 'batch' ? 'Cart' : 'Order'} pick list · {l.status.replace('_', ' ')}
                </span>
                <span className="muted">{new Date(l.createdAt).toLocaleTimeString('en-GB')}</span>
              </button>
            </li>
          ))}
        </ul>
      </>
    );
  }

  const picked = list.lines.filter((l) => l.status !== 'open').length;
  return (
    <>
      <StepList steps={STEPS} current={{ bin: 0, item: 1, quantity: 2, short: 2 }[step]} />
      {line ? (
        <TaskCard title={`Go to ${line.locationCode}`}>
          <p className="task-hint">
            Pick <strong className="big-code">{line.openQuantity} × {line.sku}</strong>
            {list.totes.length > 1 && <> into tote <strong className="big-code">{line.toteSlot}</strong></>}
          </p>
          <p className="muted">
            Line {picked + 1} of {list.lines.length}
          </p>
        </TaskCard>
      ) : (
        <TaskCard title="Pick list complete">
          <p className="task-hint">Take the totes to packing.</p>
        </TaskCard>
      )}
      {line && step === 'bin' && <ScanInput prompt={`Scan bin ${line.locationCode}`} onScan={scanBin} />}
      {line && step === 'item' && <ScanInput prompt={`Scan item ${line.sku}`} onScan={scanItem} />}
      {line && step === 'quantity' && <ScanInput prompt="Quantity picked" numeric defaultValue={String(line.openQuantity)} onScan={(q) => void scanQuantity(q)} />}
      {line && step === 'short' && <ScanInput prompt={`Units found in ${line.locationCode}`} numeric defaultValue="0" onScan={(q) => void reportShort(q)} />}
      <div className="station-actions">
        {line && step !== 'short' && (
          <button type="button" className="button button-danger" onClick={() => setStep('short')}>
            Short pick
          </button>
        )}
        {step !== 'bin' && (
          <button type="button" className="button" onClick={() => setStep('bin')}>
            Back
          </button>
        )}
        <button type="button" className="button" onClick={() => (setList(null), lists.reload())}>
          Pick lists
        </button>
      </div>
    </>
  );
}
