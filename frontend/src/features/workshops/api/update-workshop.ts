import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { etagOf } from '@/lib/api/etag';

import type { VersionedWorkshop } from './get-workshop';
import { workshopKeys } from './query-keys';
import type { WorkshopInput } from './types';

export interface UpdateWorkshopVariables {
  id: string;
  /** The ETag of the version the user edited; a stale one answers 412. */
  etag: string;
  input: WorkshopInput;
}

export async function updateWorkshop(
  api: ApiClient,
  { id, etag, input }: UpdateWorkshopVariables,
): Promise<VersionedWorkshop> {
  const { data, response } = await unwrap(
    api.PUT('/api/v1/workshops/{id}', {
      params: { path: { id }, header: { 'If-Match': etag } },
      body: input,
    }),
  );
  return { workshop: data, etag: etagOf(response, data.version) };
}

/** Saves the workshop; a new capacity may move waitlisted participants up, so those reload too. */
export function useUpdateWorkshop() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: UpdateWorkshopVariables) => updateWorkshop(api, variables),
    onSuccess: async (updated) => {
      queryClient.setQueryData(workshopKeys.detail(updated.workshop.id), updated);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: workshopKeys.detail(updated.workshop.id) }),
        queryClient.invalidateQueries({ queryKey: workshopKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: workshopKeys.participants(updated.workshop.id) }),
        queryClient.invalidateQueries({ queryKey: ['dashboard'] }),
      ]);
    },
  });
}
