import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** Where the web app keeps the generated API types (checked in, so a changed API breaks its build). */
export const API_SCHEMA_FILE = 'src/web/src/api/schema.d.ts';

const HEADER = [
  '/**',
  " * Generated from the API's OpenAPI document by `npm run web:client`; do not edit by hand.",
  ' * The browser test test/web/api-schema.web-spec.ts fails when this file and the API disagree.',
  ' */',
  '',
].join('\n');

/** The TypeScript types openapi-fetch needs, rendered from an OpenAPI document. */
export function renderApiSchema(document: unknown): string {
  const types = execFileSync(process.execPath, [join(__dirname, 'render-api-schema.mjs')], {
    input: JSON.stringify(document),
    maxBuffer: 64 * 1024 * 1024,
    encoding: 'utf8',
  });
  return HEADER + types;
}
