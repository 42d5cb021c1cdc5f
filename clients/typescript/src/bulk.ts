import type { PathsWithMethod } from 'openapi-typescript-helpers';

import type { HubClient } from './client';
import { asProblem, HubError } from './errors';
import { backoff, isRetryable, newIdempotencyKey, sleep } from './idempotency';
import type { components, paths } from './schema.gen';

/** Every `POST …/bulk` of the API. */
export type BulkPath = Extract<PathsWithMethod<paths, 'post'>, `${string}/bulk`>;

type BulkBody<P extends BulkPath> = NonNullable<
  paths[P]['post']
>['requestBody']['content']['application/json'];

export type BulkItem<P extends BulkPath> = BulkBody<P>['items'][number];

/** The path parameters of a bulk below a parent, as `{ strategyId, indicatorId }`; none at the top level. */
export type BulkPathParams<P extends BulkPath> = NonNullable<
  paths[P]['post']
>['parameters'] extends { path: infer T }
  ? T
  : never;
export type BulkItemResult = components['schemas']['BulkItemResult'];
type BulkResult = components['schemas']['BulkResult'];

/** The API takes at most this many items per bulk request. */
export const MAX_BULK_ITEMS = 1000;

export interface BulkOptions<P extends BulkPath = BulkPath> {
  /** The parent's ids, for a bulk below one (`…/indicators/{indicatorId}/values/bulk`). */
  path?: BulkPathParams<P>;
  /** Items per request, 1 to 1,000 (default 1,000). */
  chunkSize?: number;
  /** `atomic`: each request stores all of its items or none. */
  mode?: 'partial' | 'atomic';
  organizationId?: string;
  /** The Idempotency-Key of a request; defaults to a fresh random key per chunk. */
  idempotencyKey?: (chunk: number) => string;
  /** Retries of a request that timed out or answered 409, 429 or 5xx (default 4). */
  retries?: number;
  /** Base of the exponential backoff in ms (default 500). */
  backoffMs?: number;
}

export interface BulkRequestLog {
  chunk: number;
  idempotencyKey: string;
  attempts: number;
  replayed: boolean;
}

export interface BulkSummary {
  created: number;
  replaced: number;
  failed: number;
  /** One result per item, `index` counted over all items. */
  results: BulkItemResult[];
  requests: BulkRequestLog[];
}

type LoosePost = (
  path: string,
  init: unknown,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/**
 * Upserts any number of records by external id: requests of at most 1,000 items, each with an
 * Idempotency-Key that its retries reuse, so that a request which did reach the API before a
 * timeout is answered again instead of stored twice.
 */
export async function bulkUpsert<P extends BulkPath>(
  client: HubClient,
  path: P,
  items: readonly BulkItem<P>[],
  options: BulkOptions<P> = {},
): Promise<BulkSummary> {
  const chunkSize = options.chunkSize ?? MAX_BULK_ITEMS;
  if (!Number.isInteger(chunkSize) || chunkSize < 1 || chunkSize > MAX_BULK_ITEMS) {
    throw new RangeError(`chunkSize must be 1 to ${String(MAX_BULK_ITEMS)}`);
  }
  const retries = options.retries ?? 4;
  const post = client.POST as unknown as LoosePost;
  const summary: BulkSummary = { created: 0, replaced: 0, failed: 0, results: [], requests: [] };

  for (let start = 0, chunk = 0; start < items.length; start += chunkSize, chunk++) {
    const slice = items.slice(start, start + chunkSize);
    const key = options.idempotencyKey?.(chunk) ?? newIdempotencyKey('bulk');
    const query: Record<string, string> = {};
    if (options.mode) query.mode = options.mode;
    if (options.organizationId) query.organizationId = options.organizationId;

    let attempt = 0;
    for (;;) {
      attempt++;
      let outcome: { data?: unknown; error?: unknown; response: Response } | undefined;
      try {
        outcome = await post(path, {
          params: {
            query,
            header: { 'Idempotency-Key': key },
            ...(options.path ? { path: options.path } : {}),
          },
          body: { items: slice },
        });
      } catch (error) {
        if (attempt > retries) throw error;
      }
      if (outcome) {
        const { data, error, response } = outcome;
        const result = (data ?? (options.mode === 'atomic' ? error : undefined)) as
          (Partial<BulkResult> & { results?: BulkItemResult[] }) | undefined;
        const atomicFailure = response.status === 422 && Array.isArray(result?.results);
        if (response.ok || atomicFailure) {
          for (const item of result?.results ?? []) {
            summary.results.push({ ...item, index: start + item.index });
            if (item.result === 'CREATED') summary.created++;
            else if (item.result === 'REPLACED') summary.replaced++;
            else summary.failed++;
          }
          summary.requests.push({
            chunk,
            idempotencyKey: key,
            attempts: attempt,
            replayed: response.headers.get('Idempotent-Replayed') === 'true',
          });
          break;
        }
        if (!isRetryable(response.status) || attempt > retries) {
          throw new HubError(
            response.status,
            asProblem(error),
            `POST ${path} (chunk ${String(chunk)})`,
          );
        }
      }
      await sleep(backoff(attempt - 1, options.backoffMs ?? 500));
    }
  }
  return summary;
}
