import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { etagOf } from '@/lib/api/etag';

import type { VersionedWorkshop } from './get-workshop';
import { workshopKeys } from './query-keys';
import type { WorkshopInput } from './types';

export async function createWorkshop(
  api: ApiClient,
  input: WorkshopInput,
): Promise<VersionedWorkshop> {
  const { data, response } = await unwrap(api.POST('/api/v1/workshops', { body: input }));
  return { workshop: data, etag: etagOf(response, data.version) };
}

export function useCreateWorkshop() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: WorkshopInput) => createWorkshop(api, input),
    onSuccess: async (created) => {
      queryClient.setQueryData(workshopKeys.detail(created.workshop.id), created);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: workshopKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: ['dashboard'] }),
      ]);
    },
  });
}
