import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { API_KEY_AUTH, USER_AUTH } from '../../identity/access.decorators';
import { PROBLEM_CONTENT_TYPE } from '../errors';
import { ProblemDto } from './problem.dto';

const problem = (description: string) => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/ProblemDto' } } },
});

/**
 * Adds the responses every operation can give, so each operation documents its 4xx answers
 * without every controller repeating them: 400 where there is input, 404 where there is an id.
 */
function addCommonResponses(document: OpenAPIObject): void {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const op of Object.values(item)) {
      if (!op || typeof op !== 'object' || !('responses' in op)) continue;
      const responses = op.responses as Record<string, unknown>;
      const hasInput = !!op.requestBody || (op.parameters?.length ?? 0) > 0;
      if (hasInput) responses['400'] ??= problem('Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them).');
      if (path.includes('{')) responses['404'] ??= problem('No such resource.');
      // Problems are served as application/problem+json whatever the route produces otherwise
      // (a PDF download still answers its errors as problems).
      for (const [status, response] of Object.entries(responses)) {
        const r = response as { content?: Record<string, unknown> };
        if (Number(status) >= 400 && r.content && !r.content[PROBLEM_CONTENT_TYPE]) {
          r.content = { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/ProblemDto' } } };
        }
      }
    }
  }
}

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('WMS API')
    .setDescription(
      'Supply chain and warehouse management: purchase orders, inbound shipments, stock, fulfilment, parcels and carriers. ' +
        'Users sign in at `POST /api/v1/auth/login` and send the access token as a bearer token. Partners send their API key as ' +
        '`X-Api-Key` or as a bearer token. Errors are RFC 9457 `application/problem+json` with a stable `code`.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Access token from /auth/login' }, USER_AUTH)
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Api-Key', description: 'Partner API key (also accepted as a bearer token)' }, API_KEY_AUTH)
    .build();
  const document = SwaggerModule.createDocument(app, config, { extraModels: [ProblemDto] });
  addCommonResponses(document);
  return document;
}

export function setupOpenApi(app: INestApplication): void {
  SwaggerModule.setup('docs', app, () => buildOpenApiDocument(app), { jsonDocumentUrl: 'docs-json', customSiteTitle: 'WMS API' });
}
