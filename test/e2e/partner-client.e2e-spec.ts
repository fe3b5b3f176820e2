import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as openapiFetch from 'openapi-fetch';
import * as ts from 'typescript';
import { as, apparel, boxTypes, carriers, CarrierSetup, fxRates, londonWarehouse, packedParcels, receive, shippingStaff } from '../support/shipping-fixtures';
import { MANUAL_JOBS } from '../support/procurement-fixtures';
import { createTestApp, TestApp } from '../support/test-app';

/**
 * What a carrier's developer writes from the OpenAPI document alone: types generated with
 * openapi-typescript, calls made with openapi-fetch. Compiled strictly against the generated
 * types, then run against the live API.
 */
const CARRIER_CLIENT = `
import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

type ReadyParcel = components['schemas']['ReadyParcelDto'];

export async function run(baseUrl: string, apiKey: string, warehouseId: string, date: string) {
  const client = createClient<paths>({ baseUrl, headers: { 'X-Api-Key': apiKey } });
  const ready = await client.GET('/api/v1/partner/parcels', { params: { query: { warehouseId, limit: 50 } } });
  if (!ready.data) throw new Error('listing parcels failed: ' + JSON.stringify(ready.error));
  const parcels: ReadyParcel[] = ready.data.items;
  const closed = await client.POST('/api/v1/partner/manifests', { body: { warehouseId, date } });
  if (!closed.data) throw new Error('closing the manifest failed: ' + JSON.stringify(closed.error));
  const pickup = await client.POST('/api/v1/partner/manifests/{id}/pickup', { params: { path: { id: closed.data.id } } });
  const reported = await client.POST('/api/v1/partner/tracking-events', {
    body: { events: parcels.map((p) => ({ tracking_number: p.trackingNumber, occurred_at: new Date().toISOString(), status: 'in_transit' as const, carrier_code: 'EMA' })) },
  });
  if (!reported.data) throw new Error('reporting events failed: ' + JSON.stringify(reported.error));
  const timeline = await client.GET('/api/v1/parcels/{id}/tracking', { params: { path: { id: parcels[0].parcelId } } });
  return {
    trackingNumbers: parcels.map((p) => p.trackingNumber),
    weights: parcels.map((p) => p.grossWeightG),
    manifest: closed.data.number,
    pickedUp: pickup.data?.pickedUpAt != null,
    accepted: reported.data.accepted,
    trackingStatus: timeline.data?.trackingStatus,
  };
}
`;

/** The same call with a misspelt field: the generated types must refuse it. */
const MISTYPED_CLIENT = `
import createClient from 'openapi-fetch';
import type { paths } from './schema';

export async function run() {
  const client = createClient<paths>({ baseUrl: 'http://localhost' });
  await client.POST('/api/v1/partner/tracking-events', { body: { events: [{ trackingNumber: 'LX1', occurred_at: '', status: 'in_transit', carrier_code: 'X' }] } });
}
`;

function typeErrors(dir: string, file: string): string[] {
  const program = ts.createProgram([join(dir, file)], {
    strict: true, noEmit: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022,
    skipLibCheck: true, typeRoots: [], types: [], baseUrl: process.cwd(), paths: { 'openapi-fetch': [join(process.cwd(), 'node_modules/openapi-fetch')] },
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

/** Runs the client as a carrier would, resolving its one dependency from this project. */
function load(source: string): { run: (...args: string[]) => Promise<Record<string, unknown>> } {
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true } }).outputText;
  const module = { exports: {} as Record<string, unknown> };
  const requireFromProject = (name: string) => {
    if (name !== 'openapi-fetch') throw new Error(`unexpected import ${name}`);
    return openapiFetch;
  };
  new Function('module', 'exports', 'require', js)(module, module.exports, requireFromProject);
  return module.exports as never;
}

describe('A carrier client generated from the OpenAPI document', () => {
  let t: TestApp;
  let c: CarrierSetup;
  let dir: string;
  let baseUrl: string;
  let warehouseId: string;

  beforeAll(async () => {
    t = await createTestApp({ ...MANUAL_JOBS });
    await t.truncate();
    const staff = await shippingStaff(t);
    const warehouse = await londonWarehouse(t);
    warehouseId = warehouse.warehouseId;
    await apparel(t);
    await boxTypes(t, staff.lead);
    await fxRates(t, staff.admin);
    await receive(t, staff.packer, warehouse.bin('A-01-01-01'), 'TEE-BLK-M', 5);
    c = await carriers(t, staff);
    const parcels = await packedParcels(t, staff, warehouse, {
      'DE-9': { lines: [{ sku: 'TEE-BLK-M', quantity: 1 }], shipTo: { name: 'Max Mustermann', addressLines: ['Unter den Linden 5'], city: 'Berlin', postcode: '10117', country: 'DE' }, iossNumber: 'IM2760000001' },
    });
    await t.http.post(`/api/v1/parcels/${parcels['DE-9']}/label`).set(as(staff.logistics)).send({ carrierId: c.postalId, serviceCode: 'INTL-LETTER' }).expect(201);

    await t.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    const document = (await t.http.get('/docs-json').expect(200)).body;
    dir = mkdtempSync(join(tmpdir(), 'partner-client-'));
    writeFileSync(join(dir, 'openapi.json'), JSON.stringify(document));
    // The published CLI, as a carrier's developer would run it (the package is ESM-only inside).
    execFileSync(process.execPath, [join(dirname(require.resolve('openapi-typescript/package.json')), 'bin', 'cli.js'), join(dir, 'openapi.json'), '--output', join(dir, 'schema.ts')], { stdio: 'pipe' });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'commonjs' }));
  }, 120_000);
  afterAll(() => t.close());

  it('compiles strictly against the generated types, and the types catch a misspelt field', () => {
    writeFileSync(join(dir, 'carrier-client.ts'), CARRIER_CLIENT);
    expect(typeErrors(dir, 'carrier-client.ts')).toEqual([]);
    writeFileSync(join(dir, 'mistyped-client.ts'), MISTYPED_CLIENT);
    expect(typeErrors(dir, 'mistyped-client.ts').join('\n')).toMatch(/trackingNumber/);
  }, 60_000);

  it('lists, manifests, confirms the pickup and reports tracking through the typed client', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
    const result = await load(CARRIER_CLIENT).run(baseUrl, c.postalKey, warehouseId, today);
    expect(result).toMatchObject({ manifest: expect.stringMatching(/^MF-POSTAL-GB-LON1-/), pickedUp: true, accepted: 1, trackingStatus: 'in_transit' });
    expect(result.trackingNumbers).toEqual([expect.stringMatching(/^LX\d{9}GB$/)]);
    expect(result.weights).toEqual([expect.any(Number)]);
  });
});
