import { queryOptions, useQuery } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

import { stakeholderKeys } from './query-keys';

export async function getContacts(api: ApiClient, stakeholderId: string) {
  const { data } = await unwrap(
    api.GET('/api/v1/stakeholders/{id}/contacts', { params: { path: { id: stakeholderId } } }),
  );
  return data;
}

export function contactsQueryOptions(api: ApiClient, stakeholderId: string) {
  return queryOptions({
    queryKey: stakeholderKeys.contacts(stakeholderId),
    queryFn: () => getContacts(api, stakeholderId),
  });
}

/** A stakeholder's contact persons, by name: personal data, read only by the owner's editors. */
export function useContacts(stakeholderId: string, enabled: boolean) {
  const api = useApi();
  return useQuery({ ...contactsQueryOptions(api, stakeholderId), enabled });
}
