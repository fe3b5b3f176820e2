/** One field-level problem, as reported in a problem+json `errors` array. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * Base class of every error a service throws on purpose. Services never throw HttpException:
 * the global problem filter maps `status` and `code` to an RFC 9457 response.
 */
export class DomainError extends Error {
  constructor(
    /** Stable, machine-readable code, e.g. `PRODUCT_NOT_FOUND`. */
    readonly code: string,
    readonly status: number,
    readonly title: string,
    detail?: string,
    /** Extra members copied into the problem document (e.g. `available`, `requested`). */
    readonly extra: Record<string, unknown> = {},
    readonly errors?: FieldError[],
  ) {
    super(detail ?? title);
  }
}

export class NotFoundError extends DomainError {
  constructor(entity: string, id: string) {
    super(
      `${entity.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_NOT_FOUND`,
      404,
      'Not found',
      `No ${entity.replace(/_/g, ' ')} with id or code "${id}".`,
      { entity, id },
    );
  }
}

export class ConflictError extends DomainError {
  constructor(code: string, detail: string, extra: Record<string, unknown> = {}) {
    super(code, 409, 'Conflict', detail, extra);
  }
}

/** The request is well-formed but breaks a rule that needs data to check. */
export class UnprocessableError extends DomainError {
  constructor(code: string, detail: string, errors?: FieldError[], extra: Record<string, unknown> = {}) {
    super(code, 422, 'Unprocessable content', detail, extra, errors);
  }
}

/** The request itself is malformed: wrong types, unknown fields, rules a DTO can check. */
export class ValidationFailedError extends DomainError {
  constructor(errors: FieldError[]) {
    super(
      'VALIDATION_FAILED',
      400,
      'Validation failed',
      errors.map((e) => `${e.field}: ${e.message}`).join('; '),
      {},
      errors,
    );
  }
}

export class IllegalTransitionError extends DomainError {
  constructor(code: string, entity: string, from: string, action: string, allowed: string[]) {
    super(
      code,
      409,
      'Illegal state transition',
      `Cannot ${action} a ${entity} in state "${from}"; allowed: ${allowed.length ? allowed.join(', ') : 'none'}.`,
      { state: from, action, allowedActions: allowed },
    );
  }
}

export class UnauthorizedError extends DomainError {
  constructor(code = 'UNAUTHENTICATED', detail = 'Valid credentials are required.') {
    super(code, 401, 'Unauthorized', detail);
  }
}

export class ForbiddenError extends DomainError {
  constructor(code = 'FORBIDDEN', detail = 'Your role or scopes do not allow this action.') {
    super(code, 403, 'Forbidden', detail);
  }
}
