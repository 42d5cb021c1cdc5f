import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { StakeholderImportReport } from '@/lib/api/types';

import { stakeholderKeys } from './query-keys';

export interface ImportStakeholdersVariables {
  csv: string;
  /** Owning organisation, when the user edits for several. */
  organizationId?: string | undefined;
}

/** All or nothing: a rejected row answers 422 with one field error per rejected field. */
export async function importStakeholders(
  api: ApiClient,
  { csv, organizationId }: ImportStakeholdersVariables,
): Promise<StakeholderImportReport> {
  const { data } = await unwrap(
    api.POST('/api/v1/stakeholders/import', {
      params: { query: { organizationId } },
      body: csv,
      bodySerializer: (body: string) => body,
      headers: { 'Content-Type': 'text/csv' },
    }),
  );
  return data;
}

export function useImportStakeholders() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: ImportStakeholdersVariables) => importStakeholders(api, variables),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: stakeholderKeys.lists() });
    },
  });
}
