import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { etagOf } from '@/lib/api/etag';
import type { StakeholderInput } from '@/lib/api/types';

import type { VersionedStakeholder } from './get-stakeholder';
import { stakeholderKeys } from './query-keys';

export interface UpdateStakeholderVariables {
  id: string;
  /** The ETag of the version the user edited; a stale one answers 412. */
  etag: string;
  input: StakeholderInput;
}

export async function updateStakeholder(
  api: ApiClient,
  { id, etag, input }: UpdateStakeholderVariables,
): Promise<VersionedStakeholder> {
  const { data, response } = await unwrap(
    api.PUT('/api/v1/stakeholders/{id}', {
      params: { path: { id }, header: { 'If-Match': etag } },
      body: input,
    }),
  );
  return { stakeholder: data, etag: etagOf(response, data.version) };
}

export function useUpdateStakeholder() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: UpdateStakeholderVariables) => updateStakeholder(api, variables),
    onSuccess: async (updated) => {
      queryClient.setQueryData(stakeholderKeys.detail(updated.stakeholder.id), updated);
      await queryClient.invalidateQueries({ queryKey: stakeholderKeys.lists() });
    },
  });
}
