import { decodeBarcodes } from '../support/barcodes';
import { pdfPageCount, pdfPageTexts, pdfText } from '../support/pdf';
import {
  auth, binary, catalogue, Catalogue, createDraft, drainJobs, MANUAL_JOBS, Staff, staff,
} from '../support/procurement-fixtures';
import { SmtpListener, startSmtpListener } from '../support/procurement-smtp';
import { createTestApp, TestApp } from '../support/test-app';

async function approvedAndSent(t: TestApp, people: Staff, c: Catalogue, lines: Record<string, unknown>[]) {
  const draft = await createDraft(t, people.buyer, c, lines);
  const url = `/api/v1/purchase-orders/${draft.id}`;
  const submitted = await t.http.post(`${url}/submit`).set(auth(people.buyer)).send({}).expect(200);
  if (submitted.body.status === 'submitted') await t.http.post(`${url}/approve`).set(auth(people.manager)).send({}).expect(200);
  await t.http.post(`${url}/send`).set(auth(people.buyer)).send({}).expect(200);
  return { ...draft, url };
}

async function download(t: TestApp, token: string, url: string): Promise<Buffer> {
  const res = await t.http.get(`${url}/document`).set(auth(token)).buffer(true).parse(binary).expect(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  return res.body as Buffer;
}

describe('Procurement: the purchase-order document', () => {
  let t: TestApp;
  let people: Staff;
  let c: Catalogue;

  beforeAll(async () => {
    t = await createTestApp(MANUAL_JOBS);
  });
  beforeEach(async () => {
    await t.truncate();
    people = await staff(t);
    c = await catalogue(t, people);
  });
  afterAll(() => t.close());

  it('is not there before approval, then is rendered by a job through the outbox', async () => {
    const draft = await createDraft(t, people.buyer, c, [{ productId: c.tee, quantity: 600 }]);
    const url = `/api/v1/purchase-orders/${draft.id}`;
    expect((await t.http.get(`${url}/document`).set(auth(people.buyer)).expect(409)).body.code).toBe('PO_DOCUMENT_NOT_READY');
    await t.http.post(`${url}/submit`).set(auth(people.buyer)).send({}).expect(200);
    const rendering = await t.http.get(`${url}/document`).set(auth(people.buyer)).expect(409);
    expect(rendering.body.detail).toMatch(/being rendered/);
    await drainJobs(t);
    const pdf = await download(t, people.buyer, url);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await t.http.get(url).set(auth(people.buyer)).expect(200)).body.documentRevision).toBe(1);
    await t.http.get(`${url}/document?revision=7`).set(auth(people.buyer)).expect(404);
  });

  // Rendering 200 lines and rasterising a page for the barcode take a while on a busy machine.
  it('prints 200 lines across several numbered pages, and a Code 128 of the order number', async () => {
    const lines = Array.from({ length: 200 }, (_, i) => ({ productId: i % 2 ? c.hoodie : c.tee, quantity: 20 * (i + 1) }));
    const order = await approvedAndSent(t, people, c, lines);
    await drainJobs(t);
    const pdf = await download(t, people.buyer, order.url);
    const pages = await pdfPageCount(pdf);
    expect(pages).toBeGreaterThan(2);
    const texts = await pdfPageTexts(pdf);
    texts.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${pages}`));
    const all = await pdfText(pdf);
    expect(all).toMatch(/^1 TEE-M-BLK-L HX-T180-BLK-L/m);
    expect(all).toMatch(/^200 HOOD-M-GRY-M HX-H320-GRY-M/m);
    expect(all).toContain('男士连帽卫衣 灰色 M');
    expect(texts[1]).toContain(`${order.number} · revision 1 (continued)`);
    expect(await decodeBarcodes(pdf, 1)).toEqual([{ format: 'CODE_128', text: order.number }]);
  }, 120_000);

  it('is not mailed without SMTP: sending leaves it ready to download', async () => {
    const order = await approvedAndSent(t, people, c, [{ productId: c.tee, quantity: 600 }]);
    await drainJobs(t);
    const jobs = await t.dataSource.query("SELECT job_name FROM outbox WHERE business_key LIKE $1 ORDER BY job_name", [`${order.id}%`]);
    expect(jobs).toEqual([{ job_name: 'procurement.render-po-document' }]);
    await download(t, people.buyer, order.url);
  });
});

describe('Procurement: mailing the document when SMTP is configured', () => {
  let t: TestApp;
  let smtp: SmtpListener;
  let people: Staff;
  let c: Catalogue;

  beforeAll(async () => {
    smtp = await startSmtpListener();
    t = await createTestApp({ ...MANUAL_JOBS, SMTP_URL: smtp.url, SMTP_FROM: 'Buying <buying@wms.test>' });
    await t.truncate();
    people = await staff(t);
    c = await catalogue(t, people);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('mails the PDF to the supplier contact once per revision', async () => {
    const order = await approvedAndSent(t, people, c, [{ productId: c.tee, quantity: 600 }]);
    await drainJobs(t);
    expect(smtp.messages).toHaveLength(1);
    const [mail] = smtp.messages;
    expect(mail).toMatchObject({ from: 'buying@wms.test', to: ['liwei@huaxin.example'] });
    expect(mail.data).toContain(`Subject: Purchase order ${order.number} (revision 1)`);
    expect(mail.data).toMatch(new RegExp(`filename="?${order.number}-r1\\.pdf`));
    const [row] = await t.dataSource.query('SELECT emailed_to FROM purchase_order_document WHERE purchase_order_id = $1', [order.id]);
    expect(row.emailed_to).toBe('liwei@huaxin.example');

    await t.http.post(`${order.url}/revisions`).set(auth(people.buyer)).send({ reason: 'Later', lines: [{ lineId: order.lines[0].id, promisedDate: '2026-05-01' }] }).expect(201);
    await drainJobs(t);
    expect(smtp.messages.map((m) => /Subject: (.*)/.exec(m.data)?.[1])).toEqual([
      `Purchase order ${order.number} (revision 1)`, `Purchase order ${order.number} (revision 2)`,
    ]);
  });
});
