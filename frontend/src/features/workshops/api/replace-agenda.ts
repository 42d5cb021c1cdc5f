import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

import { workshopKeys } from './query-keys';
import type { WorkshopAgenda, WorkshopAgendaItemInput } from './types';

export interface ReplaceAgendaVariables {
  id: string;
  etag: string;
  items: WorkshopAgendaItemInput[];
}

/** The saved agenda and the workshop's new entity tag, to base the next save on. */
export interface SavedAgenda {
  agenda: WorkshopAgenda;
  etag: string;
}

export async function replaceAgenda(
  api: ApiClient,
  { id, etag, items }: ReplaceAgendaVariables,
): Promise<SavedAgenda> {
  const { data, response } = await unwrap(
    api.PUT('/api/v1/workshops/{id}/agenda', {
      params: { path: { id }, header: { 'If-Match': etag } },
      body: { items },
    }),
  );
  // The agenda carries no version; a replacement bumps the workshop's by one.
  const etagHeader = response.headers.get('ETag');
  return { agenda: data, etag: etagHeader ?? nextVersionOf(etag) };
}

function nextVersionOf(etag: string): string {
  return `"${String(Number(etag.replaceAll('"', '')) + 1)}"`;
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
