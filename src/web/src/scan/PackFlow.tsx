import { useState } from 'react';
import { api, Schemas } from '../api/client';
import { errorMessage, unwrap } from '../api/problem';
import { LabelActions } from '../printing/LabelActions';
import { Field } from '../ui/components';
import { useAsync } from '../ui/use-async';
import { ScanInput } from './ScanInput';
import { StepList, TaskCard } from './StationParts';
import { quantityOf } from './codes';
import type { StationApi } from './station-api';

type Session = Schemas['PackSessionDto'];
type Parcel = Schemas['ParcelDto'];
type Step = 'order' | 'item' | 'weight' | 'label';
const STEPS = ['Scan order or tote', 'Scan items', 'Weigh', 'Label'];

/** Packing: scan the order, scan each item into the suggested box, weigh, label. */
export function PackFlow({ station }: { station: StationApi }) {
  const [session, setSession] = useState<Session | null>(null);
  const [step, setStep] = useState<Step>('order');
  const [busy, setBusy] = useState(false);

  const act = async (label: string, work: () => Promise<Session>, success: string) => {
    setBusy(true);
    try {
      const next = await work();
      setSession(next);
      station.report('ok', label, success);
      return next;
    } catch (error) {
      station.report('error', label, errorMessage(error));
      return null;
    } finally {
      setBusy(false);
    }
  };

  const openParcel = (s: Session, boxTypeCode?: string) =>
    act(`Box ${boxTypeCode ?? s.suggestedBox?.code ?? ''}`, async () => unwrap(await api.POST('/api/v1/pack-sessions/{id}/parcels', { params: { path: { id: s.id } }, body: { boxTypeCode } })), 'Parcel opened');

  const advance = (s: Session) => setStep(s.openParcelId ? (s.expected.length ? 'item' : 'weight') : s.expected.length ? 'item' : 'label');

  const scanOrder = async (code: string) => {
    let s = await act(code, async () => unwrap(await api.POST('/api/v1/pack-sessions', { body: { order: code } })), 'Order to pack');
    if (!s) return;
    if (!s.openParcelId && s.expected.length) s = (await openParcel(s)) ?? s;
    advance(s);
  };

  const scanItem = async (code: string) => {
    if (!session?.openParcelId) return;
    await station.send('/api/v1/pack-sessions/{id}/parcels/{parcelId}/items', { id: session.id, parcelId: session.openParcelId }, { item: code }, `Pack ${code}`, 'Packed', (o) => {
      if (o.kind !== 'sent') return;
      setSession(o.data);
      if (!o.data.expected.length) setStep('weight');
    });
  };

  const weigh = async (typed: string) => {
    if (!session?.openParcelId) return;
    const grossWeightG = quantityOf(typed);
    if (grossWeightG === null) return station.report('error', typed, 'Type the scale weight in grams');
    const parcelId = session.openParcelId;
    const closed = await act(`Parcel ${grossWeightG} g`, async () => unwrap(await api.POST('/api/v1/pack-sessions/{id}/parcels/{parcelId}/close', { params: { path: { id: session.id, parcelId } }, body: { grossWeightG } })), 'Parcel closed');
    if (!closed) return;
    const next = closed.expected.length ? ((await openParcel(closed)) ?? closed) : closed;
    advance(next);
  };

  const open = session?.parcels.find((p) => p.id === session.openParcelId);
  return (
    <>
      <StepList steps={STEPS} current={{ order: 0, item: 1, weight: 2, label: 3 }[step]} />
      {session ? (
        <TaskCard title={`Order ${session.orderExternalId}`}>
          {session.expected.length > 0 ? (
            <p className="task-hint">
              Still to pack: {session.expected.map((e) => `${e.remaining} × ${e.sku}`).join(', ')}
            </p>
          ) : (
            <p className="task-hint">Everything is packed.</p>
          )}
          {open && (
            <p className="task-hint">
              Box <strong className="big-code">{open.boxTypeCode}</strong> ({open.lengthMm}×{open.widthMm}×{open.heightMm} mm) · expected weight about <strong>{open.computedWeightG} g</strong>
            </p>
          )}
          {!open && session.suggestedBox && <p className="task-hint">Suggested box: {session.suggestedBox.code} ({session.suggestedBox.name})</p>}
        </TaskCard>
      ) : (
        <TaskCard title="Scan the order slip or tote to start packing" />
      )}
      {step === 'order' && <ScanInput prompt="Scan order or tote" onScan={(c) => void scanOrder(c)} disabled={busy} />}
      {step === 'item' && <ScanInput prompt="Scan item" onScan={(c) => void scanItem(c)} disabled={busy} />}
      {step === 'weight' && <ScanInput prompt="Weight in grams" numeric defaultValue={open ? String(open.computedWeightG) : ''} onScan={(w) => void weigh(w)} disabled={busy} />}
      {session && step !== 'order' && (
        <div className="station-actions">
          {step === 'item' && open && open.lines.length > 0 && (
            <button type="button" className="button" onClick={() => setStep('weight')}>
              Close this box (split)
            </button>
          )}
          {!session.openParcelId && session.expected.length > 0 && <BoxPicker onOpen={(code) => void openParcel(session, code).then((s) => s && advance(s))} />}
          <button type="button" className="button" onClick={() => (setSession(null), setStep('order'))}>
            Next order
          </button>
        </div>
      )}
      {session && session.parcels.some((p) => p.status !== 'open') && (
        <ParcelLabels parcels={session.parcels.filter((p) => p.status !== 'open')} station={station} />
      )}
    </>
  );
}

function BoxPicker({ onOpen }: { onOpen(code: string): void }) {
  const boxes = useAsync(async () => unwrap(await api.GET('/api/v1/box-types', { params: { query: { active: true, limit: 100 } } })).items, []);
  const [code, setCode] = useState('');
  return (
    <div className="inline-form">
      <Field label="Open a parcel in box">
        {(id) => (
          <select id={id} value={code} onChange={(e) => setCode(e.target.value)}>
            <option value="">Choose a box…</option>
            {(boxes.data ?? []).map((b) => (
              <option key={b.id} value={b.code}>
                {b.code} — {b.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="button" className="button" disabled={!code} onClick={() => onOpen(code)}>
        Open parcel
      </button>
    </div>
  );
}

/** Label each closed parcel with a carrier service, then print it. */
function ParcelLabels({ parcels, station }: { parcels: Parcel[]; station: StationApi }) {
  // The carrier list leaves out the services; each active carrier's detail has them.
  const carriers = useAsync(async () => {
    const active = unwrap(await api.GET('/api/v1/carriers')).filter((c) => c.active);
    return Promise.all(active.map(async (c) => unwrap(await api.GET('/api/v1/carriers/{id}', { params: { path: { id: c.id } } }))));
  }, []);
  const services = (carriers.data ?? []).filter((c) => c.active).flatMap((c) => (c.services ?? []).filter((s) => s.active).map((s) => ({ carrier: c, service: s })));
  const [choice, setChoice] = useState(0);
  const [labelled, setLabelled] = useState<Record<string, string>>({});

  const createLabel = async (parcel: Parcel) => {
    const picked = services[choice];
    if (!picked) return station.report('error', 'Label', 'No active carrier service');
    try {
      const label = unwrap(await api.POST('/api/v1/parcels/{id}/label', { params: { path: { id: parcel.id } }, body: { carrierId: picked.carrier.id, serviceCode: picked.service.code } }));
      setLabelled((l) => ({ ...l, [parcel.id]: label.trackingNumber }));
      station.report('ok', `Parcel ${parcel.sequence}`, `Label ${label.trackingNumber} (${label.carrierCode} ${label.serviceCode})`);
    } catch (error) {
      station.report('error', `Label for parcel ${parcel.sequence}`, errorMessage(error));
    }
  };

  return (
    <section className="parcel-labels" aria-label="Labels">
      <h2>Labels</h2>
      <Field label="Carrier service">
        {(id) => (
          <select id={id} value={choice} onChange={(e) => setChoice(Number(e.target.value))}>
            {services.map((s, i) => (
              <option key={s.service.id} value={i}>
                {s.carrier.name} — {s.service.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ul className="plain-list">
        {parcels.map((p) => (
          <li key={p.id} className="parcel-row">
            <span>
              Parcel {p.sequence} of {p.parcelCount} · {p.boxTypeCode} · {p.grossWeightG} g {labelled[p.id] && <>· {labelled[p.id]}</>}
            </span>
            {labelled[p.id] ? (
              <LabelActions parcelId={p.id} onMessage={(ok, text) => station.report(ok ? 'ok' : 'error', `Parcel ${p.sequence}`, text)} />
            ) : (
              <button type="button" className="button button-primary" disabled={!services.length} onClick={() => void createLabel(p)}>
                Create label
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
