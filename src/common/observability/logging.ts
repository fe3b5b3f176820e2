import { RequestMethod } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Params } from 'nestjs-pino';
import { Environment } from '../../config/environment';

/**
 * JSON logs, one line per event, with the request id on every line of a request. Credentials are
 * removed before anything is written.
 */
export function loggerParams(env: Environment): Params {
  return {
    // Express 5 route syntax; the library's default ('*') logs a deprecation warning at boot.
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
    pinoHttp: {
      level: env.LOG_LEVEL,
      // Set by the first middleware (assignRequestId); generated here only outside the HTTP pipeline.
      genReqId: (req: IncomingMessage) => req.id ?? randomUUID(),
      customProps: (req: IncomingMessage) => ({ requestId: req.id }),
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers["x-api-key"]',
          'req.headers.cookie',
          'res.headers["set-cookie"]',
          '*.password',
          '*.refreshToken',
          '*.accessToken',
          '*.key',
        ],
        censor: '[redacted]',
      },
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url?.split('?')[0] }),
      },
      autoLogging: { ignore: (req: IncomingMessage) => req.url === '/health' || req.url === '/metrics' },
    },
  };
}
