import { PartnerKind, Role } from '../../src/identity/roles';
import { createTestApp, TestApp } from '../support/test-app';

describe('Idempotency-Key', () => {
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

  const createPartner = (key: string | null, body: object) => {
    const req = t.http.post('/api/v1/partners').set('Authorization', `Bearer ${admin}`);
    return (key ? req.set('Idempotency-Key', key) : req).send(body);
  };
  const partnerCount = async () => Number((await t.dataSource.query('SELECT count(*) AS n FROM partner'))[0].n);

  it('replays the first response for a repeat with the same key and body, and changes nothing', async () => {
    const body = { code: 'SF-EXPRESS', name: 'SF Express', kind: PartnerKind.Forwarder };
    const first = await createPartner('k-1', body).expect(201);
    const again = await createPartner('k-1', body).expect(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await partnerCount()).toBe(1);
    const audit = await t.dataSource.query("SELECT count(*) AS n FROM audit_event WHERE action = 'partner.create'");
    expect(Number(audit[0].n)).toBe(1);
  });

  it('answers 422 when the key is reused with another body', async () => {
    await createPartner('k-2', { code: 'A1', name: 'A', kind: PartnerKind.Shop }).expect(201);
    const res = await createPartner('k-2', { code: 'B2', name: 'B', kind: PartnerKind.Shop }).expect(422);
    expect(res.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await partnerCount()).toBe(1);
  });

  it('keeps keys per caller: another user may use the same key', async () => {
    await createPartner('shared', { code: 'A1', name: 'A', kind: PartnerKind.Shop }).expect(201);
    const other = await t.tokenFor(Role.Admin);
    await t.http.post('/api/v1/partners').set('Authorization', `Bearer ${other}`).set('Idempotency-Key', 'shared')
      .send({ code: 'A2', name: 'A', kind: PartnerKind.Shop }).expect(201);
    expect(await partnerCount()).toBe(2);
  });

  it('a failed request keeps no record, so the key can be sent again', async () => {
    await createPartner('k-3', { code: 'x', name: 'A', kind: PartnerKind.Shop }).expect(400);
    await createPartner('k-3', { code: 'GOOD', name: 'A', kind: PartnerKind.Shop }).expect(201);
  });

  it('without a key a repeat is a new request', async () => {
    await createPartner(null, { code: 'DUP', name: 'A', kind: PartnerKind.Shop }).expect(201);
    const res = await createPartner(null, { code: 'DUP', name: 'A', kind: PartnerKind.Shop }).expect(409);
    expect(res.body.code).toBe('PARTNER_CODE_TAKEN');
  });

  it('rejects a malformed key', async () => {
    const res = await createPartner('x'.repeat(201), { code: 'LONG', name: 'A', kind: PartnerKind.Shop }).expect(400);
    expect(res.body.errors[0].field).toBe('Idempotency-Key');
  });
});
