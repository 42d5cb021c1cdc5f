import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { etagOf } from '@/lib/api/etag';
import type { StakeholderAnalysisInput } from '@/lib/api/types';

import type { VersionedAnalysis } from './get-analysis';
import { analysisKeys } from './query-keys';

export async function createAnalysis(
  api: ApiClient,
  input: StakeholderAnalysisInput,
): Promise<VersionedAnalysis> {
  const { data, response } = await unwrap(
    api.POST('/api/v1/stakeholder-analyses', { body: input }),
  );
  return { analysis: data, etag: etagOf(response, data.version) };
}

export function useCreateAnalysis() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: StakeholderAnalysisInput) => createAnalysis(api, input),
    onSuccess: async (created) => {
      queryClient.setQueryData(analysisKeys.detail(created.analysis.id), created);
      await queryClient.invalidateQueries({ queryKey: analysisKeys.lists() });
    },
  });
}
