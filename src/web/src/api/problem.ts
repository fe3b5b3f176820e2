import type { Schemas } from './client';

export type Problem = Schemas['ProblemDto'] & Record<string, unknown>;

/** An RFC 9457 problem answered by the API, carried as an exception so screens can show it. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(describeProblem(problem));
  }

  get code(): string | undefined {
    return this.problem.code;
  }
}

/** The sentence a person reads: the detail, then each field error. */
export function describeProblem(problem: Partial<Problem>): string {
  const fields = (problem.errors ?? []).map((e) => `${e.field}: ${e.message}`);
  return [problem.detail ?? problem.title ?? 'The request failed', ...fields].join(' · ');
}

/** The body of an openapi-fetch answer, or an ApiError for a problem. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) {
    const problem = (result.error && typeof result.error === 'object' ? result.error : { title: result.response.statusText }) as Problem;
    throw new ApiError(result.response.status, problem);
  }
  return result.data as T;
}

/** A message for anything a screen caught: a problem, a network failure or a bug. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof TypeError) return 'No connection to the server.';
  return error instanceof Error ? error.message : String(error);
}
