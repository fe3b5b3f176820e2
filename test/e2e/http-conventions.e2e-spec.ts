import { Role } from '../../src/identity/roles';
import { createTestApp, TestApp } from '../support/test-app';

describe('HTTP conventions', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
  });
  beforeEach(async () => {
    await t.truncate();
    admin = await t.tokenFor(Role.Admin);
  });
  afterAll(() => t.close());

  it('answers /health with the database status', async () => {
    const res = await t.http.get('/health').expect(200);
    expect(res.body.details.database.status).toBe('up');
  });

  it('answers malformed JSON with a 400 problem, never a 500', async () => {
    const res = await t.http
      .post('/api/v1/users')
      .set('Authorization', `Bearer ${admin}`)
      .set('Content-Type', 'application/json')
      .send('{"email": ')
      .expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 400, code: 'MALFORMED_JSON', type: 'urn:problem:wms:malformed-json' });
    expect(res.body.requestId).toBe(res.headers['x-request-id']);
  });

  it('answers a body over the limit with 413', async () => {
    const t2 = await createTestApp({ BODY_LIMIT: '1kb' });
    try {
      const res = await t2.http.post('/api/v1/auth/login').send({ email: 'a@b.cd', password: 'x'.repeat(5000) }).expect(413);
      expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
    } finally {
      await t2.close();
    }
  });

  it('rejects unknown fields and wrong types, naming each field and rule', async () => {
    const res = await t.http
      .post('/api/v1/users')
      .set('Authorization', `Bearer ${admin}`)
      .send({ email: 'not-an-email', name: 42, password: 'long-enough-password', roles: ['wizard'], isRoot: true })
      .expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    const fields = res.body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(expect.arrayContaining(['email', 'isRoot', 'name', 'roles']));
    expect(res.body.errors.find((e: { field: string }) => e.field === 'isRoot').message).toMatch(/should not exist/);
  });

  it('answers unknown ids and routes with 404 problems', async () => {
    const missing = await t.http.get('/api/v1/users/6f1f5a52-5f7e-4c0e-9f0e-000000000000').set('Authorization', `Bearer ${admin}`).expect(404);
    expect(missing.body.code).toBe('USER_NOT_FOUND');
    const badId = await t.http.get('/api/v1/users/not-a-uuid').set('Authorization', `Bearer ${admin}`).expect(400);
    expect(badId.body.status).toBe(400);
    const route = await t.http.get('/api/v1/nowhere').set('Authorization', `Bearer ${admin}`).expect(404);
    expect(route.headers['content-type']).toMatch(/problem\+json/);
  });

  it('keeps a caller-supplied request id', async () => {
    const res = await t.http.get('/health').set('X-Request-Id', 'abc-123').expect(200);
    expect(res.headers['x-request-id']).toBe('abc-123');
  });
});
