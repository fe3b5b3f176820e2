import { fetchTwice } from './support/api';
import { webEnv } from './support/web-app-env';

/** The API process serves the web app at `/` without taking any of the API's own paths. */
describe('Serving the web app', () => {
  const { baseUrl } = webEnv();
  const get = (path: string, accept = 'text/html') => fetchTwice(`${baseUrl}${path}`, { headers: { Accept: accept } });

  it('answers deep links with the app, so reloads and bookmarks work', async () => {
    for (const path of ['/', '/purchase-orders/4e0c7a53-1c1a-4d5b-9a43-5f3d0c3c1a10', '/scan/pick']) {
      const res = await get(path);
      expect({ path, status: res.status, type: res.headers.get('content-type') }).toEqual({ path, status: 200, type: expect.stringContaining('text/html') });
      expect(await res.text()).toContain('<div id="root">');
    }
  });

  it('serves hashed assets for a year and the page itself never stale', async () => {
    const html = await (await get('/')).text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1];
    const asset = await get(script, '*/*');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await get('/')).headers.get('cache-control')).toBe('no-cache');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('leaves the API, its docs, health and metrics alone', async () => {
    const unknown = await get('/api/v1/no-such-route', 'text/html');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
    expect((await get('/docs')).status).toBe(200);
    expect(await (await get('/docs')).text()).toContain('swagger');
    expect((await get('/docs-json', 'application/json')).headers.get('content-type')).toContain('application/json');
    expect((await get('/health', 'application/json')).status).toBe(200);
    expect((await get('/metrics', 'text/plain')).status).toBe(200);
    expect((await fetchTwice(`${baseUrl}/api/v1/auth/me`)).status).toBe(401);
  });
});
