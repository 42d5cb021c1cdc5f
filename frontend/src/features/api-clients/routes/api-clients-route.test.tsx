import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { MachineClient } from '@/lib/api/types';
import { json, noContent, problem, stubApi } from '@/testing/fetch-stub';
import { eksempelby, meWith, musterstadt } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import { ApiClientsRoute } from './api-clients-route';

const routes = [{ path: '/settings/api-clients', element: <ApiClientsRoute /> }];
const listPath = `/api/v1/organizations/${musterstadt.id}/api-clients`;

function makeClient(overrides: Partial<MachineClient> = {}): MachineClient {
  return {
    id: 'c0ffee00-0000-4000-8000-000000000001',
    organizationId: musterstadt.id,
    clientId: 'cch-musterstadt-3f9a1c2e',
    name: 'Projektdatenbank',
    description: 'Nightly export',
    role: 'EDITOR',
    createdBy: 'musterstadt-admin',
    createdAt: '2026-03-01T09:30:00Z',
    ...overrides,
  };
}

function setup(
  extra: Parameters<typeof stubApi>[0] = {},
  me = meWith([{ organization: musterstadt, role: 'ADMIN' }]),
) {
  const api = stubApi({
    'GET /api/v1/me': () => json(me),
    [`GET ${listPath}`]: () => json([makeClient()]),
    ...extra,
  });
  return { ...renderRoutes(routes, { initialEntry: '/settings/api-clients' }), api };
}

describe('ApiClientsRoute', () => {
  it('listsTheOrganisationsClientsWithoutSecrets', async () => {
    setup();

    const table = await screen.findByRole('table', { name: 'API clients of Musterstadt' });
    const row = within(table).getByRole('row', { name: /Projektdatenbank/ });
    expect(within(row).getByText('cch-musterstadt-3f9a1c2e')).toBeInTheDocument();
    expect(within(row).getByText('Editor (reads and writes)')).toBeInTheDocument();
    expect(within(row).getByText(/by musterstadt-admin/)).toBeInTheDocument();
    expect(screen.queryByText('Client secret')).not.toBeInTheDocument();
  });

  it('validatesBeforeAskingTheServer', async () => {
    const { user, api } = setup();

    const submit = await screen.findByRole('button', { name: 'Create client' });
    await user.click(submit);

    expect(screen.getByRole('textbox', { name: /^Name/ })).toHaveFocus();
    expect(api.calls('POST', listPath)).toHaveLength(0);
  });

  it('createsAClientAndShowsItsSecretOnceWithACopyButton', async () => {
    const created = makeClient({
      id: 'c0ffee00-0000-4000-8000-000000000002',
      clientId: 'cch-musterstadt-0a1b2c3d',
      name: 'Reader',
      role: 'VIEWER',
      clientSecret: 'shown-once-secret',
    });
    const { user, api } = setup({
      [`POST ${listPath}`]: () => json(created, { status: 201, headers: { ETag: '"0"' } }),
    });

    await user.type(await screen.findByRole('textbox', { name: /^Name/ }), '  Reader ');
    await user.click(screen.getByRole('radio', { name: 'Viewer (reads)' }));
    await user.click(screen.getByRole('button', { name: 'Create client' }));

    const shown = await screen.findByRole('region', { name: '“Reader” was created' });
    expect(within(shown).getByRole('heading', { name: '“Reader” was created' })).toHaveFocus();
    expect(within(shown).getByRole('alert')).toHaveTextContent(/shown only this once/);
    expect(within(shown).getByText('shown-once-secret')).toBeInTheDocument();
    expect(api.calls('POST', listPath)[0]?.body).toEqual({ name: 'Reader', role: 'VIEWER' });

    await user.click(within(shown).getByRole('button', { name: 'Copy the secret' }));
    // user-event puts a clipboard of its own in place of the browser's.
    expect(await navigator.clipboard.readText()).toBe('shown-once-secret');
    expect(await within(shown).findByText('The secret was copied.')).toBeInTheDocument();

    await user.click(within(shown).getByRole('button', { name: 'I have stored the secret' }));
    expect(screen.queryByText('shown-once-secret')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'API clients of Musterstadt' })).toHaveFocus();
    // The list was loaded again after the creation.
    expect(api.calls('GET', listPath).length).toBeGreaterThanOrEqual(2);
  });

  it('revokesAClientAfterConfirmation', async () => {
    const { user, api } = setup({
      [`DELETE ${listPath}/:clientId`]: () => noContent(),
    });

    await user.click(await screen.findByRole('button', { name: 'Revoke Projektdatenbank' }));
    await user.click(screen.getByRole('button', { name: 'Revoke client' }));

    expect(await screen.findByText('“Projektdatenbank” was revoked.')).toBeInTheDocument();
    expect(api.calls('DELETE', `${listPath}/c0ffee00-0000-4000-8000-000000000001`)).toHaveLength(1);
  });

  it('showsWhyTheHubCannotCreateClients', async () => {
    const { user } = setup({
      [`POST ${listPath}`]: () =>
        problem(503, {
          type: 'https://circular-city-hub.example/problems/unavailable',
          title: 'Service unavailable',
          status: 503,
          detail:
            'Machine clients are not configured on this hub: it has no Keycloak admin access.',
        }),
    });

    await user.type(await screen.findByRole('textbox', { name: /^Name/ }), 'Script');
    await user.click(screen.getByRole('button', { name: 'Create client' }));

    expect(await screen.findByText(/Machine clients are not configured/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /was created/ })).not.toBeInTheDocument();
  });

  it('tellsEditorsThatOnlyAdminsManageClients', async () => {
    const { api } = setup({}, meWith([{ organization: eksempelby, role: 'EDITOR' }]));

    expect(
      await screen.findByText('Only the admins of an organisation manage its API clients.'),
    ).toBeInTheDocument();
    await waitFor(() => {
      expect(api.calls('GET', listPath)).toHaveLength(0);
    });
  });
});
