import { describe, expect, it } from 'vitest';

import { createApiClient } from '@/lib/api/client';
import { ApiError } from '@/lib/api/errors';
import { json, noContent, problem, stubApi } from '@/testing/fetch-stub';
import { API_BASE_URL, makeStrategy } from '@/testing/fixtures';

import { changeStrategyStatus } from './change-strategy-status';
import { deleteStrategy } from './delete-strategy';
import { getStrategies } from './get-strategies';
import { getStrategy } from './get-strategy';
import { updateStrategy } from './update-strategy';

const strategy = makeStrategy({ version: 3 });
const path = `/api/v1/strategies/${strategy.id}`;

function client() {
  return createApiClient({ baseUrl: API_BASE_URL, getToken: () => Promise.resolve('token') });
}

describe('strategy API', () => {
  it('readsTheEtagHeaderOfAStrategy', async () => {
    stubApi({ [`GET ${path}`]: () => json(strategy, { headers: { ETag: '"3"' } }) });

    await expect(getStrategy(client(), strategy.id)).resolves.toEqual({ strategy, etag: '"3"' });
  });

  it('buildsTheEtagFromTheVersionWhenTheHeaderIsNotExposed', async () => {
    stubApi({ [`GET ${path}`]: () => json({ ...strategy, version: 7 }) });

    const { etag } = await getStrategy(client(), strategy.id);

    expect(etag).toBe('"7"');
  });

  it('sendsIfMatchOnUpdate', async () => {
    const api = stubApi({
      [`PUT ${path}`]: () => json({ ...strategy, version: 4 }, { headers: { ETag: '"4"' } }),
    });

    const result = await updateStrategy(client(), {
      id: strategy.id,
      etag: '"3"',
      input: { title: 'Neu', visibility: 'PUBLIC' },
    });

    const [request] = api.calls('PUT', path);
    expect(request?.headers.get('If-Match')).toBe('"3"');
    expect(request?.headers.get('Content-Type')).toBe('application/json');
    expect(request?.body).toEqual({ title: 'Neu', visibility: 'PUBLIC' });
    expect(result.etag).toBe('"4"');
  });

  it('sendsIfMatchOnDelete', async () => {
    const api = stubApi({ [`DELETE ${path}`]: () => noContent() });

    await deleteStrategy(client(), { id: strategy.id, etag: '"3"' });

    expect(api.calls('DELETE', path)[0]?.headers.get('If-Match')).toBe('"3"');
  });

  it('sendsIfMatchOnStatusChange', async () => {
    const api = stubApi({
      [`POST ${path}/status`]: () => json({ ...strategy, status: 'IN_REVIEW', version: 4 }),
    });

    const result = await changeStrategyStatus(client(), {
      id: strategy.id,
      etag: '"3"',
      change: { status: 'IN_REVIEW' },
    });

    const [request] = api.calls('POST', `${path}/status`);
    expect(request?.headers.get('If-Match')).toBe('"3"');
    expect(request?.body).toEqual({ status: 'IN_REVIEW' });
    expect(result).toEqual({
      strategy: { ...strategy, status: 'IN_REVIEW', version: 4 },
      etag: '"4"',
    });
  });

  it('rejectsAStaleEtagWithAConflictError', async () => {
    stubApi({
      [`PUT ${path}`]: () =>
        problem(412, { title: 'Precondition Failed', detail: 'The strategy has changed.' }),
    });

    const update = updateStrategy(client(), {
      id: strategy.id,
      etag: '"2"',
      input: { title: 'Alt' },
    });

    await expect(update).rejects.toBeInstanceOf(ApiError);
    await expect(update).rejects.toMatchObject({ status: 412 });
  });

  it('passesFiltersAndCursorAsQueryParameters', async () => {
    const api = stubApi({ 'GET /api/v1/strategies': () => json({ items: [], next: null }) });

    await getStrategies(client(), { status: 'ADOPTED', q: 'wärme' }, 'cursor-2');

    const params = Object.fromEntries(api.requests[0]?.url.searchParams ?? []);
    expect(params).toEqual({ limit: '20', cursor: 'cursor-2', status: 'ADOPTED', q: 'wärme' });
  });
});
