import { useQuery } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import {
  councilDecisionQueryOptions,
  councilDecisionsQueryOptions,
} from '@/lib/records/council-decisions';

/** The organisation's recorded council decisions, for choosing the one that adopted a strategy. */
export function useOrganizationDecisions(organizationId: string) {
  const api = useApi();
  return useQuery(councilDecisionsQueryOptions(api, { organizationId }));
}

/** The council decision an adoption links to (404 when the caller may not read it). */
export function useLinkedDecision(decisionId: string | undefined) {
  const api = useApi();
  return useQuery({
    ...councilDecisionQueryOptions(api, decisionId ?? ''),
    enabled: decisionId !== undefined,
  });
}
