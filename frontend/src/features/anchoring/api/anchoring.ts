import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/errors';
import type { components } from '@/lib/api/schema.gen';

type Schemas = components['schemas'];
export type CouncilDecision = Schemas['CouncilDecision'];
export type CouncilDecisionInput = Schemas['CouncilDecisionInput'];
export type FollowGroup = Schemas['FollowGroup'];
export type FollowGroupInput = Schemas['FollowGroupInput'];
export type FollowGroupMeetingInput = Schemas['FollowGroupMeetingInput'];

export const anchoringKeys = {
  all: ['anchoring'] as const,
  decisions: () => [...anchoringKeys.all, 'decisions'] as const,
  groups: () => [...anchoringKeys.all, 'groups'] as const,
  meetings: (groupId: string) => [...anchoringKeys.all, 'meetings', groupId] as const,
};

/** The latest council and committee decisions the caller may read (the first page of 100). */
export function useCouncilDecisions() {
  const api = useApi();
  return useQuery({
    queryKey: anchoringKeys.decisions(),
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/council-decisions', { params: { query: { limit: 100 } } })))
        .data,
  });
}

export function useRecordDecision() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: CouncilDecisionInput) =>
      (await unwrap(api.POST('/api/v1/council-decisions', { body: input }))).data,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: anchoringKeys.decisions() });
    },
  });
}

export function useFollowGroups() {
  const api = useApi();
  return useQuery({
    queryKey: anchoringKeys.groups(),
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/follow-groups', { params: { query: { limit: 100 } } }))).data,
  });
}

export function useCreateFollowGroup() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: FollowGroupInput) =>
      (await unwrap(api.POST('/api/v1/follow-groups', { body: input }))).data,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: anchoringKeys.groups() });
    },
  });
}

export function useMeetings(groupId: string) {
  const api = useApi();
  return useQuery({
    queryKey: anchoringKeys.meetings(groupId),
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/follow-groups/{id}/meetings', { params: { path: { id: groupId } } }),
        )
      ).data,
  });
}

export function useRecordMeeting(groupId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: FollowGroupMeetingInput) =>
      (
        await unwrap(
          api.POST('/api/v1/follow-groups/{id}/meetings', {
            params: { path: { id: groupId } },
            body: input,
          }),
        )
      ).data,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: anchoringKeys.meetings(groupId) });
    },
  });
}
