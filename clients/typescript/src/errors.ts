import type { components } from './schema.gen';

export type Problem = components['schemas']['Problem'];

/** An answer of 4xx or 5xx, with its RFC 9457 problem body when there is one. */
export class HubError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;

  constructor(status: number, problem: Problem | undefined, what: string) {
    super(`${what}: ${String(status)} ${problem?.detail ?? problem?.title ?? ''}`.trim());
    this.name = 'HubError';
    this.status = status;
    this.problem = problem;
  }
}

export function asProblem(body: unknown): Problem | undefined {
  return typeof body === 'object' && body !== null ? (body as Problem) : undefined;
}
