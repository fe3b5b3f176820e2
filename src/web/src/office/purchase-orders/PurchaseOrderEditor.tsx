import { FormEvent, useEffect, useMemo, useState } from 'react';
import { api, Schemas } from '../../api/client';
import { errorMessage, unwrap } from '../../api/problem';
import { ErrorNote, Field, Page } from '../../ui/components';
import { money } from '../../ui/format';
import { navigate } from '../../ui/router';
import { useAsync } from '../../ui/use-async';

interface DraftLine {
  key: number;
  productId: string;
  quantity: string;
  /** Major units as typed (18.50); converted to minor units on save. */
  unitPrice: string;
}

const toMinor = (typed: string) => Math.round(Number(typed) * 100);
const fromMinor = (minor: number) => (minor / 100).toFixed(2);
let lineKey = 0;

/** Creating or editing a draft purchase order, with live line and order totals. */
export function PurchaseOrderEditor({ id }: { id?: string }) {
  const existing = useAsync(async () => (id ? unwrap(await api.GET('/api/v1/purchase-orders/{id}', { params: { path: { id } } })) : null), [id]);
  const suppliers = useAsync(async () => unwrap(await api.GET('/api/v1/suppliers', { params: { query: { limit: 200, active: true, sort: 'code' } } })).items, []);
  const warehouses = useAsync(async () => unwrap(await api.GET('/api/v1/warehouses', { params: { query: { limit: 100, active: true } } })).items, []);
  const [supplierId, setSupplierId] = useState('');
  const [warehouseId, setWarehouseId] = useState('');
  const [readyDate, setReadyDate] = useState('');
  const [notes, setNotes] = useState('');
  const [lines, setLines] = useState<DraftLine[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const po = existing.data;
    if (!po) return;
    setSupplierId(po.supplier.id);
    setWarehouseId(po.warehouseId);
    setReadyDate(po.requestedReadyDate ?? '');
    setNotes(po.notes ?? '');
    setLines(po.lines.map((l) => ({ key: ++lineKey, productId: l.productId, quantity: String(l.quantity), unitPrice: fromMinor(l.unitPriceMinor) })));
  }, [existing.data]);

  const offers = useAsync(
    async () => (supplierId ? unwrap(await api.GET('/api/v1/suppliers/{id}/products', { params: { path: { id: supplierId }, query: { limit: 200, active: true } } })).items : []),
    [supplierId],
  );
  const products = useAsync(async () => unwrap(await api.GET('/api/v1/products', { params: { query: { limit: 200, active: true } } })).items, []);
  const supplier = suppliers.data?.find((s) => s.id === supplierId);
  const currency = existing.data?.currency ?? supplier?.defaultCurrency ?? 'USD';
  const offerOf = (productId: string) => offers.data?.find((o) => o.productId === productId);
  const productName = (productId: string) => {
    const p = products.data?.find((x) => x.id === productId);
    return p ? `${p.sku} — ${p.nameEn}` : productId;
  };

  const total = useMemo(() => lines.reduce((sum, l) => sum + (Number(l.quantity) || 0) * (toMinor(l.unitPrice) || 0), 0), [lines]);

  const update = (key: number, change: Partial<DraftLine>) => setLines((all) => all.map((l) => (l.key === key ? { ...l, ...change } : l)));
  const addLine = () => {
    const first = offers.data?.find((o) => !lines.some((l) => l.productId === o.productId));
    if (first) setLines((all) => [...all, { key: ++lineKey, productId: first.productId, quantity: String(first.moq || 1), unitPrice: fromMinor(first.unitPriceMinor) }]);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const body: Schemas['UpdatePurchaseOrderDto'] = {
      warehouseId,
      requestedReadyDate: readyDate || undefined,
      notes: notes || undefined,
      lines: lines.map((l) => ({ productId: l.productId, quantity: Number(l.quantity), unitPriceMinor: toMinor(l.unitPrice) })),
    };
    try {
      const saved = id
        ? unwrap(await api.PATCH('/api/v1/purchase-orders/{id}', { params: { path: { id } }, body }))
        : unwrap(await api.POST('/api/v1/purchase-orders', { body: { ...body, supplierId, warehouseId } }));
      navigate(`/purchase-orders/${saved.id}`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={id ? `Edit ${existing.data?.number ?? 'purchase order'}` : 'New purchase order'}>
      <form onSubmit={save} className="form" aria-label="Purchase order">
        <div className="form-grid">
          <Field label="Supplier">
            {(fid) => (
              <select id={fid} required value={supplierId} disabled={!!id} onChange={(e) => (setSupplierId(e.target.value), setLines([]))}>
                <option value="">Choose a supplier…</option>
                {(suppliers.data ?? []).map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.code} — {s.legalNameEn}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Deliver to warehouse">
            {(fid) => (
              <select id={fid} required value={warehouseId} onChange={(e) => setWarehouseId(e.target.value)}>
                <option value="">Choose a warehouse…</option>
                {(warehouses.data ?? []).map((w) => (
                  <option key={w.id} value={w.id}>
                    {w.code} — {w.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Ready by">{(fid) => <input id={fid} type="date" value={readyDate} onChange={(e) => setReadyDate(e.target.value)} />}</Field>
          <Field label="Notes">{(fid) => <input id={fid} value={notes} maxLength={2000} onChange={(e) => setNotes(e.target.value)} />}</Field>
        </div>
        <h2>Lines</h2>
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Order lines</caption>
            <thead>
              <tr>
                <th scope="col">Product</th>
                <th scope="col" className="num">Quantity</th>
                <th scope="col" className="num">Unit price ({currency})</th>
                <th scope="col" className="num">Line total</th>
                <th scope="col">
                  <span className="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {lines.map((l, i) => {
                const offer = offerOf(l.productId);
                const qty = Number(l.quantity) || 0;
                const hints = [offer && qty < offer.moq ? `below MOQ ${offer.moq}` : '', offer && offer.unitsPerCarton > 1 && qty % offer.unitsPerCarton ? `not whole cartons of ${offer.unitsPerCarton}` : ''].filter(Boolean);
                return (
                  <tr key={l.key}>
                    <td>
                      <select aria-label={`Product of line ${i + 1}`} value={l.productId} onChange={(e) => update(l.key, { productId: e.target.value, unitPrice: fromMinor(offerOf(e.target.value)?.unitPriceMinor ?? 0) })}>
                        {(offers.data ?? []).map((o) => (
                          <option key={o.id} value={o.productId}>
                            {productName(o.productId)} ({o.supplierItemCode})
                          </option>
                        ))}
                      </select>
                      {hints.length > 0 && <small className="warn-text"> {hints.join(', ')}</small>}
                    </td>
                    <td className="num">
                      <input aria-label={`Quantity of line ${i + 1}`} inputMode="numeric" className="input-num" value={l.quantity} onChange={(e) => update(l.key, { quantity: e.target.value.replace(/\D/g, '') })} />
                    </td>
                    <td className="num">
                      <input aria-label={`Unit price of line ${i + 1}`} inputMode="decimal" className="input-num" value={l.unitPrice} onChange={(e) => update(l.key, { unitPrice: e.target.value })} />
                    </td>
                    <td className="num">{money(qty * toMinor(l.unitPrice), currency)}</td>
                    <td>
                      <button type="button" className="button button-small" aria-label={`Remove line ${i + 1}`} onClick={() => setLines((all) => all.filter((x) => x.key !== l.key))}>
                        Remove
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={3}>
                  Order total
                </th>
                <td className="num" data-testid="po-total">
                  <strong>{money(total, currency)}</strong>
                </td>
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
        <p>
          <button type="button" className="button" onClick={addLine} disabled={!supplierId || !offers.data?.length}>
            Add line
          </button>
        </p>
        <ErrorNote error={error ?? existing.error} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy || !supplierId || !warehouseId || !lines.length}>
            {id ? 'Save draft' : 'Create draft'}
          </button>
          <button type="button" className="button" onClick={() => window.history.back()}>
            Cancel
          </button>
        </div>
      </form>
    </Page>
  );
}
