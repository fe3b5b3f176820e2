import { buildOpenApiDocument } from '../../src/common/http/openapi';
import { createTestApp } from '../support/test-app';

it('doc', async () => {
  const t = await createTestApp();
  const doc = buildOpenApiDocument(t.app);
  const s = doc.components?.schemas ?? {};
  console.error(JSON.stringify({ c: s.CreateLocationDto, l: s.LocationDto, q: doc.paths['/api/v1/warehouses/{id}/locations'].get?.parameters }));
  await t.close();
});
