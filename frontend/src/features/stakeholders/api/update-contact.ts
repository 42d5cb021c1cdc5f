import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { StakeholderContactInput } from '@/lib/api/types';

import { stakeholderKeys } from './query-keys';

export interface UpdateContactVariables {
  stakeholderId: string;
  contactId: string;
  etag: string;
  input: StakeholderContactInput;
}

export async function updateContact(
  api: ApiClient,
  { stakeholderId, contactId, etag, input }: UpdateContactVariables,
) {
  const { data } = await unwrap(
    api.PUT('/api/v1/stakeholders/{id}/contacts/{contactId}', {
      params: { path: { id: stakeholderId, contactId }, header: { 'If-Match': etag } },
      body: input,
    }),
  );
  return data;
}

export function useUpdateContact() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: UpdateContactVariables) => updateContact(api, variables),
    onSuccess: async (_contact, { stakeholderId }) => {
      await queryClient.invalidateQueries({ queryKey: stakeholderKeys.contacts(stakeholderId) });
    },
  });
}
