import { FieldError } from './domain-error';

/** RFC 9457 problem document, with this API's stable `code` and optional field `errors`. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  requestId?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Problem types are URNs: stable identifiers that do not pretend to be fetchable pages. */
export function problemType(code: string): string {
  return `urn:problem:wms:${code.toLowerCase().replace(/_/g, '-')}`;
}
