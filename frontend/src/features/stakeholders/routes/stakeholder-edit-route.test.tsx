import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, problem, stubApi } from '@/testing/fetch-stub';
import { makeStakeholder, meWith, musterstadt } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import { StakeholderCreateRoute } from './stakeholder-create-route';
import { StakeholderEditRoute } from './stakeholder-edit-route';

const stakeholder = makeStakeholder({ version: 2 });
const path = `/api/v1/stakeholders/${stakeholder.id}`;

const routes = [
  { path: '/stakeholders/new', element: <StakeholderCreateRoute /> },
  { path: '/stakeholders/:stakeholderId/edit', element: <StakeholderEditRoute /> },
  { path: '/stakeholders/:stakeholderId', element: <p>stakeholder detail</p> },
];

describe('StakeholderCreateRoute', () => {
  it('requiresNameAndSectorAndCreatesTheStakeholder', async () => {
    const api = stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'POST /api/v1/stakeholders': ({ body }) =>
        json({ ...stakeholder, ...(body as object), id: 'created' }, { status: 201 }),
    });
    const { user } = renderRoutes(routes, { initialEntry: '/stakeholders/new' });

    await user.click(await screen.findByRole('button', { name: 'Create stakeholder' }));

    await waitFor(() => {
      expect(screen.getByRole('textbox', { name: /Name/ })).toHaveFocus();
    });
    expect(screen.getByRole('combobox', { name: /Sector/ })).toHaveAccessibleDescription(
      'Please choose an option.',
    );
    expect(api.calls('POST', '/api/v1/stakeholders')).toEqual([]);

    await user.type(screen.getByRole('textbox', { name: /Name/ }), 'Repair Café Musterstadt');
    await user.selectOptions(screen.getByRole('combobox', { name: /Sector/ }), 'CIVIL_SOCIETY');
    const fields = screen.getByRole('group', { name: 'Fields of action' });
    await user.click(within(fields).getByRole('checkbox', { name: 'Waste and resources' }));
    await user.click(within(fields).getByRole('checkbox', { name: 'Construction and buildings' }));
    await user.click(screen.getByRole('button', { name: 'Create stakeholder' }));

    expect(await screen.findByText('stakeholder detail')).toBeInTheDocument();
    expect(api.calls('POST', '/api/v1/stakeholders')[0]?.body).toEqual({
      organizationId: musterstadt.id,
      name: 'Repair Café Musterstadt',
      sector: 'CIVIL_SOCIETY',
      // In the order of the vocabulary, not of the clicks.
      fieldsOfAction: ['CONSTRUCTION_BUILDINGS', 'WASTE_RESOURCES'],
      visibility: 'PRIVATE',
    });
  });
});

describe('StakeholderEditRoute', () => {
  it('savesTheChangesWithIfMatch', async () => {
    const api = stubApi({
      'GET /api/v1/me': () => json(meWith()),
      [`GET ${path}`]: () => json(stakeholder, { headers: { ETag: '"2"' } }),
      [`PUT ${path}`]: ({ body }) => json({ ...stakeholder, ...(body as object), version: 3 }),
    });
    const { user } = renderRoutes(routes, { initialEntry: `/stakeholders/${stakeholder.id}/edit` });

    const description = await screen.findByRole('textbox', { name: 'Description' });
    await user.clear(description);
    await user.type(description, 'Partner für zirkuläres Bauen.');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('stakeholder detail')).toBeInTheDocument();
    const [request] = api.calls('PUT', path);
    expect(request?.headers.get('If-Match')).toBe('"2"');
    expect(request?.body).toEqual({
      name: 'Handwerkskammer Musterstadt',
      sector: 'CHAMBER',
      fieldsOfAction: ['CONSTRUCTION_BUILDINGS'],
      website: 'https://hwk-musterstadt.example',
      description: 'Partner für zirkuläres Bauen.',
      visibility: 'PRIVATE',
    });
  });

  it('showsServerFieldErrorsNextToTheirFields', async () => {
    stubApi({
      'GET /api/v1/me': () => json(meWith()),
      [`GET ${path}`]: () => json(stakeholder),
      [`PUT ${path}`]: () =>
        problem(400, {
          title: 'Invalid request',
          detail: 'The request has 2 invalid fields.',
          errors: [
            { field: 'updateStakeholder.input.website', message: 'must match "https?://\\S+"' },
            { field: 'updateStakeholder.input.fieldsOfAction[0]', message: 'is not known' },
          ],
        }),
    });
    const { user } = renderRoutes(routes, { initialEntry: `/stakeholders/${stakeholder.id}/edit` });

    await user.click(await screen.findByRole('button', { name: 'Save changes' }));

    const website = await screen.findByRole('textbox', { name: 'Website' });
    expect(await screen.findByText('must match "https?://\\S+"')).toBeInTheDocument();
    expect(website).toHaveAttribute('aria-invalid', 'true');
    const fields = screen.getByRole('group', { name: 'Fields of action' });
    expect(fields).toHaveAccessibleDescription('is not known');
    // The first rejected field in reading order takes focus.
    expect(
      within(fields).getByRole('checkbox', { name: 'Construction and buildings' }),
    ).toHaveFocus();
  });

  it('reportsAConflictAndReloadsTheLatestVersion', async () => {
    let latest = stakeholder;
    const api = stubApi({
      'GET /api/v1/me': () => json(meWith()),
      [`GET ${path}`]: () => json(latest, { headers: { ETag: `"${latest.version}"` } }),
      [`PUT ${path}`]: ({ request }) =>
        request.headers.get('If-Match') === `"${latest.version}"`
          ? json({ ...latest, version: latest.version + 1 })
          : problem(412, { title: 'Stale version', detail: 'This record has changed.' }),
    });
    const { user } = renderRoutes(routes, { initialEntry: `/stakeholders/${stakeholder.id}/edit` });

    await screen.findByRole('textbox', { name: /Name/ });
    latest = { ...stakeholder, name: 'HWK Musterstadt', version: 5 };
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone else changed this stakeholder');
    await user.click(within(alert).getByRole('button', { name: 'Load latest version' }));
    expect(await screen.findByDisplayValue('HWK Musterstadt')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('stakeholder detail')).toBeInTheDocument();
    expect(api.calls('PUT', path).map((request) => request.headers.get('If-Match'))).toEqual([
      '"2"',
      '"5"',
    ]);
  });
});
