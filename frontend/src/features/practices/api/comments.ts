import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/errors';
import { etagOfVersion } from '@/lib/api/etag';

import { practiceKeys } from './query-keys';
import type { PracticeCommentKind } from './types';

/** The practice's thread, oldest first (first 100). */
export function useComments(practiceId: string) {
  const api = useApi();
  return useQuery(
    queryOptions({
      queryKey: practiceKeys.comments(practiceId),
      queryFn: async () =>
        (
          await unwrap(
            api.GET('/api/v1/practices/{practiceId}/comments', {
              params: { path: { practiceId }, query: { limit: 100 } },
            }),
          )
        ).data,
    }),
  );
}

export function useAddComment(practiceId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: { kind: PracticeCommentKind; text: string }) =>
      (
        await unwrap(
          api.POST('/api/v1/practices/{practiceId}/comments', {
            params: { path: { practiceId } },
            body: input,
          }),
        )
      ).data,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: practiceKeys.comments(practiceId) });
    },
  });
}

export function useAnswerComment(practiceId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: { commentId: string; version: number; text: string }) =>
      (
        await unwrap(
          api.PUT('/api/v1/practices/{practiceId}/comments/{commentId}/answer', {
            params: {
              path: { practiceId, commentId: input.commentId },
              header: { 'If-Match': etagOfVersion(input.version) },
            },
            body: { text: input.text },
          }),
        )
      ).data,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: practiceKeys.comments(practiceId) });
    },
  });
}
