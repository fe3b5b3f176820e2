import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { mergeMap, Observable } from 'rxjs';
import { REPLAYED_HEADER } from '../common/idempotency/idempotency.interceptor';
import { AUDIT_METADATA, AuditSpec } from './audit.decorator';
import { AuditService } from './services/audit.service';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Records every successful state-changing request in the audit log: actor, action, entity, a
 * redacted copy of the request body, and the request id that ties it to the logs.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Audit');

  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request>();
    const spec = this.reflector.getAllAndOverride<AuditSpec | false | undefined>(AUDIT_METADATA, [context.getHandler(), context.getClass()]);
    if (!WRITE_METHODS.has(req.method) || spec === false) return next.handle();

    return next.handle().pipe(
      // Awaited before the response goes out, so a client that reads the audit log next sees the event.
      mergeMap(async (body: unknown) => {
        const actor = req.actor;
        const res = context.switchToHttp().getResponse<Response>();
        // A replayed idempotent request changed nothing the first one did not already record.
        if (!actor || res.getHeader(REPLAYED_HEADER)) return body;
        const bodyId = body && typeof body === 'object' && 'id' in body ? String((body as { id: unknown }).id) : undefined;
        const entityId = bodyId ?? (typeof req.params.id === 'string' ? req.params.id : null);
        const action = spec ? spec.action : `${context.getClass().name.replace(/Controller$/, '')}.${context.getHandler().name}`;
        await this.audit
          .record({
            actor,
            action,
            entityType: spec ? spec.entityType : null,
            entityId,
            summary: { method: req.method, path: req.originalUrl.split('?')[0], body: req.body as unknown },
            requestId: String(req.id ?? ''),
            httpStatus: res.statusCode,
          })
          .catch((err: unknown) => this.logger.error({ err }, 'Could not write the audit event'));
        return body;
      }),
    );
  }
}
