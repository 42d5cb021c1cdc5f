import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { etagOf } from '@/lib/api/etag';
import type { StakeholderInput } from '@/lib/api/types';

import type { VersionedStakeholder } from './get-stakeholder';
import { stakeholderKeys } from './query-keys';

export async function createStakeholder(
  api: ApiClient,
  input: StakeholderInput,
): Promise<VersionedStakeholder> {
  const { data, response } = await unwrap(api.POST('/api/v1/stakeholders', { body: input }));
  return { stakeholder: data, etag: etagOf(response, data.version) };
}

export function useCreateStakeholder() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: StakeholderInput) => createStakeholder(api, input),
    onSuccess: async (created) => {
      queryClient.setQueryData(stakeholderKeys.detail(created.stakeholder.id), created);
      await queryClient.invalidateQueries({ queryKey: stakeholderKeys.lists() });
    },
  });
}
