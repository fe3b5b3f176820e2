import { useState } from 'react';
import { api } from '../api/client';
import { errorMessage, unwrap } from '../api/problem';
import { Field } from '../ui/components';
import { useAsync } from '../ui/use-async';
import { openAuthorizedPdf } from './open-file';

const PRINTER_KEY = 'wms.printer';

/** A parcel's label: open the 4×6 PDF for a desk printer, or have the server send ZPL to a network printer. */
export function LabelActions({ parcelId, onMessage }: { parcelId: string; onMessage(ok: boolean, text: string): void }) {
  const printers = useAsync(async () => unwrap(await api.GET('/api/v1/printing/printers')), []);
  const [printer, setPrinter] = useState(() => localStorage.getItem(PRINTER_KEY) ?? '');
  const chosen = printers.data?.find((p) => p.name === printer)?.name ?? printers.data?.[0]?.name;

  const openPdf = () => openAuthorizedPdf(`/api/v1/parcels/${parcelId}/label?format=pdf`).catch((e: unknown) => onMessage(false, errorMessage(e)));
  const print = async () => {
    if (!chosen) return;
    localStorage.setItem(PRINTER_KEY, chosen);
    try {
      const job = unwrap(await api.POST('/api/v1/printing/parcel-labels', { body: { parcelId, printer: chosen } }));
      onMessage(true, `Label ${job.trackingNumber} sent to ${job.printer}`);
    } catch (error) {
      onMessage(false, errorMessage(error));
    }
  };

  return (
    <div className="label-actions">
      <button type="button" className="button button-primary" onClick={() => void openPdf()}>
        Open label PDF
      </button>
      {printers.data && printers.data.length > 0 && (
        <>
          <Field label="Label printer">
            {(id) => (
              <select id={id} value={chosen} onChange={(e) => setPrinter(e.target.value)}>
                {printers.data!.map((p) => (
                  <option key={p.name} value={p.name}>
                    {p.name} ({p.host}:{p.port}, {p.dpi} dpi)
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button type="button" className="button" onClick={() => void print()}>
            Print ZPL on {chosen}
          </button>
        </>
      )}
    </div>
  );
}
