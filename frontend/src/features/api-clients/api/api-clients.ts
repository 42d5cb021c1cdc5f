import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { MachineClient, MachineClientInput } from '@/lib/api/types';

export const apiClientsQueryKey = (organizationId: string) =>
  ['api-clients', organizationId] as const;

export function apiClientsQueryOptions(api: ApiClient, organizationId: string) {
  return queryOptions({
    queryKey: apiClientsQueryKey(organizationId),
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/organizations/{id}/api-clients', {
            params: { path: { id: organizationId } },
          }),
        )
      ).data,
  });
}

/** The machine clients of an organisation the caller administers, without secrets. */
export function useApiClients(organizationId: string) {
  const api = useApi();
  return useQuery({
    ...apiClientsQueryOptions(api, organizationId),
    enabled: organizationId !== '',
  });
}

export interface CreateApiClientVariables {
  organizationId: string;
  input: MachineClientInput;
}

/** Creates a client; the answer carries its secret, which no later answer repeats. */
export function useCreateApiClient() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      organizationId,
      input,
    }: CreateApiClientVariables): Promise<MachineClient> =>
      (
        await unwrap(
          api.POST('/api/v1/organizations/{id}/api-clients', {
            params: { path: { id: organizationId } },
            body: input,
          }),
        )
      ).data,
    onSuccess: async (_created, { organizationId }) => {
      await queryClient.invalidateQueries({ queryKey: apiClientsQueryKey(organizationId) });
    },
  });
}

export interface RevokeApiClientVariables {
  organizationId: string;
  id: string;
}

export function useRevokeApiClient() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ organizationId, id }: RevokeApiClientVariables): Promise<void> => {
      await unwrap(
        api.DELETE('/api/v1/organizations/{id}/api-clients/{clientId}', {
          params: { path: { id: organizationId, clientId: id } },
        }),
      );
    },
    onSuccess: async (_result, { organizationId }) => {
      await queryClient.invalidateQueries({ queryKey: apiClientsQueryKey(organizationId) });
    },
  });
}
