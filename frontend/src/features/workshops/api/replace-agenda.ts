import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

import { workshopKeys } from './query-keys';
import type { WorkshopAgendaItemInput } from './types';

export interface ReplaceAgendaVariables {
  id: string;
  etag: string;
  items: WorkshopAgendaItemInput[];
}

export async function replaceAgenda(api: ApiClient, { id, etag, items }: ReplaceAgendaVariables) {
  const { data } = await unwrap(
    api.PUT('/api/v1/workshops/{id}/agenda', {
      params: { path: { id }, header: { 'If-Match': etag } },
      body: { items },
    }),
  );
  return data;
}

/** Replaces the whole agenda; the workshop (its version and agenda) and the lists are reloaded. */
export function useReplaceAgenda() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: ReplaceAgendaVariables) => replaceAgenda(api, variables),
    onSuccess: async (_data, { id }) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: workshopKeys.detail(id) }),
        queryClient.invalidateQueries({ queryKey: workshopKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: ['dashboard'] }),
      ]);
    },
  });
}
