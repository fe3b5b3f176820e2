import { ConflictError, UnauthorizedError, UnprocessableError } from '../common/errors';

export const invalidCredentials = () => new UnauthorizedError('INVALID_CREDENTIALS', 'E-mail or password is wrong, or the account is disabled.');
export const invalidRefreshToken = () => new UnauthorizedError('INVALID_REFRESH_TOKEN', 'The refresh token is unknown, expired or revoked; sign in again.');
export const emailTaken = (email: string) => new ConflictError('EMAIL_TAKEN', `A user with e-mail ${email} already exists.`);
export const partnerCodeTaken = (code: string) => new ConflictError('PARTNER_CODE_TAKEN', `A partner with code ${code} already exists.`);
export const scopesNotForKind = (scopes: string[], kind: string) =>
  new UnprocessableError('SCOPE_NOT_ALLOWED', `Scopes ${scopes.join(', ')} cannot be granted to a ${kind} partner.`, [{ field: 'scopes', message: `not allowed for a ${kind}: ${scopes.join(', ')}` }], { scopes, kind });
