import { useMutation } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { saveBlob } from '@/lib/files/files';

export const IMPORT_TEMPLATE_FILE_NAME = 'stakeholder-import-template.csv';

/** The CSV template, fetched with the bearer token (a plain link could not carry it). */
export async function getImportTemplate(api: ApiClient): Promise<Blob> {
  const { data } = await unwrap(
    api.GET('/api/v1/stakeholders/import-template', { parseAs: 'blob' }),
  );
  return data;
}

export function useDownloadImportTemplate() {
  const api = useApi();
  return useMutation({
    mutationFn: async () => {
      saveBlob(await getImportTemplate(api), IMPORT_TEMPLATE_FILE_NAME);
    },
  });
}
