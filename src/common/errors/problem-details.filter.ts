import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { PROBLEM_CONTENT_TYPE } from './problem-details';
import { toProblem, withType } from './to-problem';

/** The single place where errors become HTTP responses: always `application/problem+json`. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request>();
    const res = ctx.getResponse<Response>();
    if (res.headersSent) return;

    const requestId = String(req.id ?? '');
    let core = toProblem(exception);
    if (!core) {
      this.logger.error({ err: exception, requestId }, 'Unhandled error');
      core = { status: 500, code: 'INTERNAL', title: 'Internal server error', detail: 'An unexpected error occurred; quote the request id when reporting it.' };
    } else if (core.status === 429 && !res.getHeader('Retry-After')) {
      res.setHeader('Retry-After', '60');
    }
    res
      .status(core.status)
      .type(PROBLEM_CONTENT_TYPE)
      .send(JSON.stringify(withType(core, { instance: req.originalUrl?.split('?')[0], requestId })));
  }
}
