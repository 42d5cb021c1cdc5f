import { useMutation } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

import { projectFilterQuery } from './get-projects';
import type { ProjectFilters } from './query-keys';

export type ExportFormat = 'csv' | 'xlsx';

const mediaTypes: Record<ExportFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface ProjectExport {
  blob: Blob;
  fileName: string;
}

/**
 * Fetches the export through the API client, so that it carries the bearer token: a plain link
 * could not. The caller saves the file.
 */
export async function exportProjects(
  api: ApiClient,
  filters: ProjectFilters,
  format: ExportFormat,
): Promise<ProjectExport> {
  const { data } = await unwrap(
    api.GET('/api/v1/starter-projects/export', {
      params: { query: { format, ...projectFilterQuery(filters) } },
      headers: { Accept: `${mediaTypes[format]}, application/problem+json` },
      parseAs: 'blob',
    }),
  );
  return { blob: data, fileName: `starter-projects.${format}` };
}

export function useExportProjects() {
  const api = useApi();
  return useMutation({
    mutationFn: ({ filters, format }: { filters: ProjectFilters; format: ExportFormat }) =>
      exportProjects(api, filters, format),
  });
}
