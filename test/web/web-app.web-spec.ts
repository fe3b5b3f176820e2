import { createServer, Server } from 'node:net';
import { Page } from 'playwright-core';
import { Api, eventually } from './support/api';
import { Browser, login, logout, openBrowser, scan, screenshot } from './support/browser';
import { allocatedShopOrder, floorWorld, FloorWorld, releasedWave } from './support/floor-world';
import { webEnv } from './support/web-app-env';

type Row = Record<string, unknown> & { id: string };

const message = (page: Page) => page.getByTestId('station-message');

async function expectMessage(page: Page, status: 'Done' | 'Error' | 'Pending' | 'Note', text: RegExp | string): Promise<void> {
  try {
    await message(page).filter({ hasText: `${status}:` }).filter({ hasText: text }).waitFor({ timeout: 30_000 });
  } catch {
    // Name what the station said instead, which is what a failure needs.
    throw new Error(`expected "${status}: …${String(text)}…", the station shows: ${await message(page).textContent({ timeout: 1_000 }).catch(() => 'nothing')}`);
  }
}

/**
 * The web app in a real browser against the real app: a warehouse day from the dock to the carrier,
 * the offline queue, and a purchase order through its approval. Each step types what a
 * keyboard-wedge scanner would send, and saves a screenshot for the docs.
 */
describe('Web app in the browser', () => {
  const { baseUrl, printerPort } = webEnv();
  let b: Browser;
  let w: FloorWorld;
  let printer: Server;
  const printed: string[] = [];
  /** Every host the browser talked to: the app must load nothing from anywhere else. */
  const origins = new Set<string>();

  beforeAll(async () => {
    printer = createServer((socket) => {
      let job = '';
      socket.on('data', (d) => (job += d.toString('utf8')));
      socket.on('end', () => printed.push(job));
    });
    await new Promise<void>((resolve) => printer.listen(printerPort, '127.0.0.1', resolve));
    w = await floorWorld(baseUrl);
    b = await openBrowser(baseUrl);
    b.context.on('request', (request) => origins.add(new URL(request.url()).origin));
  });
  // A test that fails while the network is cut must not leave the next ones offline.
  afterEach(() => b?.context.setOffline(false));
  afterAll(async () => {
    await b?.close();
    await new Promise((resolve) => printer.close(resolve));
  });

  it('signs in; what a person sees follows their roles', async () => {
    const { page } = b;
    await page.goto('/');
    await page.getByRole('heading', { name: 'Sign in to WMS' }).waitFor();
    await screenshot(page, 'login');
    await page.getByLabel('E-mail').fill('picker@demo.wms');
    await page.getByLabel('Password').fill('wrong-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').waitFor();

    await login(page, 'picker@demo.wms');
    await page.waitForURL('**/scan/receive');
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Scan station', 'Products', 'Receipts', 'Outbound orders', 'Cycle counts']);
    await logout(page);

    await login(page, 'lead@demo.wms');
    expect(await nav.getByRole('link', { name: 'Purchase orders' }).count()).toBe(0);
  });

  it('receives the shipment: a carton by its SSCC, loose caps by quantity, one damaged', async () => {
    const { page } = b;
    await page.goto('/scan/receive');
    await page.getByLabel('Scan shipment or PO number').waitFor();
    // The ASN paperwork carries the shipment's id as a barcode.
    await scan(page, w.shipment.id);
    await expectMessage(page, 'Done', 'Opened');

    await scan(page, w.sscc);
    await expectMessage(page, 'Done', 'Received');
    await scan(page, w.cap.gtin);
    await page.getByLabel(`Quantity of ${w.cap.gtin}`).waitFor();
    await scan(page, '5');
    await expectMessage(page, 'Done', `5 × ${w.cap.gtin}`);
    await page.getByRole('button', { name: 'Mark next scan damaged' }).click();
    await scan(page, w.cap.sku);
    await scan(page, '1');
    await expectMessage(page, 'Done', 'damaged');
    const capRow = page.getByRole('row').filter({ hasText: w.cap.sku });
    expect((await capRow.getByRole('cell').allTextContents()).slice(1)).toEqual(['6', '6', '1']);
    await screenshot(page, 'scan-receive');

    await page.getByRole('button', { name: 'Close receipt' }).click();
    await expectMessage(page, 'Done', 'put-away tasks created');
  });

  it('puts each task away at its suggested bin, confirmed by scanning the bin', async () => {
    const { page } = b;
    await page.goto('/scan/putaway');
    const tasks = await w.lead.get<{ items: (Row & { sku: string; suggestedLocationCode: string | null })[] }>(`/putaway-tasks?warehouseId=${w.warehouse.id}`);
    expect(tasks.items.map((t) => t.sku).sort()).toEqual([w.cap.sku, w.tee.sku].sort());
    for (const [i, task] of tasks.items.entries()) {
      await page.getByLabel('Scan item').waitFor();
      await scan(page, task.sku);
      await page.getByLabel('Scan bin').waitFor();
      if (i === 0) await screenshot(page, 'scan-putaway');
      // The bin label carries the full barcode; the worker scans it.
      await scan(page, `LOC:${w.warehouse.code}:${task.suggestedLocationCode ?? 'A-01-01-01'}`);
      await page.getByLabel(/^Quantity into/).waitFor();
      await page.keyboard.press('Enter');
      await expectMessage(page, 'Done', `${task.sku} →`);
    }
    await page.getByText('0 open put-away tasks').waitFor();
  });

  it('picks the released pick list in walk order, refusing a wrong bin', async () => {
    const { page } = b;
    await allocatedShopOrder(w, 'SO-WEB-1', [{ sku: w.tee.sku, quantity: 2 }, { sku: w.cap.sku, quantity: 1 }]);
    const [listId] = await releasedWave(w);
    await page.goto('/scan/pick');
    await page.getByLabel('Scan pick list (or choose below)').waitFor();
    await scan(page, listId);
    await page.getByText(/^Go to /).waitFor();

    await scan(page, 'QC-01');
    await expectMessage(page, 'Error', 'Wrong bin');
    await screenshot(page, 'scan-pick');
    for (let guard = 0; guard < 5 && (await page.getByText(/^Go to /).count()); guard++) {
      const bin = (await page.getByText(/^Go to /).textContent())!.replace('Go to ', '').trim();
      const sku = (await page.locator('.task-hint .big-code').first().textContent())!.split('×')[1].trim();
      await scan(page, bin);
      await page.getByLabel(`Scan item ${sku}`).waitFor();
      await scan(page, sku);
      await page.getByLabel('Quantity picked').waitFor();
      await page.keyboard.press('Enter');
      await expectMessage(page, 'Done', `${sku} from ${bin}`);
    }
    await page.getByText('Pick list complete').waitFor();
  });

  it('packs the order into the suggested box, weighs it, labels it, opens the PDF and prints ZPL', async () => {
    const { page, context } = b;
    await page.goto('/scan/pack');
    await page.getByLabel('Scan order or tote').waitFor();
    await scan(page, 'SO-WEB-1');
    await page.getByLabel('Scan item').waitFor();
    for (const sku of [w.tee.sku, w.cap.sku, w.tee.sku]) {
      await scan(page, sku);
      await expectMessage(page, 'Done', `Pack ${sku}`);
    }
    await page.getByLabel('Weight in grams').waitFor();
    await page.keyboard.press('Enter');
    await expectMessage(page, 'Done', 'Parcel closed');
    await page.getByRole('button', { name: 'Create label' }).click();
    await expectMessage(page, 'Done', /Label \S+ \(SANDBOX EXPRESS\)/);
    await screenshot(page, 'scan-pack');

    const [tab] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Open label PDF' }).click()]);
    await tab.waitForURL(/^blob:/, { timeout: 15_000 });
    await tab.close();
    await page.getByRole('button', { name: 'Print ZPL on pack-1' }).click();
    await expectMessage(page, 'Done', 'sent to pack-1');
    await eventually(async () => printed.length === 1, 'the ZPL job at the printer');
    expect(printed[0]).toMatch(/^\^XA[\s\S]*\^XZ\s*$/);
  });

  it('queues scans offline, replays them in order exactly once, and keeps a refused one to resolve', async () => {
    const { page, context } = b;
    const stock = await w.lead.get<{ items: (Row & { locationCode: string; locationType?: string; available: number })[] }>(`/stock?productId=${w.tee.id}&warehouseId=${w.warehouse.id}`);
    const from = stock.items.find((s) => s.locationType === 'storage' && s.available >= 2)!;
    const movesBefore = (await w.lead.get<{ items: Row[] }>(`/stock-movements?type=move&productId=${w.tee.id}`)).items.length;

    await page.goto('/scan/move');
    await page.getByLabel('Scan from bin').waitFor();
    await context.setOffline(true);
    await page.getByText('Offline — scans are saved on this device').waitFor();
    await scan(page, from.locationCode);
    for (let i = 0; i < 2; i++) {
      await page.getByLabel('Scan item').waitFor();
      await scan(page, w.tee.sku);
      await scan(page, '1');
      await page.getByLabel('Scan to bin').waitFor();
      await scan(page, 'B-01-01-01');
      await expectMessage(page, 'Pending', 'Saved offline');
    }
    // A move out of an empty bin: the server will refuse it when it is replayed.
    await page.getByRole('button', { name: 'Start again' }).click();
    await scan(page, 'B-02-05-03');
    await scan(page, w.tee.sku);
    await scan(page, '1');
    await scan(page, 'B-01-01-01');
    // The message is the same as for the scans before: the queue's count says the third one is stored.
    await eventually(async () => (await page.getByTestId('pending-count').textContent()) === '3', 'three scans queued offline');
    await screenshot(page, 'scan-offline');

    // The first replay reaches the server but its answer is lost on the way back: the app must
    // send it again with the same Idempotency-Key, and the server must not move the stock twice.
    let dropped = 0;
    await page.route('**/api/v1/scans', async (route) => {
      if (dropped > 0) return route.continue();
      dropped++;
      await route.fetch();
      await route.abort('connectionreset');
    });
    await context.setOffline(false);
    await eventually(async () => dropped === 1, 'the first replay');
    await page.getByRole('button', { name: 'Send now' }).click();
    await page.getByTestId('failed-count').waitFor({ timeout: 15_000 });
    await eventually(async () => (await page.getByTestId('pending-count').textContent()) === '0', 'the queue to drain');
    await page.getByText(/Refused by the server/).waitFor();
    await screenshot(page, 'scan-offline-replayed');

    const moves = (await w.lead.get<{ items: (Row & { quantity: number })[] }>(`/stock-movements?type=move&productId=${w.tee.id}`)).items;
    expect(moves.length - movesBefore).toBe(2);
    await page.getByRole('button', { name: 'Discard' }).click();
    await page.getByTestId('failed-count').waitFor({ state: 'detached' });
    await page.unroute('**/api/v1/scans');
  });

  it('a buyer drafts a purchase order with live totals; a second user, a manager, approves it and opens its document', async () => {
    const { page, context } = b;
    await logout(page);
    await login(page, 'buyer@demo.wms');
    await page.goto('/purchase-orders');
    await page.getByRole('link', { name: 'New purchase order' }).click();
    await page.getByLabel('Supplier', { exact: true }).selectOption(w.supplierId);
    await page.getByLabel('Deliver to warehouse').selectOption(w.warehouse.id);
    await page.getByRole('button', { name: 'Add line' }).click();
    await page.getByLabel('Product of line 1').selectOption(w.tee.id);
    await page.getByLabel('Quantity of line 1').fill('3000');
    await page.getByRole('button', { name: 'Add line' }).click();
    await page.getByLabel('Product of line 2').selectOption(w.cap.id);
    await page.getByLabel('Quantity of line 2').fill('1200');
    // 3000 × 18.50 + 1200 × 9.00 CNY: over the approval threshold once converted to USD.
    await page.getByTestId('po-total').filter({ hasText: 'CNY 66,300.00' }).waitFor();
    await screenshot(page, 'purchase-order-editor');
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.getByRole('button', { name: 'Submit for approval' }).click();
    await page.getByText('The order is now submitted').waitFor();
    const number = (await page.getByRole('heading', { level: 1 }).textContent())!;

    await logout(page);
    await login(page, 'buying.manager@demo.wms');
    await page.goto('/purchase-orders');
    await page.getByLabel('Awaiting my approval').check();
    await page.getByRole('link', { name: number }).click();
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByText('The order is now approved').waitFor();
    await page.locator('.facts .badge', { hasText: 'approved' }).waitFor();
    await screenshot(page, 'purchase-order-detail');
    const [tab] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Open PO document (PDF)' }).click()]);
    await tab.waitForURL(/^blob:/, { timeout: 15_000 });
    await tab.close();

    const approved = await (await Api.login(baseUrl, 'buyer@demo.wms')).get<{ items: (Row & { number: string; status: string })[] }>(`/purchase-orders?q=${number}`);
    expect(approved.items.map((o) => o.status)).toEqual(['approved']);
    await page.goto('/purchase-orders');
    await page.getByRole('link', { name: number }).waitFor();
    await screenshot(page, 'purchase-orders');
  });

  it('shows the dashboard charts, and the scan station fits a 360 px handheld', async () => {
    const { page } = b;
    await page.goto('/');
    await page.getByText('Late purchase orders per supplier').waitFor();
    await page.locator('.chart svg').first().waitFor();
    await screenshot(page, 'dashboard');

    await logout(page);
    await page.setViewportSize({ width: 360, height: 740 });
    await login(page, 'picker@demo.wms');
    await page.goto('/scan/putaway');
    await page.getByLabel('Scan item').waitFor();
    expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(page, 'scan-station-360px');
    // blob: URLs (the PDFs) report the opaque origin "null".
    expect([...origins].filter((o) => o !== 'null')).toEqual([baseUrl]);
  });
});
