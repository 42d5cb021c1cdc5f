import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

import { analysisKeys } from './query-keys';

export interface DeleteRatingVariables {
  analysisId: string;
  stakeholderId: string;
  etag: string;
}

export async function deleteRating(
  api: ApiClient,
  { analysisId, stakeholderId, etag }: DeleteRatingVariables,
): Promise<void> {
  await unwrap(
    api.DELETE('/api/v1/stakeholder-analyses/{id}/ratings/{stakeholderId}', {
      params: { path: { id: analysisId, stakeholderId }, header: { 'If-Match': etag } },
    }),
  );
}

export function useDeleteRating() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: DeleteRatingVariables) => deleteRating(api, variables),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [...analysisKeys.all, 'ratings'] });
    },
  });
}
