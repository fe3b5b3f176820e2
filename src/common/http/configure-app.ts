import { INestApplication, RequestMethod, ValidationPipe } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { Environment } from '../../config/environment';
import { ProblemDetailsFilter } from '../errors';
import { validationExceptionFactory } from '../validation/validation-exception.factory';
import { httpMetrics } from '../observability/http-metrics.middleware';
import { MetricsService } from '../observability/metrics.service';
import { setupOpenApi } from './openapi';
import { assignRequestId, bodyParserErrors, bodyParsers } from './request-pipeline';

export const API_PREFIX = 'api/v1';

/**
 * Everything about the HTTP surface that is not a route: shared by main.ts and the e2e tests.
 * The app must be created with `bodyParser: false`; the parsers are installed here, after the request id.
 */
export function configureApp(app: NestExpressApplication, env: Environment): INestApplication {
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'health', method: RequestMethod.GET },
      { path: 'metrics', method: RequestMethod.GET },
    ],
  });
  app.use(assignRequestId, httpMetrics(app.get(MetricsService)), ...bodyParsers(env.BODY_LIMIT), bodyParserErrors);
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  app.use(
    helmet({
      // The Swagger UI at /docs needs inline scripts and styles; the API itself returns JSON only.
      contentSecurityPolicy: { directives: { 'script-src': ["'self'", "'unsafe-inline'"], 'style-src': ["'self'", "'unsafe-inline'"] } },
    }),
  );
  const origins = env.CORS_ORIGINS?.split(',').map((o) => o.trim()).filter(Boolean);
  if (origins?.length) {
    app.enableCors({
      origin: origins.includes('*') ? true : origins,
      exposedHeaders: ['X-Request-Id', 'Retry-After', 'Idempotent-Replayed'],
      maxAge: 600,
    });
  }
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: validationExceptionFactory,
    }),
  );
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.enableShutdownHooks();
  setupOpenApi(app);
  return app;
}
