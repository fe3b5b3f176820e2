import { useEffect, useState } from 'react';
import { api, Schemas } from '../api/client';
import { ApiError, errorMessage, unwrap } from '../api/problem';
import { ScanInput } from './ScanInput';
import { StepList, TaskCard } from './StationParts';
import { carriesCount, isSscc, isUuid, quantityOf } from './codes';
import type { StationApi } from './station-api';

type Receipt = Schemas['ReceiptDto'];
type Progress = Schemas['ScanProgressDto'];
type Step = 'document' | 'item' | 'quantity';

const OPEN_RECEIPT_KEY = 'wms.receipt';
const STEPS = ['Scan shipment or PO', 'Scan carton or item', 'Quantity'];

async function openReceipt(code: string, warehouseId: string | undefined): Promise<Receipt> {
  let body: Schemas['OpenReceiptDto'];
  if (isUuid(code)) body = { shipmentId: code };
  else if (/^PO-/i.test(code)) body = { purchaseOrder: code.toUpperCase() };
  else {
    // Only buying and logistics staff may list shipments; the dock otherwise scans the id barcode on the ASN.
    const delivered = await api.GET('/api/v1/inbound-shipments', { params: { query: { warehouseId, status: 'delivered_to_warehouse,receiving', limit: 200 } } });
    const shipment = delivered.data?.items.find((s) => s.number.toUpperCase() === code.toUpperCase());
    if (!shipment) throw new Error(`No delivered shipment ${code} found; scan the shipment barcode on the ASN or the PO number.`);
    body = { shipmentId: shipment.id };
  }
  try {
    return unwrap(await api.POST('/api/v1/receipts', { body }));
  } catch (error) {
    // The shipment already has an open receipt (another worker, or this one before a reload): join it.
    const receiptId = error instanceof ApiError && error.code === 'RECEIPT_ALREADY_OPEN' ? (error.problem.receiptId as string | null) : null;
    if (!receiptId) throw error;
    return unwrap(await api.GET('/api/v1/receipts/{id}', { params: { path: { id: receiptId } } }));
  }
}

function mergeProgress(current: Progress[], touched: Progress[]): Progress[] {
  const key = (p: Progress) => p.productId ?? `code:${p.scannedCode}`;
  const updated = new Map(touched.map((p) => [key(p), p]));
  const merged = current.map((p) => updated.get(key(p)) ?? p);
  return [...merged, ...touched.filter((p) => !current.some((c) => key(c) === key(p)))];
}

/** Dock receiving: open the receipt of a delivered shipment (or a PO), scan cartons or items, close. */
export function ReceiveFlow({ station, warehouseId }: { station: StationApi; warehouseId: string | undefined }) {
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const [step, setStep] = useState<Step>('document');
  const [itemCode, setItemCode] = useState('');
  const [damaged, setDamaged] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const saved = localStorage.getItem(OPEN_RECEIPT_KEY);
    if (!saved) return;
    api.GET('/api/v1/receipts/{id}', { params: { path: { id: saved } } }).then((r) => {
      if (r.data?.status === 'open') {
        setReceipt(r.data);
        setStep('item');
      } else if (r.response.status === 404 || r.data) localStorage.removeItem(OPEN_RECEIPT_KEY);
    }, () => undefined);
  }, []);

  const start = async (code: string) => {
    setBusy(true);
    try {
      const opened = await openReceipt(code, warehouseId);
      localStorage.setItem(OPEN_RECEIPT_KEY, opened.id);
      setReceipt(opened);
      setStep('item');
      station.report('ok', `Receipt ${opened.number}`, 'Opened; scan cartons or items');
    } catch (error) {
      station.report('error', code, errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const record = async (code: string, quantity?: number) => {
    if (!receipt) return;
    const label = `${quantity ? `${quantity} × ` : ''}${code}${damaged ? ' (damaged)' : ''}`;
    setStep('item');
    const outcome = await station.send('/api/v1/receipts/{id}/scans', { id: receipt.id }, { code, quantity, damaged: damaged || undefined }, label, 'Received', (o) => {
      if (o.kind === 'sent') setReceipt((r) => (r ? { ...r, progress: mergeProgress(r.progress, o.data.progress) } : r));
      setDamaged(false);
    });
    const flagged = outcome?.kind === 'sent' ? outcome.data.units.find((u) => u.verdict !== 'within') : undefined;
    if (flagged) station.report('info', label, `Flagged: ${flagged.verdict.replace(/_/g, ' ')}`);
  };

  const scanItem = (code: string) => {
    if (isSscc(code) || carriesCount(code)) return void record(code);
    setItemCode(code);
    setStep('quantity');
  };

  const scanQuantity = (typed: string) => {
    const quantity = quantityOf(typed);
    if (quantity === null) return station.report('error', typed, 'Type a quantity of 1 or more');
    void record(itemCode, quantity);
  };

  const finish = async (action: 'close' | 'cancel') => {
    if (!receipt) return;
    setBusy(true);
    try {
      const path = action === 'close' ? '/api/v1/receipts/{id}/close' : '/api/v1/receipts/{id}/cancel';
      const done = unwrap(await api.POST(path, { params: { path: { id: receipt.id } } }));
      station.report('ok', `Receipt ${done.number}`, action === 'close' ? 'Closed: stock is on the dock, put-away tasks created' : 'Cancelled');
      localStorage.removeItem(OPEN_RECEIPT_KEY);
      setReceipt(null);
      setStep('document');
    } catch (error) {
      station.report('error', `Receipt ${receipt.number}`, errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const stepIndex = { document: 0, item: 1, quantity: 2 }[step];
  return (
    <>
      <StepList steps={STEPS} current={stepIndex} />
      {receipt && (
        <TaskCard title={`Receipt ${receipt.number}`}>
          <p className="muted">
            Receipt id <code>{receipt.id}</code>
          </p>
          <table className="compact">
            <caption className="visually-hidden">Expected and scanned per product</caption>
            <thead>
              <tr>
                <th scope="col">Item</th>
                <th scope="col" className="num">Expected</th>
                <th scope="col" className="num">Scanned</th>
                <th scope="col" className="num">Damaged</th>
              </tr>
            </thead>
            <tbody>
              {receipt.progress.map((p) => (
                <tr key={p.productId ?? p.scannedCode} className={p.scanned > p.expected ? 'row-warn' : p.scanned === p.expected ? 'row-done' : ''}>
                  <td>{p.sku ?? p.scannedCode}</td>
                  <td className="num">{p.expected}</td>
                  <td className="num">{p.scanned}</td>
                  <td className="num">{p.damaged}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TaskCard>
      )}
      {step === 'document' && <ScanInput prompt="Scan shipment or PO number" onScan={(c) => void start(c)} disabled={busy} />}
      {step === 'item' && <ScanInput prompt="Scan carton (SSCC) or item" onScan={scanItem} disabled={busy} />}
      {step === 'quantity' && <ScanInput prompt={`Quantity of ${itemCode}`} numeric defaultValue="1" onScan={scanQuantity} />}
      {receipt && (
        <div className="station-actions">
          <button type="button" className={`button ${damaged ? 'button-danger' : ''}`} aria-pressed={damaged} onClick={() => setDamaged((d) => !d)}>
            {damaged ? 'Next scan is damaged' : 'Mark next scan damaged'}
          </button>
          {step === 'quantity' && (
            <button type="button" className="button" onClick={() => setStep('item')}>
              Back
            </button>
          )}
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void finish('close')}>
            Close receipt
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => void finish('cancel')}>
            Cancel receipt
          </button>
        </div>
      )}
    </>
  );
}
