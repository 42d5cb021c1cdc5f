import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

import { networkKeys } from './query-keys';
import type { NetworkMember, NetworkMemberInput } from './types';

export function membersQueryOptions(api: ApiClient, networkId: string) {
  return queryOptions({
    queryKey: networkKeys.members(networkId),
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/networks/{id}/members', { params: { path: { id: networkId } } }),
        )
      ).data,
  });
}

export function useMembers(networkId: string) {
  const api = useApi();
  return useQuery(membersQueryOptions(api, networkId));
}

export function invitationsQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: networkKeys.invitations(),
    queryFn: async () => (await unwrap(api.GET('/api/v1/network-invitations'))).data,
  });
}

/** Invitations to the caller's organisations and requests to the networks they coordinate. */
export function useInvitations() {
  const api = useApi();
  return useQuery(invitationsQueryOptions(api));
}

/** A membership changes who reads what: the network, its members, the lists and the invitations. */
function useMembershipInvalidation() {
  const queryClient = useQueryClient();
  return async (networkId: string) => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: networkKeys.members(networkId) }),
      queryClient.invalidateQueries({ queryKey: networkKeys.detail(networkId) }),
      queryClient.invalidateQueries({ queryKey: networkKeys.lists() }),
      queryClient.invalidateQueries({ queryKey: networkKeys.invitations() }),
    ]);
  };
}

export function useInviteMember(networkId: string) {
  const api = useApi();
  const invalidate = useMembershipInvalidation();
  return useMutation({
    mutationFn: async (input: NetworkMemberInput) =>
      (
        await unwrap(
          api.POST('/api/v1/networks/{id}/members', {
            params: { path: { id: networkId } },
            body: input,
          }),
        )
      ).data,
    onSuccess: () => invalidate(networkId),
  });
}

export type MembershipStep = 'accept' | 'decline' | 'leave' | 'remove';

export interface MembershipStepVariables {
  member: NetworkMember;
  step: MembershipStep;
}

export async function takeMembershipStep(
  api: ApiClient,
  { member, step }: MembershipStepVariables,
): Promise<NetworkMember> {
  const params = { params: { path: { id: member.networkId, memberId: member.id } } };
  const call =
    step === 'accept'
      ? api.POST('/api/v1/networks/{id}/members/{memberId}/accept', params)
      : step === 'decline'
        ? api.POST('/api/v1/networks/{id}/members/{memberId}/decline', params)
        : step === 'leave'
          ? api.POST('/api/v1/networks/{id}/members/{memberId}/leave', params)
          : api.POST('/api/v1/networks/{id}/members/{memberId}/remove', params);
  return (await unwrap(call)).data;
}

/** Accepting, declining, leaving or removing: the membership's side decides (contract: consent). */
export function useMembershipStep() {
  const api = useApi();
  const invalidate = useMembershipInvalidation();
  return useMutation({
    mutationFn: (variables: MembershipStepVariables) => takeMembershipStep(api, variables),
    onSuccess: (member) => invalidate(member.networkId),
  });
}

export interface AggregateConsentVariables {
  member: NetworkMember;
  sharesAggregates: boolean;
}

/**
 * The member organisation's own admin consents to, or withdraws, counting all its records in the
 * network's member comparison as figures only. The comparison changes with it at once.
 */
export function useAggregateConsent() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ member, sharesAggregates }: AggregateConsentVariables) =>
      (
        await unwrap(
          api.PUT('/api/v1/networks/{id}/members/{memberId}/aggregate-consent', {
            params: {
              path: { id: member.networkId, memberId: member.id },
              header: { 'If-Match': `"${member.version}"` },
            },
            body: { sharesAggregates },
          }),
        )
      ).data,
    onSuccess: (member) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: networkKeys.members(member.networkId) }),
        queryClient.invalidateQueries({ queryKey: networkKeys.dashboard(member.networkId) }),
      ]),
  });
}
