import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { etagOf } from '@/lib/api/etag';

import { invalidateDerivedFromProjects } from './derived-queries';
import type { VersionedMeasure } from './get-measure';
import type { VersionedProject } from './get-project';
import { projectKeys } from './query-keys';
import type { MeasureInput } from './types';

export interface UpdateMeasureVariables {
  projectId: string;
  measureId: string;
  /** The ETag of the measure version the change is based on; a stale one answers 412. */
  etag: string;
  input: MeasureInput;
}

export async function updateMeasure(
  api: ApiClient,
  { projectId, measureId, etag, input }: UpdateMeasureVariables,
): Promise<VersionedMeasure> {
  const { data, response } = await unwrap(
    api.PUT('/api/v1/starter-projects/{id}/measures/{measureId}', {
      params: { path: { id: projectId, measureId }, header: { 'If-Match': etag } },
      body: input,
    }),
  );
  return { measure: data, etag: etagOf(response, data.version) };
}

export function useUpdateMeasure() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: UpdateMeasureVariables) => updateMeasure(api, variables),
    onSuccess: async (updated, { projectId }) => {
      queryClient.setQueryData(projectKeys.measure(projectId, updated.measure.id), updated);
      // Show the saved measure at once; the refetch then brings the project's new totals.
      queryClient.setQueryData<VersionedProject>(projectKeys.detail(projectId), (current) =>
        current
          ? {
              ...current,
              project: {
                ...current.project,
                measures: current.project.measures.map((measure) =>
                  measure.id === updated.measure.id ? updated.measure : measure,
                ),
              },
            }
          : current,
      );
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: projectKeys.detail(projectId) }),
        queryClient.invalidateQueries({ queryKey: projectKeys.lists() }),
        invalidateDerivedFromProjects(queryClient),
      ]);
    },
  });
}
