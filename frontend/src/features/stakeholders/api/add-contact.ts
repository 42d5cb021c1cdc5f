import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { StakeholderContactInput } from '@/lib/api/types';

import { stakeholderKeys } from './query-keys';

export interface AddContactVariables {
  stakeholderId: string;
  input: StakeholderContactInput;
}

export async function addContact(api: ApiClient, { stakeholderId, input }: AddContactVariables) {
  const { data } = await unwrap(
    api.POST('/api/v1/stakeholders/{id}/contacts', {
      params: { path: { id: stakeholderId } },
      body: input,
    }),
  );
  return data;
}

export function useAddContact() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: AddContactVariables) => addContact(api, variables),
    onSuccess: async (_contact, { stakeholderId }) => {
      await queryClient.invalidateQueries({ queryKey: stakeholderKeys.contacts(stakeholderId) });
    },
  });
}
