import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { exportMediaTypes, type ExportFormat, type FileDownload } from '@/lib/files/files';

import { projectFilterQuery } from './get-projects';
import type { ProjectFilters } from './query-keys';

/**
 * Fetches the export through the API client, so that it carries the bearer token: a plain link
 * could not. The caller saves the file.
 */
export async function exportProjects(
  api: ApiClient,
  filters: ProjectFilters,
  format: ExportFormat,
): Promise<FileDownload> {
  const { data } = await unwrap(
    api.GET('/api/v1/starter-projects/export', {
      params: { query: { format, ...projectFilterQuery(filters) } },
      headers: { Accept: `${exportMediaTypes[format]}, application/problem+json` },
      parseAs: 'blob',
    }),
  );
  return { blob: data, fileName: `starter-projects.${format}` };
}
