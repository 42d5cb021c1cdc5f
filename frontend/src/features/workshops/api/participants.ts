import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

import { workshopKeys } from './query-keys';
import type { WorkshopParticipantInput, WorkshopParticipantStatus } from './types';

export async function getParticipants(api: ApiClient, id: string) {
  const { data } = await unwrap(
    api.GET('/api/v1/workshops/{id}/participants', { params: { path: { id } } }),
  );
  return data;
}

export function participantsQueryOptions(api: ApiClient, id: string) {
  return queryOptions({
    queryKey: workshopKeys.participants(id),
    queryFn: () => getParticipants(api, id),
  });
}

/** The participants with their counts per status and the balance of sectors. */
export function useParticipants(id: string) {
  const api = useApi();
  return useQuery(participantsQueryOptions(api, id));
}

/** Seats and waitlists also show in the workshop lists and on the dashboard. */
function useInvalidateParticipants() {
  const queryClient = useQueryClient();
  return (id: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: workshopKeys.participants(id) }),
      queryClient.invalidateQueries({ queryKey: workshopKeys.lists() }),
      queryClient.invalidateQueries({ queryKey: ['dashboard'] }),
    ]);
}

export interface AddParticipantVariables {
  workshopId: string;
  input: WorkshopParticipantInput;
}

export async function addParticipant(
  api: ApiClient,
  { workshopId, input }: AddParticipantVariables,
) {
  const { data } = await unwrap(
    api.POST('/api/v1/workshops/{id}/participants', {
      params: { path: { id: workshopId } },
      body: input,
    }),
  );
  return data;
}

/**
 * The prefix of the stakeholders feature's queries (its register lists); features do not import
 * each other, so it is spelled out here.
 */
const stakeholdersQueryPrefix = ['stakeholders'] as const;

/** Registers a stakeholder (or a new one); the answer's status says whether they got a seat. */
export function useAddParticipant() {
  const api = useApi();
  const queryClient = useQueryClient();
  const invalidate = useInvalidateParticipants();
  return useMutation({
    mutationFn: (variables: AddParticipantVariables) => addParticipant(api, variables),
    onSuccess: async (_added, { workshopId, input }) => {
      await Promise.all([
        invalidate(workshopId),
        // A new stakeholder joins the register (and with it the pickers) and the searches.
        ...(input.newStakeholder
          ? [
              queryClient.invalidateQueries({ queryKey: stakeholdersQueryPrefix }),
              queryClient.invalidateQueries({ queryKey: workshopKeys.allStakeholderSearches() }),
            ]
          : []),
      ]);
    },
  });
}

export interface ChangeParticipantStatusVariables {
  workshopId: string;
  participantId: string;
  /** The ETag of the participant version the change is based on; a stale one answers 412. */
  etag: string;
  status: WorkshopParticipantStatus;
}

export async function changeParticipantStatus(
  api: ApiClient,
  { workshopId, participantId, etag, status }: ChangeParticipantStatusVariables,
) {
  const { data } = await unwrap(
    api.PUT('/api/v1/workshops/{id}/participants/{participantId}', {
      params: { path: { id: workshopId, participantId }, header: { 'If-Match': etag } },
      body: { status },
    }),
  );
  return data;
}

/**
 * Moves a participant to another status. The list is reloaded before the mutation settles, so the
 * caller can tell who moved up from the waitlist.
 */
export function useChangeParticipantStatus() {
  const api = useApi();
  const invalidate = useInvalidateParticipants();
  return useMutation({
    mutationFn: (variables: ChangeParticipantStatusVariables) =>
      changeParticipantStatus(api, variables),
    onSuccess: async (_changed, { workshopId }) => {
      await invalidate(workshopId);
    },
  });
}

export interface RemoveParticipantVariables {
  workshopId: string;
  participantId: string;
  etag: string;
}

export async function removeParticipant(
  api: ApiClient,
  { workshopId, participantId, etag }: RemoveParticipantVariables,
) {
  await unwrap(
    api.DELETE('/api/v1/workshops/{id}/participants/{participantId}', {
      params: { path: { id: workshopId, participantId }, header: { 'If-Match': etag } },
    }),
  );
}

/**
 * Removes a participant registered by mistake (the stakeholder stays in the register). As with a
 * status change, the list is reloaded before the mutation settles, to tell who moved up.
 */
export function useRemoveParticipant() {
  const api = useApi();
  const invalidate = useInvalidateParticipants();
  return useMutation({
    mutationFn: (variables: RemoveParticipantVariables) => removeParticipant(api, variables),
    onSuccess: async (_removed, { workshopId }) => {
      await invalidate(workshopId);
    },
  });
}
