import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

/** The stack scripts/test.sh starts; overridable to point the suite at another one. */
export const appUrl = process.env.CCH_E2E_APP_URL ?? 'http://localhost:4490';
export const apiUrl = process.env.CCH_E2E_API_URL ?? 'http://localhost:8490';
export const keycloakUrl = process.env.CCH_E2E_KEYCLOAK_URL ?? 'http://localhost:8480';
export const realmUrl = `${keycloakUrl}/realms/circular-city`;

/** Password of every demo user of the realm (docs/contract.md). */
export const demoPassword = 'demo';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe-core with the WCAG 2.1 A/AA rules on the page as it is now and records every
 * violation as a soft failure, so that one run reports all pages instead of the first.
 */
export async function expectNoAxeViolations(page: Page, pageName: string): Promise<void> {
  await test.step(`axe: ${pageName}`, async () => {
    const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    const summary = results.violations.map(
      (violation) =>
        `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n` +
        violation.nodes.map((node) => `    at ${node.target.join(' ')}`).join('\n'),
    );
    expect.soft(summary, `accessibility violations on ${pageName}`).toEqual([]);
  });
}

/** Waits for Keycloak's login page (the SPA sends every unauthenticated visitor there). */
export async function expectKeycloakLoginPage(page: Page): Promise<void> {
  await page.waitForURL((url) => url.href.startsWith(`${realmUrl}/protocol/openid-connect/auth`));
  await expect(page.getByRole('textbox', { name: /Benutzername|Username/ })).toBeVisible();
}

/** Signs in through the real Keycloak login page and waits for the SPA to show the user. */
export async function logIn(page: Page, username: string, displayName: string): Promise<void> {
  await test.step(`log in as ${username}`, async () => {
    await expectKeycloakLoginPage(page);
    await page.getByRole('textbox', { name: /Benutzername|Username/ }).fill(username);
    await page.getByRole('textbox', { name: /^(Passwort|Password)$/ }).fill(demoPassword);
    await page.getByRole('button', { name: /^(Anmelden|Sign In)$/ }).click();
    await page.waitForURL((url) => url.origin === new URL(appUrl).origin);
    await expect(page.getByText(displayName, { exact: true })).toBeVisible();
  });
}

interface TokenResponse {
  access_token: string;
  token_type: string;
  expires_in: number;
}

/** A client-credentials access token, as a sync script gets it. */
export async function clientCredentialsToken(
  request: APIRequestContext,
  clientId: string,
  clientSecret: string,
): Promise<string> {
  const response = await request.post(`${realmUrl}/protocol/openid-connect/token`, {
    form: { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret },
  });
  expect(response.status(), await response.text()).toBe(200);
  const body = (await response.json()) as TokenResponse;
  expect(body.token_type).toBe('Bearer');
  return body.access_token;
}

/** A machine client as the API clients page shows it once: its Keycloak client id and secret. */
export interface CreatedClient {
  clientId: string;
  secret: string;
}

/**
 * Creates an editor API client on the API clients page (open, signed in as an organisation's
 * admin) and reads the id and secret it shows once; the secret panel stays open.
 */
export async function createEditorClient(
  page: Page,
  name: string,
  description: string,
): Promise<CreatedClient> {
  const form = page.getByRole('form', { name: 'API-Client anlegen' });
  await form.getByRole('textbox', { name: /^Name/ }).fill(name);
  await form.getByRole('textbox', { name: 'Beschreibung' }).fill(description);
  await form.getByRole('radio', { name: 'Bearbeitend (liest und schreibt)' }).check();
  await form.getByRole('button', { name: 'Client anlegen' }).click();
  const shown = page.getByRole('region', { name: `„${name}“ wurde angelegt` });
  await expect(shown.getByRole('alert')).toContainText('nur dieses eine Mal');
  const clientId = (await shown.getByTestId('new-client-id').textContent()) ?? '';
  const secret = (await shown.getByTestId('new-client-secret').textContent()) ?? '';
  expect(clientId).toMatch(/^cch-[a-z0-9-]+-[0-9a-f]{8}$/);
  expect(secret.length).toBeGreaterThanOrEqual(16);
  return { clientId, secret };
}

/** The claims of a JWT (not verified: the API does that; this only looks inside). */
export function jwtClaims(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** The OpenAPI document leaves response fields optional; the contract says these are there. */
export function present<T>(value: T | undefined, what: string): T {
  if (value === undefined) {
    throw new Error(`${what} is missing from the response`);
  }
  return value;
}
