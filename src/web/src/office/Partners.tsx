import { FormEvent, useState } from 'react';
import { api, Schemas } from '../api/client';
import { errorMessage, unwrap } from '../api/problem';
import { DataTable, ErrorNote, Field, Page } from '../ui/components';
import { dateTime, words } from '../ui/format';
import { useAsync } from '../ui/use-async';

type Scope = Schemas['CreateApiKeyDto']['scopes'][number];
const SCOPES: Scope[] = ['catalog:read', 'parcels:read', 'labels:read', 'manifests:write', 'tracking:write', 'shipments:write', 'orders:write', 'purchase-orders:read', 'purchase-orders:confirm'];

function ApiKeys({ partner }: { partner: Schemas['PartnerDto'] }) {
  const keys = useAsync(async () => unwrap(await api.GET('/api/v1/partners/{id}/api-keys', { params: { path: { id: partner.id } } })), [partner.id]);
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Scope[]>([]);
  const [created, setCreated] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const key = unwrap(await api.POST('/api/v1/partners/{id}/api-keys', { params: { path: { id: partner.id } }, body: { name, scopes } }));
      setCreated(key.key);
      setName('');
      keys.reload();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const revoke = async (keyId: string) => {
    try {
      unwrap(await api.POST('/api/v1/partners/{id}/api-keys/{keyId}/revoke', { params: { path: { id: partner.id, keyId } } }));
      keys.reload();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <div className="panel">
      <h3>API keys of {partner.name}</h3>
      <ErrorNote error={keys.error ?? error} />
      {created && (
        <p className="note note-ok" role="status">
          New key (shown once, copy it now): <code className="small-code">{created}</code>
        </p>
      )}
      <DataTable
        caption={`API keys of ${partner.code}`}
        rows={(keys.data as Schemas['ApiKeyDto'][] | undefined) ?? []}
        rowKey={(k) => k.id}
        empty="No keys."
        columns={[
          { header: 'Name', cell: (k) => k.name },
          { header: 'Prefix', cell: (k) => <code>{k.prefix}</code> },
          { header: 'Scopes', cell: (k) => k.scopes.join(', ') },
          { header: 'Last used', cell: (k) => dateTime(k.lastUsedAt) },
          { header: 'State', cell: (k) => (k.revokedAt ? `revoked ${dateTime(k.revokedAt)}` : <button type="button" className="button button-small button-danger" onClick={() => void revoke(k.id)}>Revoke</button>) },
        ]}
      />
      <form onSubmit={create} aria-label={`New API key for ${partner.code}`}>
        <Field label="Key name">{(id) => <input id={id} required value={name} onChange={(e) => setName(e.target.value)} />}</Field>
        <fieldset className="checks">
          <legend>Scopes</legend>
          {SCOPES.map((s) => (
            <label key={s} className="check">
              <input type="checkbox" checked={scopes.includes(s)} onChange={(e) => setScopes((all) => (e.target.checked ? [...all, s] : all.filter((x) => x !== s)))} /> {s}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button button-primary" disabled={!scopes.length}>Create key</button>
      </form>
    </div>
  );
}

export function PartnersPage() {
  const partners = useAsync(async () => unwrap(await api.GET('/api/v1/partners', { params: { query: { limit: 200 } } })), []);
  const [selected, setSelected] = useState<Schemas['PartnerDto'] | null>(null);
  return (
    <Page title="Partners and API keys">
      <ErrorNote error={partners.error} />
      <DataTable
        caption="Partners"
        rows={partners.data?.items}
        rowKey={(p) => p.id}
        columns={[
          { header: 'Code', cell: (p) => p.code },
          { header: 'Name', cell: (p) => p.name },
          { header: 'Kind', cell: (p) => words(p.kind) },
          { header: 'Keys', cell: (p) => <button type="button" className="button button-small" aria-label={`API keys of ${p.code}`} onClick={() => setSelected(p)}>API keys</button> },
        ]}
      />
      {selected && <ApiKeys key={selected.id} partner={selected} />}
    </Page>
  );
}
