/**
 * A fresh Idempotency-Key. Send the same key again only when retrying the same request with the
 * same body: the API then replays its first answer (`Idempotent-Replayed: true`); another body
 * with the same key answers 422, and a retry while the first request still runs answers 409.
 */
export function newIdempotencyKey(prefix = 'cch'): string {
  return `${prefix}-${globalThis.crypto.randomUUID()}`;
}

/** Whether an answer is worth retrying with the same Idempotency-Key. */
export function isRetryable(status: number): boolean {
  return status === 409 || status === 429 || status >= 500;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Exponential backoff with full jitter: 0..base*2^attempt ms, at most max. */
export function backoff(attempt: number, baseMs = 500, maxMs = 30_000): number {
  return Math.random() * Math.min(maxMs, baseMs * 2 ** attempt);
}
