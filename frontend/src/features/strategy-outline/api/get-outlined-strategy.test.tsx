import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';

import { ApiContext } from '@/lib/api/api-context';
import { createApiClient } from '@/lib/api/client';
import { strategyRecordKey } from '@/lib/records/strategy-record';
import { stubApi } from '@/testing/fetch-stub';
import { API_BASE_URL, makeStrategy } from '@/testing/fixtures';

import { useOutlinedStrategy } from './get-outlined-strategy';

describe('useOutlinedStrategy', () => {
  it('readsTheOneCachedStrategyThatEditsUpdate', async () => {
    const api = stubApi({});
    const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
    const strategy = makeStrategy({ id: 's-1', title: 'Vorher' });
    queryClient.setQueryData(strategyRecordKey('s-1'), { strategy, etag: '"1"' });
    const client = createApiClient({ baseUrl: API_BASE_URL, getToken: () => Promise.resolve('t') });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <ApiContext value={client}>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </ApiContext>
    );

    const { result } = renderHook(() => useOutlinedStrategy('s-1'), { wrapper });
    expect(result.current.data?.title).toBe('Vorher');

    // What the strategies feature's update mutation writes after a successful PUT.
    act(() => {
      queryClient.setQueryData(strategyRecordKey('s-1'), {
        strategy: { ...strategy, title: 'Nachher' },
        etag: '"2"',
      });
    });
    await waitFor(() => {
      expect(result.current.data?.title).toBe('Nachher');
    });
    expect(api.requests).toEqual([]);
    expect(queryClient.getQueryCache().getAll()).toHaveLength(1);
  });
});
