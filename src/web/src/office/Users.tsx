import { FormEvent, useState } from 'react';
import { api } from '../api/client';
import { errorMessage, unwrap } from '../api/problem';
import { ALL_ROLES, ROLE_NAMES, Role } from '../auth/roles';
import { DataTable, ErrorNote, Field, Page } from '../ui/components';
import { dateTime } from '../ui/format';
import { useAsync } from '../ui/use-async';

export function UsersPage() {
  const users = useAsync(async () => unwrap(await api.GET('/api/v1/users', { params: { query: { limit: 200 } } })), []);
  const [form, setForm] = useState({ email: '', name: '', password: '' });
  const [roles, setRoles] = useState<Role[]>(['warehouse']);
  const [error, setError] = useState<string | null>(null);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      unwrap(await api.POST('/api/v1/users', { body: { ...form, roles } }));
      setForm({ email: '', name: '', password: '' });
      users.reload();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const toggle = async (id: string, active: boolean) => {
    try {
      unwrap(await api.PATCH('/api/v1/users/{id}', { params: { path: { id } }, body: { active } }));
      users.reload();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <Page title="Users">
      <ErrorNote error={users.error ?? error} />
      <DataTable
        caption="Users"
        rows={users.data?.items}
        rowKey={(u) => u.id}
        columns={[
          { header: 'Name', cell: (u) => u.name },
          { header: 'E-mail', cell: (u) => u.email },
          { header: 'Roles', cell: (u) => u.roles.map((r) => ROLE_NAMES[r as Role] ?? r).join(', ') },
          { header: 'Last sign-in', cell: (u) => dateTime(u.lastLoginAt) },
          { header: 'Active', cell: (u) => <button type="button" className="button button-small" onClick={() => void toggle(u.id, !u.active)} aria-label={`${u.active ? 'Deactivate' : 'Activate'} ${u.email}`}>{u.active ? 'Active — deactivate' : 'Inactive — activate'}</button> },
        ]}
      />
      <form className="panel" onSubmit={create} aria-label="New user">
        <h2>New user</h2>
        <div className="form-grid">
          <Field label="Name">{(id) => <input id={id} required value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />}</Field>
          <Field label="E-mail">{(id) => <input id={id} type="email" required value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} />}</Field>
          <Field label="Password">{(id) => <input id={id} type="password" required minLength={12} autoComplete="new-password" value={form.password} onChange={(e) => setForm({ ...form, password: e.target.value })} />}</Field>
        </div>
        <fieldset className="checks">
          <legend>Roles</legend>
          {ALL_ROLES.map((r) => (
            <label key={r} className="check">
              <input type="checkbox" checked={roles.includes(r)} onChange={(e) => setRoles((all) => (e.target.checked ? [...all, r] : all.filter((x) => x !== r)))} /> {ROLE_NAMES[r]}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button button-primary">Create user</button>
      </form>
    </Page>
  );
}
