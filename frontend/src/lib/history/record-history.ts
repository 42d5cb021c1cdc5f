import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { HistoryPage } from '@/lib/api/types';

/** The records whose history the API serves, by their detail key's first segment. */
export type HistoryKind = 'strategies' | 'starter-projects' | 'workshops';

const PAGE_SIZE = 20;

/**
 * Kept under the record's own detail key, so that whatever refreshes the record (an edit, a
 * status change, a child added) refreshes its history too.
 */
export const historyKey = (kind: HistoryKind, id: string) =>
  [kind, 'detail', id, 'history'] as const;

async function getHistory(
  api: ApiClient,
  kind: HistoryKind,
  id: string,
  cursor: string | undefined,
): Promise<HistoryPage> {
  const params = { path: { id }, query: { limit: PAGE_SIZE, cursor } };
  const pending =
    kind === 'strategies'
      ? api.GET('/api/v1/strategies/{id}/history', { params })
      : kind === 'starter-projects'
        ? api.GET('/api/v1/starter-projects/{id}/history', { params })
        : api.GET('/api/v1/workshops/{id}/history', { params });
  const { data } = await unwrap(pending);
  return data;
}

export function historyQueryOptions(api: ApiClient, kind: HistoryKind, id: string) {
  return infiniteQueryOptions({
    queryKey: historyKey(kind, id),
    queryFn: ({ pageParam }) => getHistory(api, kind, id, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next,
  });
}

export function useRecordHistory(kind: HistoryKind, id: string, enabled: boolean) {
  const api = useApi();
  return useInfiniteQuery({ ...historyQueryOptions(api, kind, id), enabled });
}
