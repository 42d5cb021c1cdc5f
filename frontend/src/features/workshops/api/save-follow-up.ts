import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

import { workshopKeys } from './query-keys';
import type { WorkshopFollowUpInput } from './types';

export interface CreateFollowUpVariables {
  workshopId: string;
  input: WorkshopFollowUpInput;
}

export interface UpdateFollowUpVariables extends CreateFollowUpVariables {
  followUpId: string;
  /** The follow-up's ETag as listed; a stale one answers 412. */
  etag: string;
}

export type DeleteFollowUpVariables = Omit<UpdateFollowUpVariables, 'input'>;

export async function createFollowUp(
  api: ApiClient,
  { workshopId, input }: CreateFollowUpVariables,
) {
  const { data } = await unwrap(
    api.POST('/api/v1/workshops/{id}/follow-ups', {
      params: { path: { id: workshopId } },
      body: input,
    }),
  );
  return data;
}

export async function updateFollowUp(
  api: ApiClient,
  { workshopId, followUpId, etag, input }: UpdateFollowUpVariables,
) {
  const { data } = await unwrap(
    api.PUT('/api/v1/workshops/{id}/follow-ups/{followUpId}', {
      params: { path: { id: workshopId, followUpId }, header: { 'If-Match': etag } },
      body: input,
    }),
  );
  return data;
}

export async function deleteFollowUp(
  api: ApiClient,
  { workshopId, followUpId, etag }: DeleteFollowUpVariables,
): Promise<void> {
  await unwrap(
    api.DELETE('/api/v1/workshops/{id}/follow-ups/{followUpId}', {
      params: { path: { id: workshopId, followUpId }, header: { 'If-Match': etag } },
    }),
  );
}

/** Follow-ups feed the dashboard's overdue list, so it reloads with the workshop's list. */
function useInvalidateFollowUps() {
  const queryClient = useQueryClient();
  return (workshopId: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: workshopKeys.followUps(workshopId) }),
      queryClient.invalidateQueries({ queryKey: ['dashboard'] }),
    ]);
}

export function useCreateFollowUp() {
  const api = useApi();
  const invalidate = useInvalidateFollowUps();
  return useMutation({
    mutationFn: (variables: CreateFollowUpVariables) => createFollowUp(api, variables),
    onSuccess: async (_data, { workshopId }) => {
      await invalidate(workshopId);
    },
  });
}

export function useUpdateFollowUp() {
  const api = useApi();
  const invalidate = useInvalidateFollowUps();
  return useMutation({
    mutationFn: (variables: UpdateFollowUpVariables) => updateFollowUp(api, variables),
    onSuccess: async (_data, { workshopId }) => {
      await invalidate(workshopId);
    },
  });
}

export function useDeleteFollowUp() {
  const api = useApi();
  const invalidate = useInvalidateFollowUps();
  return useMutation({
    mutationFn: (variables: DeleteFollowUpVariables) => deleteFollowUp(api, variables),
    onSuccess: async (_data, { workshopId }) => {
      await invalidate(workshopId);
    },
  });
}
