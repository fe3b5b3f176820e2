import { createHash } from 'node:crypto';
import { PartnerKind, Role, Scope } from '../../src/identity/roles';
import { UserService } from '../../src/identity/services/user.service';
import { createTestApp, TEST_PASSWORD, TestApp } from '../support/test-app';

describe('Identity: users, sessions, API keys, audit', () => {
  let t: TestApp;
  let admin: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    t = await createTestApp();
  });
  beforeEach(async () => {
    await t.truncate();
    admin = await t.tokenFor(Role.Admin);
  });
  afterAll(() => t.close());

  async function createUser(email: string, roles: Role[] = [Role.Warehouse]) {
    return t.http.post('/api/v1/users').set(auth(admin)).send({ email, name: 'Li Wei', password: TEST_PASSWORD, roles }).expect(201);
  }

  it('stores passwords as argon2id and never returns them', async () => {
    const res = await createUser('li.wei@example.com');
    expect(res.body).not.toHaveProperty('passwordHash');
    const [row] = await t.dataSource.query('SELECT password_hash FROM app_user WHERE email = $1', ['li.wei@example.com']);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(TEST_PASSWORD);
  });

  it('logs in, tells who is signed in, and refuses wrong passwords with 401', async () => {
    await createUser('Li.Wei@Example.com', [Role.Warehouse, Role.WarehouseLead]);
    const login = await t.http.post('/api/v1/auth/login').send({ email: 'li.wei@example.com', password: TEST_PASSWORD }).expect(200);
    expect(login.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 900 });
    const me = await t.http.get('/api/v1/auth/me').set(auth(login.body.accessToken)).expect(200);
    expect(me.body).toMatchObject({ kind: 'user', email: 'li.wei@example.com', roles: [Role.Warehouse, Role.WarehouseLead] });

    const wrong = await t.http.post('/api/v1/auth/login').send({ email: 'li.wei@example.com', password: 'wrong-password' }).expect(401);
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    const unknown = await t.http.post('/api/v1/auth/login').send({ email: 'nobody@example.com', password: 'whatever' }).expect(401);
    expect(unknown.body.code).toBe('INVALID_CREDENTIALS');
  });

  it('rotates refresh tokens and revokes the whole family when a used one comes back', async () => {
    await createUser('rotate@example.com');
    const first = await t.http.post('/api/v1/auth/login').send({ email: 'rotate@example.com', password: TEST_PASSWORD }).expect(200);
    const second = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: first.body.refreshToken }).expect(200);
    expect(second.body.refreshToken).not.toBe(first.body.refreshToken);
    await t.http.get('/api/v1/auth/me').set(auth(second.body.accessToken)).expect(200);

    // The first token was already used: presenting it again means it leaked.
    const replay = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: first.body.refreshToken }).expect(401);
    expect(replay.body.code).toBe('INVALID_REFRESH_TOKEN');
    await t.http.post('/api/v1/auth/refresh').send({ refreshToken: second.body.refreshToken }).expect(401);
  });

  it('logout revokes the refresh token', async () => {
    await createUser('logout@example.com');
    const login = await t.http.post('/api/v1/auth/login').send({ email: 'logout@example.com', password: TEST_PASSWORD }).expect(200);
    await t.http.post('/api/v1/auth/logout').send({ refreshToken: login.body.refreshToken }).expect(204);
    await t.http.post('/api/v1/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(401);
  });

  it('a disabled user loses access at once, even with a valid access token', async () => {
    const user = await createUser('leaver@example.com');
    const login = await t.http.post('/api/v1/auth/login').send({ email: 'leaver@example.com', password: TEST_PASSWORD }).expect(200);
    await t.http.get('/api/v1/auth/me').set(auth(login.body.accessToken)).expect(200);
    await t.http.patch(`/api/v1/users/${user.body.id}`).set(auth(admin)).send({ active: false }).expect(200);
    await t.http.get('/api/v1/auth/me').set(auth(login.body.accessToken)).expect(401);
    await t.http.post('/api/v1/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(401);
    await t.http.post('/api/v1/auth/login').send({ email: 'leaver@example.com', password: TEST_PASSWORD }).expect(401);
  });

  it('role changes apply to the next request', async () => {
    const user = await createUser('promoted@example.com', [Role.Warehouse]);
    const login = await t.http.post('/api/v1/auth/login').send({ email: 'promoted@example.com', password: TEST_PASSWORD }).expect(200);
    await t.http.get('/api/v1/users').set(auth(login.body.accessToken)).expect(403);
    await t.http.patch(`/api/v1/users/${user.body.id}`).set(auth(admin)).send({ roles: [Role.Admin] }).expect(200);
    await t.http.get('/api/v1/users').set(auth(login.body.accessToken)).expect(200);
  });

  it('duplicate e-mail is a 409', async () => {
    await createUser('twice@example.com');
    const res = await t.http.post('/api/v1/users').set(auth(admin)).send({ email: 'TWICE@example.com', name: 'x', password: TEST_PASSWORD, roles: [Role.Logistics] }).expect(409);
    expect(res.body.code).toBe('EMAIL_TAKEN');
  });

  it('lists users with filters, sorting and cursor pagination covering every row once', async () => {
    for (let i = 0; i < 5; i++) await createUser(`picker${i}@example.com`, [Role.Warehouse]);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const res = await t.http.get('/api/v1/users').query({ role: Role.Warehouse, limit: 2, sort: '-email', ...(cursor ? { cursor } : {}) }).set(auth(admin)).expect(200);
      expect(res.body.total).toBe(5);
      seen.push(...res.body.items.map((u: { email: string }) => u.email));
      cursor = res.body.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(['picker4@example.com', 'picker3@example.com', 'picker2@example.com', 'picker1@example.com', 'picker0@example.com']);
    await t.http.get('/api/v1/users').query({ limit: 500 }).set(auth(admin)).expect(400);
    await t.http.get('/api/v1/users').query({ sort: 'passwordHash' }).set(auth(admin)).expect(400);
    await t.http.get('/api/v1/users').query({ cursor: 'garbage' }).set(auth(admin)).expect(400);
  });

  describe('partner API keys', () => {
    async function partnerWithKey(scopes: Scope[]) {
      const partner = await t.http.post('/api/v1/partners').set(auth(admin)).send({ code: 'DHL-ECOM', name: 'DHL eCommerce', kind: PartnerKind.Carrier }).expect(201);
      const key = await t.http.post(`/api/v1/partners/${partner.body.id}/api-keys`).set(auth(admin)).send({ name: 'label pick-up', scopes }).expect(201);
      return { partner: partner.body, key: key.body };
    }

    it('shows the key once, stores only its hash, and accepts it as X-Api-Key or bearer', async () => {
      const { partner, key } = await partnerWithKey([Scope.ParcelsRead]);
      expect(key.key).toMatch(/^wms_[a-z0-9]{12}_/);
      const [row] = await t.dataSource.query('SELECT key_hash FROM api_key WHERE id = $1', [key.id]);
      expect(row.key_hash).toBe(createHash('sha256').update(key.key).digest('hex'));
      const list = await t.http.get(`/api/v1/partners/${partner.id}/api-keys`).set(auth(admin)).expect(200);
      expect(JSON.stringify(list.body)).not.toContain(key.key);

      const viaHeader = await t.http.get('/api/v1/auth/me').set('X-Api-Key', key.key).expect(200);
      expect(viaHeader.body).toMatchObject({ kind: 'api_key', partnerId: partner.id, scopes: [Scope.ParcelsRead] });
      await t.http.get('/api/v1/auth/me').set(auth(key.key)).expect(200);
      const [used] = await t.dataSource.query('SELECT last_used_at FROM api_key WHERE id = $1', [key.id]);
      expect(used.last_used_at).not.toBeNull();
    });

    it('a revoked key, a key of a disabled partner and a tampered key get 401', async () => {
      const { partner, key } = await partnerWithKey([Scope.ParcelsRead]);
      const tampered = key.key.slice(0, -1) + (key.key.endsWith('A') ? 'B' : 'A');
      await t.http.get('/api/v1/auth/me').set('X-Api-Key', tampered).expect(401);
      await t.http.patch(`/api/v1/partners/${partner.id}`).set(auth(admin)).send({ active: false }).expect(200);
      await t.http.get('/api/v1/auth/me').set('X-Api-Key', key.key).expect(401);
      await t.http.patch(`/api/v1/partners/${partner.id}`).set(auth(admin)).send({ active: true }).expect(200);
      await t.http.get('/api/v1/auth/me').set('X-Api-Key', key.key).expect(200);
      await t.http.post(`/api/v1/partners/${partner.id}/api-keys/${key.id}/revoke`).set(auth(admin)).expect(200);
      await t.http.get('/api/v1/auth/me').set('X-Api-Key', key.key).expect(401);
    });

    it('refuses scopes outside the partner kind’s trade', async () => {
      const partner = await t.http.post('/api/v1/partners').set(auth(admin)).send({ code: 'UPS', name: 'UPS', kind: PartnerKind.Carrier }).expect(201);
      const res = await t.http.post(`/api/v1/partners/${partner.body.id}/api-keys`).set(auth(admin)).send({ name: 'x', scopes: [Scope.ParcelsRead, Scope.OrdersWrite] }).expect(422);
      expect(res.body).toMatchObject({ code: 'SCOPE_NOT_ALLOWED', scopes: [Scope.OrdersWrite], kind: 'carrier' });
    });

    it('rejects unknown scopes', async () => {
      const partner = await t.http.post('/api/v1/partners').set(auth(admin)).send({ code: 'SHOP', name: 'Shop', kind: PartnerKind.Shop }).expect(201);
      const res = await t.http.post(`/api/v1/partners/${partner.body.id}/api-keys`).set(auth(admin)).send({ name: 'x', scopes: ['root:all'] }).expect(400);
      expect(res.body.errors[0].field).toBe('scopes');
    });
  });

  it('rate-limits login per client with 429 and Retry-After', async () => {
    const limited = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '3' });
    try {
      for (let i = 0; i < 3; i++) await limited.http.post('/api/v1/auth/login').send({ email: 'x@example.com', password: 'nope' }).expect(401);
      const res = await limited.http.post('/api/v1/auth/login').send({ email: 'x@example.com', password: 'nope' }).expect(429);
      expect(res.body.code).toBe('RATE_LIMITED');
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });

  it('records state changes in the audit log with actor, entity and request id, without secrets', async () => {
    const created = await t.http.post('/api/v1/users').set(auth(admin)).set('X-Request-Id', 'req-audit-1').send({ email: 'audited@example.com', name: 'A', password: TEST_PASSWORD, roles: [Role.Logistics] }).expect(201);
    await t.http.post('/api/v1/auth/login').send({ email: 'audited@example.com', password: 'wrong-password' }).expect(401);
    const res = await t.http.get('/api/v1/audit-events').query({ entityType: 'user', entityId: created.body.id }).set(auth(admin)).expect(200);
    const event = res.body.items.find((e: { action: string }) => e.action === 'user.create');
    expect(event).toMatchObject({ actorType: 'user', requestId: 'req-audit-1', httpStatus: 201, entityId: created.body.id });
    expect(event.actorLabel).toMatch(/@test\.local$/);
    expect(event.summary.body.password).toBe('[redacted]');
    const failed = await t.http.get('/api/v1/audit-events').query({ action: 'auth.login_failed' }).set(auth(admin)).expect(200);
    expect(failed.body.items[0]).toMatchObject({ actorType: 'anonymous', actorLabel: 'audited@example.com' });
    await t.http.get('/api/v1/audit-events').set(auth(await t.tokenFor(Role.WarehouseLead))).expect(403);
  });

  it('the CLI path creates or resets an admin', async () => {
    const users = t.app.get(UserService);
    await users.upsert({ email: 'root@example.com', name: 'Root', password: 'first-password-1', roles: [Role.Admin] });
    await users.upsert({ email: 'root@example.com', name: 'Root', password: 'second-password-2', roles: [Role.Admin] });
    await t.http.post('/api/v1/auth/login').send({ email: 'root@example.com', password: 'first-password-1' }).expect(401);
    await t.http.post('/api/v1/auth/login').send({ email: 'root@example.com', password: 'second-password-2' }).expect(200);
  });
});
