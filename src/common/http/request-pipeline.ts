import type { ErrorRequestHandler, RequestHandler } from 'express';
import { json, urlencoded } from 'express';
import { randomUUID } from 'node:crypto';
import { DomainError } from '../errors';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Gives every request an id before anything else runs (body parsing can already fail), taking a
 * well-formed `X-Request-Id` from the caller so ids follow a request across services.
 */
export const assignRequestId: RequestHandler = (req, res, next) => {
  const given = req.headers['x-request-id'];
  req.id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', String(req.id));
  next();
};

export function bodyParsers(limit: string): RequestHandler[] {
  return [json({ limit }), urlencoded({ limit, extended: false })];
}

interface BodyParserError {
  type: string;
  status: number;
  message: string;
}

const isBodyParserError = (e: unknown): e is BodyParserError =>
  typeof e === 'object' && e !== null && typeof (e as BodyParserError).type === 'string' && typeof (e as BodyParserError).status === 'number';

const BODY_PROBLEMS: Record<string, [string, number, string]> = {
  'entity.parse.failed': ['MALFORMED_JSON', 400, 'The request body is not valid JSON'],
  'entity.too.large': ['PAYLOAD_TOO_LARGE', 413, 'The request body is larger than the limit'],
  'encoding.unsupported': ['UNSUPPORTED_ENCODING', 415, 'The request body encoding is not supported'],
  'charset.unsupported': ['UNSUPPORTED_CHARSET', 415, 'The request body charset is not supported'],
};

/** Turns body-parser failures into domain errors, so the problem filter answers them with a stable code. */
export const bodyParserErrors: ErrorRequestHandler = (err: unknown, _req, _res, next) => {
  if (!isBodyParserError(err)) return next(err);
  const [code, status, title] = BODY_PROBLEMS[err.type] ?? ['BAD_REQUEST_BODY', err.status, 'The request body could not be read'];
  next(new DomainError(code, status, title, `${title}: ${err.message}`));
};
