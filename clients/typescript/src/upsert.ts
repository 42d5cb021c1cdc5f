import type { FetchOptions } from 'openapi-fetch';
import type { PathsWithMethod, SuccessResponseJSON } from 'openapi-typescript-helpers';

import type { HubClient } from './client';
import { asProblem, HubError } from './errors';
import type { paths } from './schema.gen';

/** Every `PUT …/by-external-id/{externalId}` of the API. */
export type UpsertPath = Extract<
  PathsWithMethod<paths, 'put'>,
  `${string}/by-external-id/{externalId}`
>;

type PutOperation<P extends UpsertPath> = NonNullable<paths[P]['put']>;

export type UpsertInit<P extends UpsertPath> = FetchOptions<PutOperation<P>>;

export interface UpsertResult<P extends UpsertPath> {
  /** 201 created the record, 200 replaced it. */
  outcome: 'created' | 'replaced';
  data: SuccessResponseJSON<PutOperation<P>>;
  etag: string | undefined;
}

export interface UpsertConditions {
  /** Replace only this version (an ETag); 412 when it is not the current one. */
  ifMatch?: string;
  /** Create only (`If-None-Match: *`); 412 when the record exists. */
  createOnly?: boolean;
}

type LoosePut = (
  path: string,
  init: unknown,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/**
 * Creates or replaces a record by its key in the caller's system. Safe to send again after a
 * timeout: the second request finds the record by its external id and replaces it.
 */
export async function upsertByExternalId<P extends UpsertPath>(
  client: HubClient,
  path: P,
  init: UpsertInit<P>,
  conditions: UpsertConditions = {},
): Promise<UpsertResult<P>> {
  const headers: Record<string, string> = {};
  if (conditions.ifMatch) {
    headers['If-Match'] = conditions.ifMatch;
  }
  if (conditions.createOnly) {
    headers['If-None-Match'] = '*';
  }
  const put = client.PUT as unknown as LoosePut;
  const { data, error, response } = await put(path, {
    ...(init as object),
    headers: { ...((init as { headers?: Record<string, string> }).headers ?? {}), ...headers },
  });
  if (!response.ok || data === undefined) {
    throw new HubError(response.status, asProblem(error), `PUT ${path}`);
  }
  return {
    outcome: response.status === 201 ? 'created' : 'replaced',
    data: data as SuccessResponseJSON<PutOperation<P>>,
    etag: response.headers.get('ETag') ?? undefined,
  };
}
