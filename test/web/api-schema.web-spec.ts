import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fetchTwice } from './support/api';
import { API_SCHEMA_FILE, renderApiSchema } from './support/api-schema';
import { webEnv } from './support/web-app-env';

/** The web app talks to the API only through types generated from this document: they must agree. */
describe('Web app API client', () => {
  it('is generated from the running app’s OpenAPI document (run `npm run web:client` after an API change)', async () => {
    const document = await (await fetchTwice(`${webEnv().baseUrl}/docs-json`)).json();
    const checkedIn = readFileSync(join(__dirname, '..', '..', API_SCHEMA_FILE), 'utf8').split('\n');
    const current = renderApiSchema(document).split('\n');
    // Line by line, so a failure names the first difference instead of printing half a megabyte.
    const first = checkedIn.findIndex((line, i) => line !== current[i]);
    const difference = first === -1 && checkedIn.length === current.length ? null : { line: first + 1, checkedIn: checkedIn[first], current: current[first] };
    expect(difference).toBeNull();
  });
});
