import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

import { analysisKeys } from './query-keys';

export interface DeleteAnalysisVariables {
  id: string;
  etag: string;
}

export async function deleteAnalysis(
  api: ApiClient,
  { id, etag }: DeleteAnalysisVariables,
): Promise<void> {
  await unwrap(
    api.DELETE('/api/v1/stakeholder-analyses/{id}', {
      params: { path: { id }, header: { 'If-Match': etag } },
    }),
  );
}

export function useDeleteAnalysis() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: DeleteAnalysisVariables) => deleteAnalysis(api, variables),
    onSuccess: async (_result, { id }) => {
      queryClient.removeQueries({ queryKey: analysisKeys.detail(id) });
      queryClient.removeQueries({ queryKey: analysisKeys.ratings(id) });
      await queryClient.invalidateQueries({ queryKey: analysisKeys.lists() });
      await queryClient.invalidateQueries({ queryKey: [...analysisKeys.all, 'ratings'] });
    },
  });
}
