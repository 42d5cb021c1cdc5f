import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { etagOf } from '@/lib/api/etag';

import { invalidateDerivedFromProjects } from './derived-queries';
import type { VersionedMeasure } from './get-measure';
import { projectKeys } from './query-keys';
import type { MeasureInput } from './types';

export interface AddMeasureVariables {
  projectId: string;
  input: MeasureInput;
}

export async function addMeasure(
  api: ApiClient,
  { projectId, input }: AddMeasureVariables,
): Promise<VersionedMeasure> {
  const { data, response } = await unwrap(
    api.POST('/api/v1/starter-projects/{id}/measures', {
      params: { path: { id: projectId } },
      body: input,
    }),
  );
  return { measure: data, etag: etagOf(response, data.version) };
}

export function useAddMeasure() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: AddMeasureVariables) => addMeasure(api, variables),
    onSuccess: async (added, { projectId }) => {
      queryClient.setQueryData(projectKeys.measure(projectId, added.measure.id), added);
      // The project's measures, totals and progress change with it.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: projectKeys.detail(projectId) }),
        queryClient.invalidateQueries({ queryKey: projectKeys.lists() }),
        invalidateDerivedFromProjects(queryClient),
      ]);
    },
  });
}
