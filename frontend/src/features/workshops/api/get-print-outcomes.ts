import { useQuery } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/errors';

import { workshopKeys } from './query-keys';

/** The outcomes as the print view lists them (read only). */
export function usePrintOutcomes(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: workshopKeys.printOutcomes(id),
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/workshops/{id}/outcomes', { params: { path: { id } } }))).data,
  });
}
