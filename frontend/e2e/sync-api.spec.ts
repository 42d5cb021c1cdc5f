import { expect, test } from '@playwright/test';

import type { components } from '../src/lib/api/schema.gen';

import { apiUrl, clientCredentialsToken, jwtClaims, present, realmUrl } from './support';

type Strategy = components['schemas']['Strategy'];
type StrategyInput = components['schemas']['StrategyInput'];
type Organization = components['schemas']['Organization'];

/**
 * A sync script of Musterstadt: a client-credentials token from Keycloak, then the API with
 * it, no browser involved.
 */
test('a sync client creates a strategy with a client-credentials token and reads it back', async ({
  request,
}) => {
  const token = await clientCredentialsToken(
    request,
    'cch-sync-musterstadt',
    'musterstadt-sync-secret',
  );

  await test.step('the token is for the API and carries the organisation group', () => {
    const claims = jwtClaims(token);
    expect(claims.iss).toBe(realmUrl);
    expect([claims.aud].flat()).toContain('cch-api');
    expect(claims.groups).toContain('/organizations/musterstadt/editor');
    expect(claims.azp).toBe('cch-sync-musterstadt');
  });

  const headers = { Authorization: `Bearer ${token}` };

  const musterstadt = await test.step('finds its organisation', async () => {
    const response = await request.get(`${apiUrl}/api/v1/organizations`, { headers });
    expect(response.status()).toBe(200);
    const organizations = (await response.json()) as Organization[];
    const found = organizations.find((organization) => organization.slug === 'musterstadt');
    if (!found) {
      throw new Error(
        'organisation musterstadt missing: does the API run with CCH_DEMO_DATA=true?',
      );
    }
    return found;
  });

  const externalId = `e2e-sync-${String(Date.now())}`;
  const input: StrategyInput = {
    title: `Synchronisierte Strategie ${externalId}`,
    summary: 'Aus dem Fachverfahren übernommen.',
    periodFrom: 2026,
    periodTo: 2035,
    visibility: 'PRIVATE',
    externalId,
  };

  const created = await test.step('POST /api/v1/strategies', async () => {
    const response = await request.post(`${apiUrl}/api/v1/strategies`, { headers, data: input });
    expect(response.status(), await response.text()).toBe(201);
    expect(response.headers()['content-type']).toContain('application/json');
    const location = response.headers().location;
    expect(location, 'Location header').toBeTruthy();
    const strategy = (await response.json()) as Strategy;
    expect(strategy).toMatchObject({
      ...input,
      organizationId: musterstadt.id,
      status: 'DRAFT',
    });
    // No adoption yet: null or left out.
    expect(strategy.adoption ?? null).toBeNull();
    expect(response.headers().etag).toBe(`"${String(strategy.version)}"`);
    expect(strategy.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(new URL(location, apiUrl).pathname).toBe(
      `/api/v1/strategies/${present(strategy.id, 'id')}`,
    );
    return { strategy, location: new URL(location, apiUrl).href };
  });

  await test.step('GET it back from its Location', async () => {
    const response = await request.get(created.location, { headers });
    expect(response.status()).toBe(200);
    expect(response.headers().etag).toBe(`"${String(created.strategy.version)}"`);
    expect((await response.json()) as Strategy).toEqual(created.strategy);
  });

  await test.step('it is in the list, found by its title', async () => {
    const response = await request.get(`${apiUrl}/api/v1/strategies`, {
      headers,
      params: { q: externalId, organizationId: present(musterstadt.id, 'organization id') },
    });
    expect(response.status()).toBe(200);
    const page = (await response.json()) as components['schemas']['StrategyPage'];
    expect(present(page.items, 'items').map((strategy) => strategy.id)).toContain(
      created.strategy.id,
    );
  });

  await test.step('without a token the API answers 401 problem+json', async () => {
    const response = await request.post(`${apiUrl}/api/v1/strategies`, { data: input });
    expect(response.status()).toBe(401);
  });
});
