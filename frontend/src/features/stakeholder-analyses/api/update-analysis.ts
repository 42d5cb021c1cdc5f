import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { etagOf } from '@/lib/api/etag';
import type { StakeholderAnalysisInput } from '@/lib/api/types';

import type { VersionedAnalysis } from './get-analysis';
import { analysisKeys } from './query-keys';

export interface UpdateAnalysisVariables {
  id: string;
  etag: string;
  input: StakeholderAnalysisInput;
}

export async function updateAnalysis(
  api: ApiClient,
  { id, etag, input }: UpdateAnalysisVariables,
): Promise<VersionedAnalysis> {
  const { data, response } = await unwrap(
    api.PUT('/api/v1/stakeholder-analyses/{id}', {
      params: { path: { id }, header: { 'If-Match': etag } },
      body: input,
    }),
  );
  return { analysis: data, etag: etagOf(response, data.version) };
}

export function useUpdateAnalysis() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: UpdateAnalysisVariables) => updateAnalysis(api, variables),
    onSuccess: async (updated) => {
      queryClient.setQueryData(analysisKeys.detail(updated.analysis.id), updated);
      // The date decides which analysis is "previous" to which: comparisons may change.
      await queryClient.invalidateQueries({ queryKey: analysisKeys.lists() });
      await queryClient.invalidateQueries({ queryKey: [...analysisKeys.all, 'ratings'] });
    },
  });
}
