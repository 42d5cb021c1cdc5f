import { expect, test } from '@playwright/test';

import { appUrl, demoPassword, realmUrl } from './support';

/** The security settings of the realm's browser client (keycloak/circular-city-realm.json). */
test.describe('Keycloak client cch-spa', () => {
  const authEndpoint = `${realmUrl}/protocol/openid-connect/auth`;
  const redirectUri = `${appUrl}/`;

  test('refuses the password grant (no direct access grants)', async ({ request }) => {
    const response = await request.post(`${realmUrl}/protocol/openid-connect/token`, {
      form: {
        grant_type: 'password',
        client_id: 'cch-spa',
        username: 'musterstadt-editor',
        password: demoPassword,
      },
    });
    expect(response.status()).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'unauthorized_client' });
  });

  test('requires PKCE with S256', async ({ request }) => {
    const withoutPkce: Record<string, string> = {};
    const plainPkce = { code_challenge: 'x'.repeat(43), code_challenge_method: 'plain' };
    for (const pkce of [withoutPkce, plainPkce]) {
      const response = await request.get(authEndpoint, {
        params: { client_id: 'cch-spa', response_type: 'code', redirect_uri: redirectUri, ...pkce },
        maxRedirects: 0,
      });
      expect(response.status()).toBe(302);
      const location = new URL(response.headers().location, realmUrl);
      expect(location.origin + location.pathname).toBe(redirectUri);
      expect(location.searchParams.get('error')).toBe('invalid_request');
    }
  });

  test('accepts only its exact redirect URIs', async ({ request }) => {
    const response = await request.get(authEndpoint, {
      params: {
        client_id: 'cch-spa',
        response_type: 'code',
        redirect_uri: `${appUrl}/somewhere-else`,
        code_challenge: 'x'.repeat(43),
        code_challenge_method: 'S256',
      },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(400);
  });
});
