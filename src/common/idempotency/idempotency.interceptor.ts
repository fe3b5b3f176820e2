import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectRepository } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { catchError, from, mergeMap, Observable, of, throwError } from 'rxjs';
import { Repository } from 'typeorm';
import { ConflictError, UnprocessableError, ValidationFailedError } from '../errors';
import { IDEMPOTENCY_HEADER, IDEMPOTENCY_METADATA } from './idempotent.decorator';
import { IdempotencyRecord } from './idempotency-record.entity';

export const REPLAYED_HEADER = 'Idempotent-Replayed';
const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function callerKey(req: Request): string {
  return `${req.actor!.kind}:${req.actor!.id}`;
}

/** A first request still "in progress" after this long died with its process; a repeat may take over. */
const ABANDONED_AFTER_MS = 120_000;

/** Stores the first response per (caller, key) and replays it for repeats; see docs/architecture.md. */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    @InjectRepository(IdempotencyRecord) private readonly records: Repository<IdempotencyRecord>,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request>();
    // Public routes (login, refresh) are left out: their responses carry tokens, which must not be stored.
    if (!WRITE_METHODS.has(req.method) || !req.actor) return next.handle();
    // Every write honours the header when sent; `@Idempotent({ required: true })` routes demand it.
    const options = this.reflector.get<{ required: boolean } | undefined>(IDEMPOTENCY_METADATA, context.getHandler()) ?? { required: false };
    const res = context.switchToHttp().getResponse<Response>();
    const key = req.headers[IDEMPOTENCY_HEADER];
    if (key === undefined) {
      if (options.required) throw new ValidationFailedError([{ field: 'Idempotency-Key', message: 'Idempotency-Key header is required on this route' }]);
      return next.handle();
    }
    if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
      throw new ValidationFailedError([{ field: 'Idempotency-Key', message: 'Idempotency-Key must be 1–200 visible ASCII characters' }]);
    }
    const path = req.originalUrl.split('?')[0];
    const requestHash = createHash('sha256').update(`${req.method} ${path}\n${JSON.stringify(req.body ?? null)}`).digest('hex');
    const id = { callerKey: callerKey(req), key };

    return from(this.claim(id, req.method, path, requestHash)).pipe(
      mergeMap((stored) => {
        if (stored) {
          res.status(stored.responseStatus!);
          res.setHeader(REPLAYED_HEADER, 'true');
          return of(stored.responseBody);
        }
        return next.handle().pipe(
          mergeMap(async (body: unknown) => {
            await this.records.query(
              'UPDATE idempotency_record SET response_status = $3, response_body = $4 WHERE caller_key = $1 AND key = $2',
              [id.callerKey, id.key, res.statusCode, JSON.stringify(body ?? null)],
            );
            return body;
          }),
          // A failed request leaves no record, so the client may send the same key again.
          catchError((error: unknown) => from(this.records.delete(id)).pipe(mergeMap(() => throwError(() => error)))),
        );
      }),
    );
  }

  /** Inserts the record, or returns the completed one; throws for a different body or one in progress. */
  private async claim(id: Pick<IdempotencyRecord, 'callerKey' | 'key'>, method: string, path: string, requestHash: string): Promise<IdempotencyRecord | null> {
    const inserted: unknown[] = await this.records.query(
      `INSERT INTO idempotency_record (caller_key, key, method, path, request_hash) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING RETURNING key`,
      [id.callerKey, id.key, method, path, requestHash],
    );
    if (inserted.length > 0) return null;
    const existing = await this.records.findOneByOrFail(id);
    if (existing.requestHash !== requestHash) {
      throw new UnprocessableError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used with a different request body or route.');
    }
    if (existing.responseStatus === null && Date.now() - existing.createdAt.getTime() > ABANDONED_AFTER_MS) {
      await this.records.delete({ ...id, createdAt: existing.createdAt });
      return this.claim(id, method, path, requestHash);
    }
    if (existing.responseStatus === null) {
      throw new ConflictError('IDEMPOTENCY_IN_PROGRESS', 'A request with this Idempotency-Key is still being processed; retry shortly.');
    }
    return existing;
  }
}
