import { queryOptions, useQuery } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { exportMediaTypes, type ExportFormat, type FileDownload } from '@/lib/files/files';

import { networkKeys } from './query-keys';

export function networkDashboardQueryOptions(api: ApiClient, networkId: string) {
  return queryOptions({
    queryKey: networkKeys.dashboard(networkId),
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/networks/{id}/dashboard', { params: { path: { id: networkId } } }),
        )
      ).data,
  });
}

export function useNetworkDashboard(networkId: string) {
  const api = useApi();
  return useQuery(networkDashboardQueryOptions(api, networkId));
}

/** The comparison table as a file, fetched with the bearer token; the caller saves it. */
export async function exportNetworkDashboard(
  api: ApiClient,
  networkId: string,
  format: ExportFormat,
): Promise<FileDownload> {
  const { data } = await unwrap(
    api.GET('/api/v1/networks/{id}/dashboard/export', {
      params: { path: { id: networkId }, query: { format } },
      headers: { Accept: `${exportMediaTypes[format]}, application/problem+json` },
      parseAs: 'blob',
    }),
  );
  return { blob: data, fileName: `network-comparison.${format}` };
}
