import { Browser, login, openBrowser, screenshot } from './support/browser';
import { spikeWorld, SpikeWorld } from './support/planning-world';
import { webEnv } from './support/web-app-env';

type Row = Record<string, unknown> & { id: string };

/**
 * A buyer on the planning screen: a SKU goes viral, a recompute suggests a sea reorder and an air
 * expedite, its projection shows the draft already on the way and the stock-out, the air expedite is
 * dismissed with a reason and the reorder becomes a draft purchase order. The dashboard ranks it
 * among the stock at risk.
 */
describe('Planning in the browser', () => {
  const { baseUrl, databaseUrl } = webEnv();
  let b: Browser;
  let w: SpikeWorld;

  beforeAll(async () => {
    w = await spikeWorld(baseUrl, databaseUrl);
    b = await openBrowser(baseUrl);
  });
  afterAll(async () => {
    await b?.close();
  });

  it('recomputes, shows the projection, dismisses one suggestion and turns another into a draft PO', async () => {
    const { page } = b;
    const sku = w.product.sku;
    await login(page, 'buyer@demo.wms');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Planning' }).click();
    await page.getByRole('heading', { name: 'Planning' }).waitFor();
    await page.getByRole('button', { name: 'Recompute now' }).click();
    await page.getByText(/^Recomputed:/).waitFor({ timeout: 60_000 });
    const projectionLink = page.getByRole('link', { name: `Projection of ${sku} in US-NJ1` }).first();
    await page.getByLabel('Spikes only').check();
    await projectionLink.waitFor();
    await page.getByRole('checkbox', { name: `Select ${sku} Reorder by sea` }).waitFor();
    await page.getByRole('button', { name: `Dismiss ${sku} Expedite by air` }).waitFor();
    await screenshot(page, 'planning');

    await projectionLink.click();
    await page.getByRole('heading', { name: `Projection: ${sku}` }).waitFor();
    const arrival = page.getByTestId('projection-chart').locator('.arrival-marker', { hasText: w.draft.number });
    await arrival.waitFor();
    expect(await arrival.locator('text').textContent()).toBe(`+20 draft ${w.draft.number}`);
    expect(await page.getByTestId('projection-chart').locator('.stockout-marker').count()).toBe(1);
    await page.getByTestId('spike-info').filter({ hasText: /Demand spike: \d+(\.\d)?× the baseline/ }).waitFor();
    await screenshot(page, 'planning-projection');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
    const atRisk = page.locator('figure', { hasText: 'Stock at risk (days of cover)' });
    await atRisk.locator('svg text', { hasText: `${sku} · US-NJ1` }).waitFor();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Planning' }).click();
    await page.getByRole('button', { name: `Dismiss ${sku} Expedite by air` }).click();
    await page.getByLabel('Reason').fill('The supplier cannot book air space before next month.');
    await page.getByRole('button', { name: 'Dismiss suggestion' }).click();
    await page.getByText(`Dismissed ${sku}.`).waitFor();
    await page.getByRole('button', { name: `Dismiss ${sku} Expedite by air` }).waitFor({ state: 'detached' });

    await page.getByRole('checkbox', { name: `Select ${sku} Reorder by sea` }).check();
    await page.getByRole('button', { name: 'Create draft POs (1)' }).click();
    const created = page.getByTestId('ordered-pos').getByRole('link');
    await created.first().waitFor();
    const number = (await created.first().textContent())!;
    const found = await w.buyer.get<{ items: (Row & { number: string; status: string })[] }>(`/purchase-orders?q=${number}`);
    expect(found.items.map((o) => o.status)).toEqual(['draft']);
    const po = await w.buyer.get<Row & { lines: { productId: string; quantity: number }[] }>(`/purchase-orders/${found.items[0].id}`);
    expect(po.lines.map((l) => l.productId)).toEqual([w.product.id]);
    expect(po.lines[0].quantity % 20).toBe(0);

    await created.first().click();
    await page.getByRole('heading', { level: 1, name: number }).waitFor();
  });

  it('fits a 360 px screen', async () => {
    const { page } = b;
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/planning');
    await page.getByRole('button', { name: 'Recompute now' }).waitFor();
    await page.getByRole('region', { name: /Replenishment suggestions/ }).or(page.getByText('No open suggestions match.')).first().waitFor();
    expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
