import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { RequestMethod } from '@nestjs/common';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_SCHEMA_FILE, renderApiSchema } from './support/api-schema';

/**
 * `npm run web:client`: writes the web app's API types from the OpenAPI document of the compiled app
 * (`nest build` applies the Swagger plugin that describes the DTOs). Preview mode maps the routes
 * without creating providers, so no database is needed.
 */
async function main(): Promise<void> {
  process.env.LOG_LEVEL = 'silent';
  const dist = join(__dirname, '..', '..', 'dist', 'src');
  /* eslint-disable @typescript-eslint/no-require-imports -- the compiled app is loaded at run time, after `nest build` */
  const { AppModule } = require(join(dist, 'app.module'));
  const { buildOpenApiDocument } = require(join(dist, 'common', 'http', 'openapi'));
  const { API_PREFIX } = require(join(dist, 'common', 'http', 'configure-app'));
  /* eslint-enable @typescript-eslint/no-require-imports */
  const app = await NestFactory.create(AppModule.register(), { preview: true, logger: false, bodyParser: false, abortOnError: false });
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'health', method: RequestMethod.GET },
      { path: 'metrics', method: RequestMethod.GET },
    ],
  });
  const schema = renderApiSchema(buildOpenApiDocument(app));
  await app.close();
  writeFileSync(join(__dirname, '..', '..', API_SCHEMA_FILE), schema);
  console.log(`wrote ${API_SCHEMA_FILE} (${schema.length} characters)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
