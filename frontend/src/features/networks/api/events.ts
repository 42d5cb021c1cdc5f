import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { etagOf } from '@/lib/api/etag';

import { networkKeys } from './query-keys';
import type { NetworkAttendanceInput, NetworkEvent, NetworkEventInput } from './types';

/** A network's schedule by start; a programme has a few dozen events at most. */
export function eventsQueryOptions(api: ApiClient, networkId: string) {
  return queryOptions({
    queryKey: networkKeys.events(networkId),
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/networks/{id}/events', {
            params: { path: { id: networkId }, query: { limit: 100 } },
          }),
        )
      ).data,
  });
}

export function useEvents(networkId: string) {
  const api = useApi();
  return useQuery(eventsQueryOptions(api, networkId));
}

export interface VersionedEvent {
  event: NetworkEvent;
  etag: string;
}

export function eventQueryOptions(api: ApiClient, networkId: string, eventId: string) {
  return queryOptions({
    queryKey: networkKeys.event(networkId, eventId),
    queryFn: async (): Promise<VersionedEvent> => {
      const { data, response } = await unwrap(
        api.GET('/api/v1/networks/{id}/events/{eventId}', {
          params: { path: { id: networkId, eventId } },
        }),
      );
      return { event: data, etag: etagOf(response, data.version) };
    },
  });
}

export function useEvent(networkId: string, eventId: string) {
  const api = useApi();
  return useQuery(eventQueryOptions(api, networkId, eventId));
}

export function useCreateEvent(networkId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: NetworkEventInput) =>
      (
        await unwrap(
          api.POST('/api/v1/networks/{id}/events', {
            params: { path: { id: networkId } },
            body: input,
          }),
        )
      ).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: networkKeys.events(networkId) }),
  });
}

export function attendanceQueryOptions(api: ApiClient, networkId: string, eventId: string) {
  return queryOptions({
    queryKey: networkKeys.attendance(networkId, eventId),
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/networks/{id}/events/{eventId}/attendance', {
            params: { path: { id: networkId, eventId } },
          }),
        )
      ).data,
  });
}

export function useAttendance(networkId: string, eventId: string) {
  const api = useApi();
  return useQuery(attendanceQueryOptions(api, networkId, eventId));
}

export interface RecordAttendanceVariables {
  organizationId: string;
  /** The recorded attendance's version; none for a first recording. */
  etag: string | undefined;
  input: NetworkAttendanceInput;
}

export function useRecordAttendance(networkId: string, eventId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ organizationId, etag, input }: RecordAttendanceVariables) =>
      (
        await unwrap(
          api.PUT('/api/v1/networks/{id}/events/{eventId}/attendance/{organizationId}', {
            params: {
              path: { id: networkId, eventId, organizationId },
              header: etag ? { 'If-Match': etag } : {},
            },
            body: input,
          }),
        )
      ).data,
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: networkKeys.attendance(networkId, eventId) }),
  });
}
