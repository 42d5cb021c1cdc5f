import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { etagOfVersion } from '@/lib/api/etag';

import { networkKeys } from './query-keys';
import type {
  AdvisorAssignment,
  AdvisorAssignmentInput,
  AdvisorCheckIn,
  AdvisorCheckInInput,
} from './types';

export function assignmentsQueryOptions(api: ApiClient, networkId: string) {
  return queryOptions({
    queryKey: networkKeys.assignments(networkId),
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/networks/{id}/advisor-assignments', {
            params: { path: { id: networkId } },
          }),
        )
      ).data,
  });
}

/** The network's advisor assignments the caller may see. */
export function useAssignments(networkId: string) {
  const api = useApi();
  return useQuery(assignmentsQueryOptions(api, networkId));
}

export function useAssignment(networkId: string, assignmentId: string) {
  const api = useApi();
  return useQuery({
    queryKey: [...networkKeys.assignments(networkId), 'detail', assignmentId] as const,
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/networks/{id}/advisor-assignments/{assignmentId}', {
            params: { path: { id: networkId, assignmentId } },
          }),
        )
      ).data,
  });
}

function useAdvisorInvalidation(networkId: string) {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: networkKeys.assignments(networkId) }),
      queryClient.invalidateQueries({ queryKey: networkKeys.portfolio() }),
    ]);
  };
}

export function useAssignAdvisor(networkId: string) {
  const api = useApi();
  const invalidate = useAdvisorInvalidation(networkId);
  return useMutation({
    mutationFn: async (input: AdvisorAssignmentInput) =>
      (
        await unwrap(
          api.POST('/api/v1/networks/{id}/advisor-assignments', {
            params: { path: { id: networkId } },
            body: input,
          }),
        )
      ).data,
    onSuccess: invalidate,
  });
}

/** Ends an assignment today, naming the version the coordinator saw. */
export function useEndAssignment(networkId: string) {
  const api = useApi();
  const invalidate = useAdvisorInvalidation(networkId);
  return useMutation({
    mutationFn: async (assignment: AdvisorAssignment) =>
      (
        await unwrap(
          api.POST('/api/v1/networks/{id}/advisor-assignments/{assignmentId}/end', {
            params: {
              path: { id: networkId, assignmentId: assignment.id },
              header: { 'If-Match': `"${String(assignment.version)}"` },
            },
          }),
        )
      ).data,
    onSuccess: invalidate,
  });
}

export function checkInsQueryOptions(api: ApiClient, networkId: string, assignmentId: string) {
  return queryOptions({
    queryKey: networkKeys.checkIns(networkId, assignmentId),
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/networks/{id}/advisor-assignments/{assignmentId}/check-ins', {
            params: { path: { id: networkId, assignmentId } },
          }),
        )
      ).data,
  });
}

export function useCheckIns(networkId: string, assignmentId: string) {
  const api = useApi();
  return useQuery(checkInsQueryOptions(api, networkId, assignmentId));
}

function useCheckInInvalidation(networkId: string, assignmentId: string) {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: networkKeys.checkIns(networkId, assignmentId) }),
      queryClient.invalidateQueries({ queryKey: networkKeys.portfolio() }),
    ]);
  };
}

export function useAddCheckIn(networkId: string, assignmentId: string) {
  const api = useApi();
  const invalidate = useCheckInInvalidation(networkId, assignmentId);
  return useMutation({
    mutationFn: async (input: AdvisorCheckInInput) =>
      (
        await unwrap(
          api.POST('/api/v1/networks/{id}/advisor-assignments/{assignmentId}/check-ins', {
            params: { path: { id: networkId, assignmentId } },
            body: input,
          }),
        )
      ).data,
    onSuccess: invalidate,
  });
}

/** Replaces a check-in, naming the version the writer saw (412 when someone changed it since). */
export function useUpdateCheckIn(networkId: string, assignmentId: string) {
  const api = useApi();
  const invalidate = useCheckInInvalidation(networkId, assignmentId);
  return useMutation({
    mutationFn: async ({
      checkIn,
      input,
    }: {
      checkIn: AdvisorCheckIn;
      input: AdvisorCheckInInput;
    }) =>
      (
        await unwrap(
          api.PUT(
            '/api/v1/networks/{id}/advisor-assignments/{assignmentId}/check-ins/{checkInId}',
            {
              params: {
                path: { id: networkId, assignmentId, checkInId: checkIn.id },
                header: { 'If-Match': etagOfVersion(checkIn.version) },
              },
              body: input,
            },
          ),
        )
      ).data,
    onSuccess: invalidate,
  });
}

export function useDeleteCheckIn(networkId: string, assignmentId: string) {
  const api = useApi();
  const invalidate = useCheckInInvalidation(networkId, assignmentId);
  return useMutation({
    mutationFn: async (checkIn: AdvisorCheckIn) => {
      await unwrap(
        api.DELETE(
          '/api/v1/networks/{id}/advisor-assignments/{assignmentId}/check-ins/{checkInId}',
          {
            params: {
              path: { id: networkId, assignmentId, checkInId: checkIn.id },
              header: { 'If-Match': etagOfVersion(checkIn.version) },
            },
          },
        ),
      );
    },
    onSuccess: invalidate,
  });
}

export function portfolioQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: networkKeys.portfolio(),
    queryFn: async () => (await unwrap(api.GET('/api/v1/advisor-portfolio'))).data,
  });
}

/** The municipalities the caller advises today, each with its state at a glance. */
export function usePortfolio() {
  const api = useApi();
  return useQuery(portfolioQueryOptions(api));
}
