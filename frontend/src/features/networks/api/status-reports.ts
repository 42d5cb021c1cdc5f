import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

import { networkKeys } from './query-keys';
import type { NetworkStatusReportInput } from './types';

export function reportsQueryOptions(api: ApiClient, networkId: string, eventId: string) {
  return queryOptions({
    queryKey: networkKeys.reports(networkId, eventId),
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/networks/{id}/events/{eventId}/status-reports', {
            params: { path: { id: networkId, eventId } },
          }),
        )
      ).data,
  });
}

export function useStatusReports(networkId: string, eventId: string, enabled = true) {
  const api = useApi();
  return useQuery({ ...reportsQueryOptions(api, networkId, eventId), enabled });
}

/** The pre-filled report of the caller's member municipality; counted afresh on every load. */
export function draftQueryOptions(api: ApiClient, networkId: string, eventId: string) {
  return queryOptions({
    queryKey: networkKeys.draft(networkId, eventId),
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/networks/{id}/events/{eventId}/status-reports/draft', {
            params: { path: { id: networkId, eventId } },
          }),
        )
      ).data,
    staleTime: 0,
  });
}

export function useStatusReportDraft(networkId: string, eventId: string) {
  const api = useApi();
  return useQuery(draftQueryOptions(api, networkId, eventId));
}

export function useSubmitStatusReport(networkId: string, eventId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: NetworkStatusReportInput) =>
      (
        await unwrap(
          api.POST('/api/v1/networks/{id}/events/{eventId}/status-reports', {
            params: { path: { id: networkId, eventId } },
            body: input,
          }),
        )
      ).data,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: networkKeys.reports(networkId, eventId) }),
        queryClient.invalidateQueries({ queryKey: networkKeys.draft(networkId, eventId) }),
      ]);
    },
  });
}
