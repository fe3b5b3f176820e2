import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Request } from 'express';

/** Counts requests per API key (or user) when authenticated, per client address otherwise. */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    const request = req as unknown as Request;
    return request.actor ? `${request.actor.kind}:${request.actor.id}` : `ip:${request.ip}`;
  }
}

/** A partner key's own per-minute limit when it has one, else the default. */
export function partnerLimit(context: ExecutionContext, fallback: number): number {
  const actor = context.switchToHttp().getRequest<Request>().actor;
  return actor?.kind === 'api_key' && actor.rateLimitPerMinute ? actor.rateLimitPerMinute : fallback;
}
