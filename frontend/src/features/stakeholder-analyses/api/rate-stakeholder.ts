import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type {
  StakeholderRating,
  StakeholderRatingInput,
  StakeholderRatingList,
} from '@/lib/api/types';

import { analysisKeys } from './query-keys';

export interface RateStakeholderVariables {
  analysisId: string;
  stakeholderId: string;
  /** The existing rating's ETag: replacing needs it (200), creating sends none (201). */
  etag: string | undefined;
  input: StakeholderRatingInput;
}

export async function rateStakeholder(
  api: ApiClient,
  { analysisId, stakeholderId, etag, input }: RateStakeholderVariables,
): Promise<StakeholderRating> {
  const { data } = await unwrap(
    api.PUT('/api/v1/stakeholder-analyses/{id}/ratings/{stakeholderId}', {
      params: {
        path: { id: analysisId, stakeholderId },
        header: etag === undefined ? {} : { 'If-Match': etag },
      },
      body: input,
    }),
  );
  return data;
}

/** The list with the saved rating in place (or added), still ordered by stakeholder name. */
export function withRating(
  list: StakeholderRatingList,
  rating: StakeholderRating,
): StakeholderRatingList {
  const others = list.items.filter((item) => item.stakeholder.id !== rating.stakeholder.id);
  const items = [...others, rating].sort((a, b) =>
    a.stakeholder.name.localeCompare(b.stakeholder.name),
  );
  return { ...list, items };
}

export function useRateStakeholder() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: RateStakeholderVariables) => rateStakeholder(api, variables),
    onSuccess: async (rating, { analysisId }) => {
      // Show the point in its new place at once, then confirm with the server's list.
      queryClient.setQueryData<StakeholderRatingList>(analysisKeys.ratings(analysisId), (list) =>
        list ? withRating(list, rating) : list,
      );
      await queryClient.invalidateQueries({ queryKey: [...analysisKeys.all, 'ratings'] });
    },
  });
}
