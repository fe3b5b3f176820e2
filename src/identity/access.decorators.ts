import { applyDecorators, SetMetadata, UseGuards } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import { ApiBearerAuth, ApiForbiddenResponse, ApiSecurity, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ProblemDto } from '../common/http/problem.dto';
import { RateLimitGuard } from './guards/rate-limit.guard';
import { Role, Scope } from './roles';

export const ACCESS_METADATA = 'wms:access';

/** Who may call a route. Every route must declare one (default deny); a test enforces it. */
export interface AccessRule {
  public?: boolean;
  /** Users holding any of these roles (admin always passes). */
  roles?: Role[];
  /** Partner API keys holding any of these scopes. */
  scopes?: Scope[];
}

export const USER_AUTH = 'user-jwt';
export const API_KEY_AUTH = 'partner-api-key';

const authResponses = () => [
  ApiUnauthorizedResponse({ description: 'Missing or invalid credentials.', type: ProblemDto }),
  ApiForbiddenResponse({ description: 'The caller lacks the role or scope.', type: ProblemDto }),
];

/** Throttlers named in ThrottlerModule; each route opts into one. */
export const LOGIN_THROTTLER = 'login';
export const PARTNER_THROTTLER = 'partner';

const partnerRateLimit = () => [UseGuards(RateLimitGuard), SkipThrottle({ [LOGIN_THROTTLER]: true })];

/** Per-client limit for credential endpoints (login, refresh), against password guessing. */
export const LoginRateLimit = () => applyDecorators(UseGuards(RateLimitGuard), SkipThrottle({ [PARTNER_THROTTLER]: true }));

/** Anyone, no credentials (health, login). */
export const Public = () => SetMetadata(ACCESS_METADATA, { public: true } satisfies AccessRule);

/** Signed-in users with any of the roles; no roles listed = any signed-in user. */
export const Roles = (...roles: Role[]) =>
  applyDecorators(SetMetadata(ACCESS_METADATA, { roles } satisfies AccessRule), ApiBearerAuth(USER_AUTH), ...authResponses());

/** Partner API keys with any of the scopes. */
export const PartnerScopes = (...scopes: Scope[]) =>
  applyDecorators(
    SetMetadata(ACCESS_METADATA, { scopes } satisfies AccessRule),
    ApiSecurity(API_KEY_AUTH),
    ...authResponses(),
    ...partnerRateLimit(),
  );

/** Both users (by role) and partner keys (by scope). */
export const Access = (rule: { roles: Role[]; scopes: Scope[] }) =>
  applyDecorators(
    SetMetadata(ACCESS_METADATA, rule satisfies AccessRule),
    ApiBearerAuth(USER_AUTH),
    ApiSecurity(API_KEY_AUTH),
    ...authResponses(),
    ...partnerRateLimit(),
  );
