import type { FieldError, Problem } from './types';

/** A non-2xx answer of the API, carrying its RFC 9457 problem body when there is one. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;

  constructor(status: number, problem: Problem | undefined) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** 412: the If-Match version is stale because someone else changed the record. */
export function isConflict(error: unknown): boolean {
  return isApiError(error) && error.status === 412;
}

/** 428: If-Match was missing, for example because someone else created the record meanwhile. */
export function isPreconditionRequired(error: unknown): boolean {
  return isApiError(error) && error.status === 428;
}

export function isNotFound(error: unknown): boolean {
  return isApiError(error) && error.status === 404;
}

function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && !Array.isArray(body);
}

export function fieldErrorsOf(error: unknown): FieldError[] {
  if (!isApiError(error)) {
    return [];
  }
  return (error.problem?.errors ?? []).filter(
    (fieldError) => typeof fieldError.field === 'string' && typeof fieldError.message === 'string',
  );
}

/**
 * Server field paths may be qualified (for example `create.input.title` or `adoption.decidedOn`);
 * forms match on the last segment.
 */
export function fieldNameOf(field: string | undefined): string {
  const segments = (field ?? '').replace(/\[\d+\]/g, '').split('.');
  return segments[segments.length - 1] ?? '';
}

/** The server's message for one field of a failed request, if it named that field. */
export function fieldMessageOf(error: unknown, field: string): string | undefined {
  return fieldErrorsOf(error).find((fieldError) => fieldNameOf(fieldError.field) === field)
    ?.message;
}

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Unwraps an openapi-fetch result: returns the data or throws an {@link ApiError}. */
export async function unwrap<T>(
  pending: Promise<FetchResult<T>>,
): Promise<{ data: T; response: Response }> {
  const { data, error, response } = await pending;
  if (!response.ok) {
    throw new ApiError(response.status, isProblem(error) ? error : undefined);
  }
  return { data: data as T, response };
}
