import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ForbiddenError, UnauthorizedError } from '../../common/errors';
import { ACCESS_METADATA, AccessRule } from '../access.decorators';
import { Actor } from '../actor';
import { Role } from '../roles';
import { ApiKeyService } from '../services/api-key.service';
import { AuthService } from '../services/auth.service';
import { API_KEY_PREFIX } from '../services/secret-tokens';

/** Reads credentials: `Authorization: Bearer <jwt | api key>` or `X-Api-Key: <api key>`. */
function credentials(req: Request): { apiKey?: string; jwt?: string } {
  const header = req.headers['x-api-key'];
  if (typeof header === 'string' && header) return { apiKey: header.trim() };
  const auth = req.headers.authorization;
  const match = typeof auth === 'string' ? /^Bearer\s+(\S+)$/i.exec(auth) : null;
  if (!match) return {};
  return match[1].startsWith(API_KEY_PREFIX) ? { apiKey: match[1] } : { jwt: match[1] };
}

export function isAllowed(rule: AccessRule, actor: Actor): boolean {
  if (actor.kind === 'user') {
    if (!rule.roles) return false;
    return rule.roles.length === 0 || actor.roles.includes(Role.Admin) || actor.roles.some((r) => rule.roles!.includes(r));
  }
  return !!rule.scopes && actor.scopes.some((s) => rule.scopes!.includes(s));
}

/**
 * Global guard, default deny: a route with no access declaration is refused, a public route is
 * open, every other route needs a user with a listed role or an API key with a listed scope.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly apiKeys: ApiKeyService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [context.getHandler(), context.getClass()]);
    if (!rule) throw new ForbiddenError('ACCESS_NOT_DECLARED', 'This route declares no access rule and is closed.');
    if (rule.public) return true;

    const req = context.switchToHttp().getRequest<Request>();
    const { apiKey, jwt } = credentials(req);
    const actor = apiKey ? await this.apiKeys.authenticate(apiKey) : jwt ? await this.auth.authenticate(jwt) : null;
    if (!actor) {
      throw apiKey || jwt ? new UnauthorizedError('INVALID_CREDENTIALS', 'The token or API key is invalid, expired or revoked.') : new UnauthorizedError();
    }
    req.actor = actor;
    if (!isAllowed(rule, actor)) throw new ForbiddenError();
    return true;
  }
}
