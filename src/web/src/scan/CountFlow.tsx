import { useState } from 'react';
import { ScanInput } from './ScanInput';
import { StepList, TaskCard } from './StationParts';
import { binBarcode, binCode, quantityOf } from './codes';
import type { StationApi } from './station-api';
import type { Warehouse } from './use-warehouse';

type Step = 'bin' | 'item' | 'quantity';
const STEPS = ['Scan bin', 'Scan item', 'Count'];

/**
 * Blind cycle count: the worker sees no expected quantity, only what to count where. Each count
 * goes into the open cycle count of the bin; a lead approves the variances in the office.
 */
export function CountFlow({ station, warehouse }: { station: StationApi; warehouse: Warehouse | undefined }) {
  const [step, setStep] = useState<Step>('bin');
  const [bin, setBin] = useState('');
  const [item, setItem] = useState('');

  const scanCount = async (typed: string) => {
    const counted = quantityOf(typed, true);
    if (counted === null) return station.report('error', typed, 'Type the number of units counted (0 if none)');
    const label = `Count ${binCode(bin)}: ${counted} × ${item}`;
    await station.send('/api/v1/scans', undefined, { action: 'count', location: bin, item, quantity: counted }, label, 'Counted');
    setStep('item');
  };

  return (
    <>
      <StepList steps={STEPS} current={{ bin: 0, item: 1, quantity: 2 }[step]} />
      <TaskCard title={bin ? `Counting bin ${binCode(bin)}` : 'Blind count'}>
        {bin && <p className="task-hint">Scan each item in the bin and type how many you count. Scan the next bin when this one is done.</p>}
      </TaskCard>
      {step === 'bin' && <ScanInput prompt="Scan bin" onScan={(c) => (setBin(binBarcode(c, warehouse?.code)), setStep('item'))} />}
      {step === 'item' && <ScanInput prompt="Scan item" onScan={(c) => (setItem(c), setStep('quantity'))} />}
      {step === 'quantity' && <ScanInput prompt={`How many ${item}?`} numeric onScan={(q) => void scanCount(q)} />}
      {step !== 'bin' && (
        <div className="station-actions">
          <button type="button" className="button" onClick={() => setStep('bin')}>
            Next bin
          </button>
        </div>
      )}
    </>
  );
}
