import { expect, test } from '@playwright/test';

import type { components } from '../src/lib/api/schema.gen';

import {
  apiUrl,
  clientCredentialsToken,
  createEditorClient,
  expectNoAxeViolations,
  jwtClaims,
  logIn,
  realmUrl,
} from './support';

type Strategy = components['schemas']['Strategy'];

/**
 * Musterstadt's admin creates a machine client in the SPA; a script gets a token for it from the
 * real Keycloak, reads and writes as Musterstadt's editor; after the admin revokes it in the SPA,
 * Keycloak no longer issues tokens for it.
 */
test('an admin creates an API client for a sync script, the script uses it, the admin revokes it', async ({
  page,
  request,
}) => {
  const name = `Projektdatenbank ${String(Date.now())}`;

  await page.goto('/settings/api-clients');
  await logIn(page, 'musterstadt-admin', 'Anna Amtmann');
  await expect(page.getByRole('heading', { level: 1, name: 'API-Clients' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'API-Clients' })).toBeVisible();

  const { clientId, secret } = await test.step('the admin creates an editor client', async () => {
    const created = await createEditorClient(page, name, 'Nächtlicher Abgleich (E2E)');
    expect(created.clientId).toMatch(/^cch-musterstadt-[0-9a-f]{8}$/);
    await expectNoAxeViolations(page, 'API clients (secret shown)');
    return created;
  });

  await test.step('the script gets a token for Musterstadt as editor and uses the API', async () => {
    const token = await clientCredentialsToken(request, clientId, secret);
    const claims = jwtClaims(token);
    expect(claims.iss).toBe(realmUrl);
    expect([claims.aud].flat()).toContain('cch-api');
    expect(claims.groups).toEqual(['/organizations/musterstadt/editor']);
    const headers = { Authorization: `Bearer ${token}` };

    const read = await request.get(`${apiUrl}/api/v1/strategies?limit=5`, { headers });
    expect(read.status(), await read.text()).toBe(200);

    const write = await request.post(`${apiUrl}/api/v1/strategies`, {
      headers,
      data: { title: `Per API-Client angelegt ${clientId}`, visibility: 'PRIVATE' },
    });
    expect(write.status(), await write.text()).toBe(201);
    const strategy = (await write.json()) as Strategy;
    expect(strategy.createdBy).toBe(`service-account-${clientId}`);
  });

  await test.step('the admin stores the secret; the list shows the client without it', async () => {
    await page.getByRole('button', { name: 'Ich habe das Secret gespeichert' }).click();
    await expect(page.getByTestId('new-client-secret')).toHaveCount(0);
    const row = page
      .getByRole('table', { name: /^API-Clients von .*Musterstadt$/ })
      .getByRole('row', { name: new RegExp(name) });
    await expect(row.getByText(clientId)).toBeVisible();
    await expect(page.getByText(secret)).toHaveCount(0);
    await expectNoAxeViolations(page, 'API clients (list)');
  });

  await test.step('the admin revokes it and Keycloak issues no more tokens', async () => {
    await page.getByRole('button', { name: `${name} widerrufen` }).click();
    await page.getByRole('button', { name: 'Client widerrufen' }).click();
    await expect(page.getByText(`„${name}“ wurde widerrufen.`)).toBeVisible();
    const response = await request.post(`${realmUrl}/protocol/openid-connect/token`, {
      form: { grant_type: 'client_credentials', client_id: clientId, client_secret: secret },
    });
    expect(response.status()).toBe(401);
  });
});
