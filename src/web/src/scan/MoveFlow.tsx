import { useState } from 'react';
import { ScanInput } from './ScanInput';
import { StepList, TaskCard } from './StationParts';
import { binBarcode, binCode, quantityOf } from './codes';
import type { StationApi } from './station-api';
import type { Warehouse } from './use-warehouse';

type Step = 'from' | 'item' | 'quantity' | 'to';
const STEPS = ['Scan from bin', 'Scan item', 'Quantity', 'Scan to bin'];
const ORDER: Step[] = ['from', 'item', 'quantity', 'to'];

/** Move stock between bins: from bin, item, quantity, to bin; one ledger movement per move. */
export function MoveFlow({ station, warehouse }: { station: StationApi; warehouse: Warehouse | undefined }) {
  const [step, setStep] = useState<Step>('from');
  const [from, setFrom] = useState('');
  const [item, setItem] = useState('');
  const [quantity, setQuantity] = useState(1);

  const scanQuantity = (typed: string) => {
    const q = quantityOf(typed);
    if (q === null) return station.report('error', typed, 'Type a quantity of 1 or more');
    setQuantity(q);
    setStep('to');
  };

  const scanTo = async (code: string) => {
    const to = binBarcode(code, warehouse?.code);
    const label = `Move ${quantity} × ${item}: ${binCode(from)} → ${binCode(to)}`;
    const outcome = await station.send('/api/v1/scans', undefined, { action: 'move', location: from, item, quantity, toLocation: to }, label, 'Moved');
    // After a move the worker usually takes more of the same from the same bin.
    setStep(outcome?.kind === 'refused' ? 'from' : 'item');
  };

  return (
    <>
      <StepList steps={STEPS} current={ORDER.indexOf(step)} />
      <TaskCard title={from ? `From ${binCode(from)}${item ? `: ${item}` : ''}` : 'Move stock'} />
      {step === 'from' && <ScanInput prompt="Scan from bin" onScan={(c) => (setFrom(binBarcode(c, warehouse?.code)), setStep('item'))} />}
      {step === 'item' && <ScanInput prompt="Scan item" onScan={(c) => (setItem(c), setStep('quantity'))} />}
      {step === 'quantity' && <ScanInput prompt={`Quantity of ${item}`} numeric defaultValue="1" onScan={scanQuantity} />}
      {step === 'to' && <ScanInput prompt="Scan to bin" onScan={(c) => void scanTo(c)} />}
      {step !== 'from' && (
        <div className="station-actions">
          <button type="button" className="button" onClick={() => setStep('from')}>
            Start again
          </button>
        </div>
      )}
    </>
  );
}
