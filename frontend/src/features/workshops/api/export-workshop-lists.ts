import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { exportMediaTypes, type ExportFormat, type FileDownload } from '@/lib/files/files';

export type WorkshopExportList = 'participants' | 'outcomes';

/**
 * Fetches a workshop's participant or outcome export through the API client, so that it carries
 * the bearer token; the caller saves the file.
 */
export async function exportWorkshopList(
  api: ApiClient,
  id: string,
  list: WorkshopExportList,
  format: ExportFormat,
): Promise<FileDownload> {
  const options = {
    params: { path: { id }, query: { format } },
    headers: { Accept: `${exportMediaTypes[format]}, application/problem+json` },
    parseAs: 'blob' as const,
  };
  const { data } = await unwrap(
    list === 'participants'
      ? api.GET('/api/v1/workshops/{id}/participants/export', options)
      : api.GET('/api/v1/workshops/{id}/outcomes/export', options),
  );
  return { blob: data, fileName: `workshop-${list}.${format}` };
}
