import { describe, expect, it } from 'vitest';

import { createApiClient } from '@/lib/api/client';
import { json, stubApi } from '@/testing/fetch-stub';
import { API_BASE_URL } from '@/testing/fixtures';

import { getStakeholderRegister } from './registers';

function client() {
  return createApiClient({ baseUrl: API_BASE_URL, getToken: () => Promise.resolve('token') });
}

describe('registers', () => {
  it('readsTheWholeStakeholderRegisterOfAnOrganisation', async () => {
    const api = stubApi({
      'GET /api/v1/stakeholders': ({ url }) =>
        url.searchParams.get('cursor')
          ? json({ items: [{ id: 's2' }] })
          : json({ items: [{ id: 's1' }], next: 'page-2' }),
    });

    const all = await getStakeholderRegister(client(), 'org-1');

    expect(all.map((stakeholder) => stakeholder.id)).toEqual(['s1', 's2']);
    expect(api.requests.map((request) => request.url.search)).toEqual([
      '?organizationId=org-1&limit=100',
      '?organizationId=org-1&limit=100&cursor=page-2',
    ]);
  });
});
