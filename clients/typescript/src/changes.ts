import type { HubClient } from './client';
import { asProblem, HubError } from './errors';
import type { components } from './schema.gen';

export type Change = components['schemas']['Change'];
export type ChangePage = components['schemas']['ChangePage'];

/** Where a follower keeps its cursor between runs (a file, a database row, …). */
export interface CursorStore {
  load(): Promise<string | undefined>;
  /** `undefined` forgets the cursor: the next run starts from the feed's beginning. */
  save(cursor: string | undefined): Promise<void>;
}

export function memoryCursorStore(initial?: string): CursorStore & { cursor: string | undefined } {
  const store = {
    cursor: initial,
    load: () => Promise.resolve(store.cursor),
    save: (cursor: string | undefined) => {
      store.cursor = cursor;
      return Promise.resolve();
    },
  };
  return store;
}

export interface FollowOptions {
  store: CursorStore;
  /** Called for each change in commit order; the cursor moves on after the page is handled. */
  onChange: (change: Change) => void | Promise<void>;
  /**
   * The cursor is older than the feed keeps (410 Gone): changes may have been missed. Read the
   * full lists again here; the follower then reads the feed from its beginning.
   */
  onResync: () => void | Promise<void>;
  /** Only these types, e.g. `['starter-project', 'measure']`. */
  types?: string[];
  organizationId?: string;
  /** Page size, 1 to 1,000 (default 1,000). */
  limit?: number;
  /** Stop after this many pages (default: until no more changes are ready). */
  maxPages?: number;
}

export interface FollowResult {
  changes: number;
  pages: number;
  resynced: boolean;
  cursor: string | undefined;
}

/**
 * Reads the change feed from the stored cursor until no more changes are ready. Changes are
 * handed over at least once: the cursor is saved after each page has been handled, so a crash
 * in between hands that page over again.
 */
export async function followChanges(
  client: HubClient,
  options: FollowOptions,
): Promise<FollowResult> {
  let cursor = await options.store.load();
  const result: FollowResult = { changes: 0, pages: 0, resynced: false, cursor };
  for (;;) {
    if (options.maxPages !== undefined && result.pages >= options.maxPages) break;
    const { data, error, response } = await client.GET('/api/v1/changes', {
      params: {
        query: {
          ...(cursor === undefined ? {} : { after: cursor }),
          limit: options.limit ?? 1000,
          ...(options.types?.length ? { types: options.types.join(',') } : {}),
          ...(options.organizationId ? { organizationId: options.organizationId } : {}),
        },
      },
    });
    if (response.status === 410 && !result.resynced) {
      result.resynced = true;
      await options.onResync();
      cursor = undefined;
      await options.store.save(undefined);
      continue;
    }
    if (!data) {
      throw new HubError(response.status, asProblem(error), 'GET /api/v1/changes');
    }
    result.pages++;
    for (const change of data.items) {
      await options.onChange(change);
      result.changes++;
    }
    cursor = data.next;
    await options.store.save(cursor);
    if (!data.hasMore) break;
  }
  result.cursor = cursor;
  return result;
}
