import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

import { projectKeys } from './query-keys';
import type { ProjectStatusUpdateInput } from './types';

export interface AddStatusUpdateVariables {
  projectId: string;
  input: ProjectStatusUpdateInput;
}

export async function addStatusUpdate(
  api: ApiClient,
  { projectId, input }: AddStatusUpdateVariables,
) {
  const { data } = await unwrap(
    api.POST('/api/v1/starter-projects/{id}/status-updates', {
      params: { path: { id: projectId } },
      body: input,
    }),
  );
  return data;
}

export function useAddStatusUpdate() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: AddStatusUpdateVariables) => addStatusUpdate(api, variables),
    onSuccess: async (_added, { projectId }) => {
      await queryClient.invalidateQueries({ queryKey: projectKeys.statusUpdates(projectId) });
    },
  });
}
