import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

import { stakeholderKeys } from './query-keys';

export interface EraseContactVariables {
  stakeholderId: string;
  contactId: string;
  etag: string;
}

/** Deletes the contact's personal data completely (right to erasure). */
export async function eraseContact(
  api: ApiClient,
  { stakeholderId, contactId, etag }: EraseContactVariables,
): Promise<void> {
  await unwrap(
    api.DELETE('/api/v1/stakeholders/{id}/contacts/{contactId}', {
      params: { path: { id: stakeholderId, contactId }, header: { 'If-Match': etag } },
    }),
  );
}

export function useEraseContact() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: EraseContactVariables) => eraseContact(api, variables),
    onSuccess: async (_result, { stakeholderId }) => {
      await queryClient.invalidateQueries({ queryKey: stakeholderKeys.contacts(stakeholderId) });
    },
  });
}
