import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/errors';
import { etagOf } from '@/lib/api/etag';

import type { VersionedPractice } from './get-practice';
import { practiceKeys } from './query-keys';
import type { PracticeInput, PracticeStatus } from './types';

export interface UpdatePracticeVariables {
  id: string;
  /** The ETag of the version the user edited; a stale one answers 412. */
  etag: string;
  input: PracticeInput;
}

function useRefresh() {
  const queryClient = useQueryClient();
  return async (updated: VersionedPractice) => {
    queryClient.setQueryData(practiceKeys.detail(updated.practice.id), updated);
    await queryClient.invalidateQueries({ queryKey: practiceKeys.lists() });
  };
}

export function useUpdatePractice() {
  const api = useApi();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async ({ id, etag, input }: UpdatePracticeVariables) => {
      const { data, response } = await unwrap(
        api.PUT('/api/v1/practices/{id}', {
          params: { path: { id }, header: { 'If-Match': etag } },
          body: input,
        }),
      );
      return { practice: data, etag: etagOf(response, data.version) };
    },
    onSuccess: refresh,
  });
}

export interface ChangePracticeStatusVariables {
  id: string;
  etag: string;
  status: PracticeStatus;
}

/** Publishes a practice (it must be NETWORK or PUBLIC) or takes it back to draft. */
export function useChangePracticeStatus() {
  const api = useApi();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async ({ id, etag, status }: ChangePracticeStatusVariables) => {
      const { data, response } = await unwrap(
        api.POST('/api/v1/practices/{id}/status', {
          params: { path: { id }, header: { 'If-Match': etag } },
          body: { status },
        }),
      );
      return { practice: data, etag: etagOf(response, data.version) };
    },
    onSuccess: refresh,
  });
}

/** Drafts a practice from a starter project in one step. */
export function useDraftPracticeFromProject() {
  const api = useApi();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (projectId: string) => {
      const { data, response } = await unwrap(
        api.POST('/api/v1/practices/from-project/{projectId}', {
          params: { path: { projectId } },
        }),
      );
      return { practice: data, etag: etagOf(response, data.version) };
    },
    onSuccess: refresh,
  });
}
