import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/errors';
import { etagOfVersion } from '@/lib/api/etag';
import type { components } from '@/lib/api/schema.gen';
import {
  councilDecisionKeys,
  councilDecisionQueryOptions,
  councilDecisionsQueryOptions,
  type CouncilDecisionFilter,
} from '@/lib/records/council-decisions';
import { strategyRecordsKey } from '@/lib/records/strategy-record';

type Schemas = components['schemas'];
export type CouncilDecision = Schemas['CouncilDecision'];
export type CouncilDecisionInput = Schemas['CouncilDecisionInput'];
export type FollowGroup = Schemas['FollowGroup'];
export type FollowGroupInput = Schemas['FollowGroupInput'];
export type FollowGroupMeeting = Schemas['FollowGroupMeeting'];
export type FollowGroupMeetingInput = Schemas['FollowGroupMeetingInput'];

export const anchoringKeys = {
  all: ['anchoring'] as const,
  decisions: () => councilDecisionKeys.all,
  groups: () => [...anchoringKeys.all, 'groups'] as const,
  groupList: (organizationId: string | undefined) =>
    [...anchoringKeys.groups(), 'list', organizationId ?? 'all'] as const,
  meetings: (groupId: string) => [...anchoringKeys.all, 'meetings', groupId] as const,
};

/** The latest council and committee decisions the caller may read (the first page of 100). */
export function useCouncilDecisions(filter: CouncilDecisionFilter = {}) {
  const api = useApi();
  return useQuery(councilDecisionsQueryOptions(api, filter));
}

export function useCouncilDecision(id: string | undefined) {
  const api = useApi();
  return useQuery({ ...councilDecisionQueryOptions(api, id ?? ''), enabled: id !== undefined });
}

function useDecisionInvalidation() {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: councilDecisionKeys.all }),
      // A strategy's adoption links to its decision, and loses the link when it is deleted.
      queryClient.invalidateQueries({ queryKey: strategyRecordsKey }),
    ]);
  };
}

export function useRecordDecision() {
  const api = useApi();
  const invalidate = useDecisionInvalidation();
  return useMutation({
    mutationFn: async (input: CouncilDecisionInput) =>
      (await unwrap(api.POST('/api/v1/council-decisions', { body: input }))).data,
    onSuccess: invalidate,
  });
}

/** Replaces a decision, naming the version the editor saw (412 when it changed since). */
export function useUpdateDecision() {
  const api = useApi();
  const invalidate = useDecisionInvalidation();
  return useMutation({
    mutationFn: async ({
      decision,
      input,
    }: {
      decision: CouncilDecision;
      input: CouncilDecisionInput;
    }) =>
      (
        await unwrap(
          api.PUT('/api/v1/council-decisions/{id}', {
            params: {
              path: { id: decision.id },
              header: { 'If-Match': etagOfVersion(decision.version) },
            },
            body: input,
          }),
        )
      ).data,
    onSuccess: invalidate,
  });
}

export function useDeleteDecision() {
  const api = useApi();
  const invalidate = useDecisionInvalidation();
  return useMutation({
    mutationFn: async (decision: CouncilDecision) => {
      await unwrap(
        api.DELETE('/api/v1/council-decisions/{id}', {
          params: {
            path: { id: decision.id },
            header: { 'If-Match': etagOfVersion(decision.version) },
          },
        }),
      );
    },
    onSuccess: invalidate,
  });
}

/** The follow groups the caller may read, optionally of one organisation only. */
export function useFollowGroups(organizationId?: string) {
  const api = useApi();
  return useQuery({
    queryKey: anchoringKeys.groupList(organizationId),
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/follow-groups', {
            params: {
              query: organizationId ? { limit: 100, organizationId } : { limit: 100 },
            },
          }),
        )
      ).data,
  });
}

function useGroupInvalidation() {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: anchoringKeys.groups() });
  };
}

export function useCreateFollowGroup() {
  const api = useApi();
  const invalidate = useGroupInvalidation();
  return useMutation({
    mutationFn: async (input: FollowGroupInput) =>
      (await unwrap(api.POST('/api/v1/follow-groups', { body: input }))).data,
    onSuccess: invalidate,
  });
}

export function useUpdateFollowGroup() {
  const api = useApi();
  const invalidate = useGroupInvalidation();
  return useMutation({
    mutationFn: async ({ group, input }: { group: FollowGroup; input: FollowGroupInput }) =>
      (
        await unwrap(
          api.PUT('/api/v1/follow-groups/{id}', {
            params: {
              path: { id: group.id },
              header: { 'If-Match': etagOfVersion(group.version) },
            },
            body: input,
          }),
        )
      ).data,
    onSuccess: invalidate,
  });
}

/** Deletes the group together with its meetings. */
export function useDeleteFollowGroup() {
  const api = useApi();
  const invalidate = useGroupInvalidation();
  return useMutation({
    mutationFn: async (group: FollowGroup) => {
      await unwrap(
        api.DELETE('/api/v1/follow-groups/{id}', {
          params: {
            path: { id: group.id },
            header: { 'If-Match': etagOfVersion(group.version) },
          },
        }),
      );
    },
    onSuccess: invalidate,
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

function useMeetingInvalidation(groupId: string) {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: anchoringKeys.meetings(groupId) });
  };
}

export function useRecordMeeting(groupId: string) {
  const api = useApi();
  const invalidate = useMeetingInvalidation(groupId);
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
    onSuccess: invalidate,
  });
}

export function useUpdateMeeting(groupId: string) {
  const api = useApi();
  const invalidate = useMeetingInvalidation(groupId);
  return useMutation({
    mutationFn: async ({
      meeting,
      input,
    }: {
      meeting: FollowGroupMeeting;
      input: FollowGroupMeetingInput;
    }) =>
      (
        await unwrap(
          api.PUT('/api/v1/follow-groups/{id}/meetings/{meetingId}', {
            params: {
              path: { id: groupId, meetingId: meeting.id },
              header: { 'If-Match': etagOfVersion(meeting.version) },
            },
            body: input,
          }),
        )
      ).data,
    onSuccess: invalidate,
  });
}

export function useDeleteMeeting(groupId: string) {
  const api = useApi();
  const invalidate = useMeetingInvalidation(groupId);
  return useMutation({
    mutationFn: async (meeting: FollowGroupMeeting) => {
      await unwrap(
        api.DELETE('/api/v1/follow-groups/{id}/meetings/{meetingId}', {
          params: {
            path: { id: groupId, meetingId: meeting.id },
            header: { 'If-Match': etagOfVersion(meeting.version) },
          },
        }),
      );
    },
    onSuccess: invalidate,
  });
}
