import { describe, expect, it, vi } from 'vitest';

import { followChanges, memoryCursorStore, type Change } from './changes';
import { json, problem, stubClient } from './test-support';

function change(id: string, operation: Change['operation'] = 'UPDATE'): Change {
  return {
    type: 'starter-project',
    id,
    operation,
    organizationId: 'org',
    rootType: 'starter-project',
    rootId: id,
    changedAt: '2026-12-04T10:00:00Z',
  };
}

describe('followChanges', () => {
  it('readsPageAfterPageFromTheStoredCursorAndSavesTheLastOne', async () => {
    const pages: Record<string, unknown> = {
      c1: { items: [change('a'), change('b')], next: 'c2', hasMore: true },
      c2: { items: [change('c', 'DELETE')], next: 'c3', hasMore: false },
    };
    const { client, requests } = stubClient((request) =>
      json(pages[request.url.searchParams.get('after') ?? '']),
    );
    const store = memoryCursorStore('c1');
    const seen: string[] = [];

    const result = await followChanges(client, {
      store,
      types: ['starter-project', 'measure'],
      onChange: (c) => {
        seen.push(`${c.operation}:${c.id}`);
      },
      onResync: () => {
        throw new Error('no resync expected');
      },
    });

    expect(seen).toEqual(['UPDATE:a', 'UPDATE:b', 'DELETE:c']);
    expect(result).toEqual({ changes: 3, pages: 2, resynced: false, cursor: 'c3' });
    expect(store.cursor).toBe('c3');
    expect(requests[0]?.url.searchParams.get('types')).toBe('starter-project,measure');
    expect(requests[0]?.url.searchParams.get('limit')).toBe('1000');
  });

  it('keepsTheCursorOfTheLastHandledPageWhenAHandlerFails', async () => {
    const { client } = stubClient((request) =>
      request.url.searchParams.get('after') === 'c2'
        ? json({ items: [change('x')], next: 'c3', hasMore: false })
        : json({ items: [change('a')], next: 'c2', hasMore: true }),
    );
    const store = memoryCursorStore();
    await expect(
      followChanges(client, {
        store,
        onChange: (c) => {
          if (c.id === 'x') throw new Error('downstream down');
        },
        onResync: vi.fn(),
      }),
    ).rejects.toThrow('downstream down');
    // The next run hands over the failed page again: at least once.
    expect(store.cursor).toBe('c2');
  });

  it('signalsAResyncOn410AndThenReadsTheFeedFromItsStart', async () => {
    const { client, requests } = stubClient((request) =>
      request.url.searchParams.has('after')
        ? problem(410, 'cursor too old')
        : json({ items: [change('a')], next: 'fresh', hasMore: false }),
    );
    const store = memoryCursorStore('expired');
    const onResync = vi.fn();

    const result = await followChanges(client, { store, onChange: vi.fn(), onResync });

    expect(onResync).toHaveBeenCalledTimes(1);
    expect(result).toMatchObject({ resynced: true, changes: 1, cursor: 'fresh' });
    expect(requests.map((r) => r.url.searchParams.get('after'))).toEqual(['expired', null]);
    expect(store.cursor).toBe('fresh');
  });

  it('throwsOtherErrorsWithTheirProblem', async () => {
    const { client } = stubClient(() => problem(403, 'not a member'));
    await expect(
      followChanges(client, { store: memoryCursorStore(), onChange: vi.fn(), onResync: vi.fn() }),
    ).rejects.toMatchObject({ status: 403 });
  });
});
