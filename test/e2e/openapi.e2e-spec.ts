import SwaggerParser from '@apidevtools/swagger-parser';
import { createTestApp, TestApp } from '../support/test-app';

type Operation = { summary?: string; responses: Record<string, unknown>; security?: unknown[]; requestBody?: unknown; parameters?: unknown[] };

describe('OpenAPI document', () => {
  let t: TestApp;
  let doc: { openapi: string; paths: Record<string, Record<string, Operation>>; components: { securitySchemes: Record<string, unknown> } };

  beforeAll(async () => {
    t = await createTestApp();
    doc = (await t.http.get('/docs-json').expect(200)).body;
  });
  afterAll(() => t.close());

  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ id: `${method.toUpperCase()} ${path}`, path, op })));

  it('is a valid OpenAPI 3 document', async () => {
    expect(doc.openapi).toMatch(/^3\./);
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeDefined();
  });

  it('declares both auth schemes', () => {
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(['partner-api-key', 'user-jwt']);
  });

  it('gives every operation a summary, a success response and its 4xx problem responses', () => {
    for (const { id, op } of operations()) {
      expect({ id, summary: !!op.summary }).toEqual({ id, summary: true });
      const codes = Object.keys(op.responses);
      expect({ id, success: codes.some((c) => /^2\d\d$/.test(c)) }).toEqual({ id, success: true });
      if (id.startsWith('GET /health')) continue;
      expect({ id, clientErrors: codes.some((c) => /^4\d\d$/.test(c)) }).toEqual({ id, clientErrors: true });
      for (const code of codes.filter((c) => /^4\d\d$/.test(c))) {
        const content = (op.responses[code] as { content?: Record<string, unknown> }).content;
        expect({ id, code, types: content ? Object.keys(content) : [] }).toEqual({ id, code, types: ['application/problem+json'] });
      }
    }
  });

  it('documents 401/403 and a security requirement on every protected operation', () => {
    for (const { id, op, path } of operations()) {
      if (path === '/health' || /\/auth\/(login|refresh|logout)$/.test(path)) continue;
      expect({ id, secured: (op.security?.length ?? 0) > 0 }).toEqual({ id, secured: true });
      expect({ id, has401: '401' in op.responses, has403: '403' in op.responses }).toEqual({ id, has401: true, has403: true });
    }
  });

  it('describes request bodies with schemas', () => {
    const login = doc.paths['/api/v1/auth/login'].post;
    const schema = JSON.stringify(login.requestBody);
    expect(schema).toContain('LoginDto');
  });
});
