import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

import { workshopKeys } from './query-keys';
import type { WorkshopOutcomeConversionInput, WorkshopOutcomeInput } from './types';

export async function getOutcomes(api: ApiClient, id: string) {
  const { data } = await unwrap(
    api.GET('/api/v1/workshops/{id}/outcomes', { params: { path: { id } } }),
  );
  return data;
}

export function outcomesQueryOptions(api: ApiClient, id: string) {
  return queryOptions({
    queryKey: workshopKeys.outcomes(id),
    queryFn: () => getOutcomes(api, id),
  });
}

/** The workshop's outcomes in the order they were recorded. */
export function useOutcomes(id: string) {
  const api = useApi();
  return useQuery(outcomesQueryOptions(api, id));
}

export interface AddOutcomeVariables {
  workshopId: string;
  input: WorkshopOutcomeInput;
}

export async function addOutcome(api: ApiClient, { workshopId, input }: AddOutcomeVariables) {
  const { data } = await unwrap(
    api.POST('/api/v1/workshops/{id}/outcomes', {
      params: { path: { id: workshopId } },
      body: input,
    }),
  );
  return data;
}

export function useAddOutcome() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: AddOutcomeVariables) => addOutcome(api, variables),
    onSuccess: async (_added, { workshopId }) => {
      await queryClient.invalidateQueries({ queryKey: workshopKeys.outcomes(workshopId) });
    },
  });
}

export interface UpdateOutcomeVariables {
  workshopId: string;
  outcomeId: string;
  /** The ETag of the outcome version the change is based on; a stale one answers 412. */
  etag: string;
  input: WorkshopOutcomeInput;
}

export async function updateOutcome(
  api: ApiClient,
  { workshopId, outcomeId, etag, input }: UpdateOutcomeVariables,
) {
  const { data } = await unwrap(
    api.PUT('/api/v1/workshops/{id}/outcomes/{outcomeId}', {
      params: { path: { id: workshopId, outcomeId }, header: { 'If-Match': etag } },
      body: input,
    }),
  );
  return data;
}

/** Replaces an outcome's fields (also a vote more or less). */
export function useUpdateOutcome() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: UpdateOutcomeVariables) => updateOutcome(api, variables),
    onSuccess: async (_updated, { workshopId }) => {
      await queryClient.invalidateQueries({ queryKey: workshopKeys.outcomes(workshopId) });
    },
  });
}

export interface DeleteOutcomeVariables {
  workshopId: string;
  outcomeId: string;
  etag: string;
}

export async function deleteOutcome(
  api: ApiClient,
  { workshopId, outcomeId, etag }: DeleteOutcomeVariables,
) {
  await unwrap(
    api.DELETE('/api/v1/workshops/{id}/outcomes/{outcomeId}', {
      params: { path: { id: workshopId, outcomeId }, header: { 'If-Match': etag } },
    }),
  );
}

export function useDeleteOutcome() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: DeleteOutcomeVariables) => deleteOutcome(api, variables),
    onSuccess: async (_deleted, { workshopId }) => {
      await queryClient.invalidateQueries({ queryKey: workshopKeys.outcomes(workshopId) });
    },
  });
}

export interface ConvertOutcomeVariables {
  workshopId: string;
  outcomeId: string;
  etag: string;
  input: WorkshopOutcomeConversionInput;
}

export async function convertOutcome(
  api: ApiClient,
  { workshopId, outcomeId, etag, input }: ConvertOutcomeVariables,
) {
  const { data } = await unwrap(
    api.POST('/api/v1/workshops/{id}/outcomes/{outcomeId}/convert', {
      params: { path: { id: workshopId, outcomeId }, header: { 'If-Match': etag } },
      body: input,
    }),
  );
  // Only the outcome's link is read: it names what was created, whichever the target was.
  return data.outcome;
}

/** Turns an outcome into a starter project (or a goal of the workshop's strategy). */
export function useConvertOutcome() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: ConvertOutcomeVariables) => convertOutcome(api, variables),
    onSuccess: async (_converted, { workshopId }) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: workshopKeys.outcomes(workshopId) }),
        // Other features' caches, by their key prefixes (features do not import each other).
        queryClient.invalidateQueries({ queryKey: ['starter-projects'] }),
        queryClient.invalidateQueries({ queryKey: ['strategy-outline'] }),
        queryClient.invalidateQueries({ queryKey: ['dashboard'] }),
      ]);
    },
  });
}
