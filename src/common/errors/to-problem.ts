import { HttpException, HttpStatus } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { QueryFailedError } from 'typeorm';
import { InvalidCodeError } from '../codes/invalid-code.error';
import { DomainError } from './domain-error';
import { ProblemDetails, problemType } from './problem-details';

export interface ProblemCore {
  status: number;
  code: string;
  title: string;
  detail: string;
  errors?: ProblemDetails['errors'];
  [extension: string]: unknown;
}

const HTTP_CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE',
  429: 'RATE_LIMITED',
};

function fromDatabase(e: QueryFailedError): ProblemCore | null {
  const driver = e.driverError as { code?: string; detail?: string; constraint?: string; column?: string };
  switch (driver.code) {
    case '23505':
      return { status: 409, code: 'DUPLICATE', title: 'Conflict', detail: driver.detail ?? 'A record with this key already exists.' };
    case '23503':
      return { status: 409, code: 'REFERENCE_CONFLICT', title: 'Conflict', detail: driver.detail ?? 'A referenced record is missing or still in use.' };
    case '23502':
      return { status: 400, code: 'BAD_REQUEST', title: 'Bad request', detail: `${driver.column ?? 'A required field'} must not be empty.` };
    case '23514':
      return { status: 409, code: 'CONSTRAINT_VIOLATION', title: 'Conflict', detail: `The change breaks the rule "${driver.constraint ?? 'check'}".` };
    case '22P02':
    case '22003':
    case '22007':
    case '22008':
      return { status: 400, code: 'BAD_REQUEST', title: 'Bad request', detail: e.message };
    default:
      return null;
  }
}

/** Maps anything thrown while serving a request to a problem; `null` means an unexpected (500) error. */
export function toProblem(exception: unknown): ProblemCore | null {
  if (exception instanceof DomainError) {
    return {
      ...exception.extra,
      status: exception.status,
      code: exception.code,
      title: exception.title,
      detail: exception.message,
      ...(exception.errors ? { errors: exception.errors } : {}),
    };
  }
  if (exception instanceof InvalidCodeError) {
    // A code that should have been validated at the edge; still the caller's input, so a 400.
    return { status: 400, code: 'INVALID_CODE', title: 'Invalid code', detail: exception.message, errors: [{ field: exception.kind, message: exception.reason }] };
  }
  if (exception instanceof ThrottlerException) {
    return { status: 429, code: 'RATE_LIMITED', title: 'Too many requests', detail: 'Rate limit exceeded; retry later.' };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const body = exception.getResponse();
    const message = typeof body === 'string' ? body : (body as { message?: unknown }).message;
    return {
      status,
      code: HTTP_CODES[status] ?? `HTTP_${status}`,
      title: HttpStatus[status]?.toString().replace(/_/g, ' ').toLowerCase() ?? 'error',
      detail: Array.isArray(message) ? message.join('; ') : String(message ?? exception.message),
    };
  }
  if (exception instanceof QueryFailedError) return fromDatabase(exception);
  return null;
}

export function withType(core: ProblemCore, extra: { instance?: string; requestId?: string }): ProblemDetails {
  return { type: problemType(core.code), ...core, ...extra };
}
