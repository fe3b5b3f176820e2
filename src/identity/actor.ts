import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { PartnerKind, Role, Scope } from './roles';

export interface UserActor {
  kind: 'user';
  id: string;
  email: string;
  roles: Role[];
}

export interface ApiKeyActor {
  kind: 'api_key';
  id: string;
  partnerId: string;
  partnerKind: PartnerKind;
  scopes: Scope[];
  /** The key's own requests-per-minute limit; null for the default. */
  rateLimitPerMinute: number | null;
}

/** Who is making the request; set by the access guard, read by services for audit and scoping. */
export type Actor = UserActor | ApiKeyActor;

/** For work not started by a request (jobs, CLI). */
export interface SystemActor {
  kind: 'system';
  id: string;
}

export type AnyActor = Actor | SystemActor;

export function actorLabel(actor: AnyActor): string {
  if (actor.kind === 'user') return actor.email;
  if (actor.kind === 'api_key') return `api-key:${actor.id}`;
  return `system:${actor.id}`;
}

declare module 'express-serve-static-core' {
  interface Request {
    actor?: Actor;
  }
}

/** The authenticated actor of the request. Only on routes that are not `@Public()`. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const actor = ctx.switchToHttp().getRequest<Request>().actor;
  if (!actor) throw new Error('CurrentActor used on a route without authentication');
  return actor;
});
