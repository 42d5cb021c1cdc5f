import { describe, expect, it } from 'vitest';

import { bulkUpsert } from './bulk';
import { json, problem, stubClient } from './test-support';
import { upsertByExternalId } from './upsert';

type Item = { externalId: string; title: string };

function items(count: number): Item[] {
  return Array.from({ length: count }, (_, i) => ({
    externalId: `p-${String(i)}`,
    title: `P ${String(i)}`,
  }));
}

function answer(body: unknown): Response {
  const sent = body as { items: Item[] };
  return json({
    created: sent.items.length,
    replaced: 0,
    failed: 0,
    results: sent.items.map((item, index) => ({
      index,
      externalId: item.externalId,
      result: 'CREATED',
      status: 201,
      etag: '"0"',
    })),
  });
}

describe('bulkUpsert', () => {
  it('sendsChunksOfAtMostAThousandEachWithItsOwnIdempotencyKey', async () => {
    const { client, requests } = stubClient((request) => answer(request.body));
    const summary = await bulkUpsert(client, '/api/v1/starter-projects/bulk', items(2001), {
      organizationId: 'org-1',
    });

    expect(requests.map((r) => (r.body as { items: Item[] }).items.length)).toEqual([
      1000, 1000, 1,
    ]);
    const keys = requests.map((r) => r.headers.get('Idempotency-Key'));
    expect(new Set(keys).size).toBe(3);
    expect(keys.every((key) => key?.startsWith('bulk-'))).toBe(true);
    expect(requests[0]?.url.pathname).toBe('/api/v1/starter-projects/bulk');
    expect(requests[0]?.url.searchParams.get('organizationId')).toBe('org-1');
    expect(summary.created).toBe(2001);
    // Indexes count over all items, not per chunk.
    expect(summary.results.at(-1)).toMatchObject({ index: 2000, externalId: 'p-2000' });
  });

  it('retriesATimeoutAndA503WithTheSameKeyAndReportsTheReplay', async () => {
    const { client, requests } = stubClient((request, call) => {
      if (call === 1) throw new TypeError('fetch failed');
      if (call === 2) return problem(503, 'busy');
      const response = answer(request.body);
      response.headers.set('Idempotent-Replayed', 'true');
      return response;
    });
    const summary = await bulkUpsert(client, '/api/v1/starter-projects/bulk', items(3), {
      backoffMs: 1,
    });

    expect(requests).toHaveLength(3);
    const keys = requests.map((r) => r.headers.get('Idempotency-Key'));
    expect(new Set(keys).size).toBe(1);
    expect(summary.requests).toEqual([
      { chunk: 0, idempotencyKey: keys[0], attempts: 3, replayed: true },
    ]);
  });

  it('countsItemFailuresOfAPartialRequest', async () => {
    const { client } = stubClient(() =>
      json({
        created: 1,
        replaced: 1,
        failed: 1,
        results: [
          { index: 0, result: 'CREATED', status: 201 },
          { index: 1, result: 'REPLACED', status: 200 },
          { index: 2, result: 'FAILED', status: 422, problem: { title: 'Invalid', status: 422 } },
        ],
      }),
    );
    const summary = await bulkUpsert(client, '/api/v1/strategies/bulk', items(3) as never, {});
    expect([summary.created, summary.replaced, summary.failed]).toEqual([1, 1, 1]);
  });

  it('givesUpOnA4xxAndRefusesChunksAboveTheLimit', async () => {
    const { client, requests } = stubClient(() => problem(403, 'not an editor'));
    await expect(
      bulkUpsert(client, '/api/v1/starter-projects/bulk', items(1)),
    ).rejects.toMatchObject({
      status: 403,
      problem: { detail: 'not an editor' },
    });
    expect(requests).toHaveLength(1);
    await expect(
      bulkUpsert(client, '/api/v1/starter-projects/bulk', items(1), { chunkSize: 1001 }),
    ).rejects.toThrow(RangeError);
  });

  it('fillsInTheParentsIdsOfABulkBelowAParent', async () => {
    const { client, requests } = stubClient((request) => answer(request.body));
    const values = [
      { externalId: '2025-Q3', observedOn: '2025-09-30', value: 181 },
      { externalId: '2025-Q4', observedOn: '2025-12-31', value: 176.5 },
    ];
    const summary = await bulkUpsert(
      client,
      '/api/v1/strategies/{strategyId}/indicators/{indicatorId}/values/bulk',
      values,
      { path: { strategyId: 's-1', indicatorId: 'i-1' }, mode: 'atomic' },
    );

    expect(requests[0]?.url.pathname).toBe('/api/v1/strategies/s-1/indicators/i-1/values/bulk');
    expect(requests[0]?.url.searchParams.get('mode')).toBe('atomic');
    expect(requests[0]?.body).toEqual({ items: values });
    expect(summary.results.map((r) => r.externalId)).toEqual(['2025-Q3', '2025-Q4']);
  });

  it('usesTheCallersKeysSoThatARerunAfterACrashReplays', async () => {
    const { client, requests } = stubClient((request) => answer(request.body));
    await bulkUpsert(client, '/api/v1/starter-projects/bulk', items(3), {
      chunkSize: 2,
      idempotencyKey: (chunk) => `nightly-2026-12-04-${String(chunk)}`,
    });
    expect(requests.map((r) => r.headers.get('Idempotency-Key'))).toEqual([
      'nightly-2026-12-04-0',
      'nightly-2026-12-04-1',
    ]);
  });
});

describe('upsertByExternalId', () => {
  it('tellsCreatedFromReplacedAndSendsTheConditions', async () => {
    const { client, requests } = stubClient((_request, call) =>
      json({ id: 'x', title: 'T' }, call === 1 ? 201 : 200, { ETag: `"${String(call - 1)}"` }),
    );
    const init = {
      params: { path: { externalId: 'pdb-1' }, query: { organizationId: 'org-1' } },
      body: { title: 'T' },
    };
    const created = await upsertByExternalId(
      client,
      '/api/v1/starter-projects/by-external-id/{externalId}',
      init,
      {
        createOnly: true,
      },
    );
    const replaced = await upsertByExternalId(
      client,
      '/api/v1/starter-projects/by-external-id/{externalId}',
      init,
      {
        ifMatch: '"0"',
      },
    );

    expect([created.outcome, created.etag]).toEqual(['created', '"0"']);
    expect([replaced.outcome, replaced.etag]).toEqual(['replaced', '"1"']);
    expect(requests[0]?.method).toBe('PUT');
    expect(requests[0]?.url.pathname).toBe('/api/v1/starter-projects/by-external-id/pdb-1');
    expect(requests[0]?.headers.get('If-None-Match')).toBe('*');
    expect(requests[1]?.headers.get('If-Match')).toBe('"0"');
  });

  it('throwsTheProblemOfA412', async () => {
    const { client } = stubClient(() => problem(412, 'changed meanwhile'));
    await expect(
      upsertByExternalId(
        client,
        '/api/v1/starter-projects/by-external-id/{externalId}',
        { params: { path: { externalId: 'pdb-1' } }, body: { title: 'T' } },
        { ifMatch: '"7"' },
      ),
    ).rejects.toMatchObject({ status: 412, problem: { detail: 'changed meanwhile' } });
  });
});
