import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/errors';
import { etagOfVersion } from '@/lib/api/etag';

import { practiceKeys } from './query-keys';
import type { AdoptionFeedbackInput } from './types';

/** The adoptions of a practice the caller may see (first 100), with the count of all. */
export function useAdoptions(practiceId: string) {
  const api = useApi();
  return useQuery(
    queryOptions({
      queryKey: practiceKeys.adoptions(practiceId),
      queryFn: async () =>
        (
          await unwrap(
            api.GET('/api/v1/practices/{practiceId}/adoptions', {
              params: { path: { practiceId }, query: { limit: 100 } },
            }),
          )
        ).data,
    }),
  );
}

export interface AdoptVariables {
  practiceId: string;
  organizationId?: string | undefined;
  projectTitle?: string | undefined;
}

/** Adopts the practice into a new starter project of the caller's organization. */
export function useAdoptPractice() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ practiceId, organizationId, projectTitle }: AdoptVariables) =>
      (
        await unwrap(
          api.POST('/api/v1/practices/{practiceId}/adoptions', {
            params: { path: { practiceId } },
            body: { organizationId, projectTitle },
          }),
        )
      ).data,
    onSuccess: async (adoption) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: practiceKeys.adoptions(adoption.practiceId) }),
        queryClient.invalidateQueries({ queryKey: practiceKeys.detail(adoption.practiceId) }),
        queryClient.invalidateQueries({ queryKey: practiceKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: ['starter-projects'] }),
      ]);
    },
  });
}

export interface FeedbackVariables {
  practiceId: string;
  adoptionId: string;
  version: number;
  input: AdoptionFeedbackInput;
}

/** The adopter's account of how the adoption went. */
export function useRecordFeedback() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ practiceId, adoptionId, version, input }: FeedbackVariables) =>
      (
        await unwrap(
          api.PUT('/api/v1/practices/{practiceId}/adoptions/{adoptionId}/feedback', {
            params: {
              path: { practiceId, adoptionId },
              header: { 'If-Match': etagOfVersion(version) },
            },
            body: input,
          }),
        )
      ).data,
    onSuccess: async (adoption) => {
      await queryClient.invalidateQueries({
        queryKey: practiceKeys.adoptions(adoption.practiceId),
      });
    },
  });
}
