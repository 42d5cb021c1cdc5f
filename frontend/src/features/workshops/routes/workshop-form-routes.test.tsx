import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, noContent, problem, stubApi } from '@/testing/fetch-stub';
import { eksempelby, makeStakeholder, makeStrategy, meWith, musterstadt } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import type { Workshop } from '../api/types';
import { makeWorkshop, workshopId } from '../testing/fixtures';

import { WorkshopCreateRoute } from './workshop-create-route';
import { WorkshopEditRoute } from './workshop-edit-route';

const routes = [
  { path: '/workshops', element: <p>workshop list</p> },
  { path: '/workshops/new', element: <WorkshopCreateRoute /> },
  { path: '/workshops/:workshopId/edit', element: <WorkshopEditRoute /> },
  { path: '/workshops/:workshopId', element: <p>workshop detail</p> },
];

const strategy = makeStrategy();
const chamber = makeStakeholder({
  id: 'c0000000-0000-4000-8000-000000000001',
  name: 'IHK Musterstadt',
  sector: 'CHAMBER',
});

function stubForms(extra: Parameters<typeof stubApi>[0] = {}, me = meWith()) {
  return stubApi({
    'GET /api/v1/me': () => json(me),
    'GET /api/v1/strategies': ({ url }) =>
      json({ items: url.searchParams.get('organizationId') === musterstadt.id ? [strategy] : [] }),
    'GET /api/v1/stakeholders': ({ url }) =>
      json({ items: url.searchParams.get('organizationId') === musterstadt.id ? [chamber] : [] }),
    ...extra,
  });
}

describe('WorkshopCreateRoute', () => {
  it('checksTheFieldsBeforeSendingAnything', async () => {
    const api = stubForms();
    const { user } = renderRoutes(routes, { initialEntry: '/workshops/new' });

    const title = await screen.findByRole('textbox', { name: /^Title/ });
    await user.selectOptions(screen.getByRole('combobox', { name: /^Format/ }), 'Hybrid');
    const capacity = screen.getByRole('textbox', { name: /^Seats/ });
    await user.clear(capacity);
    await user.type(capacity, '0');
    await user.type(screen.getByLabelText(/^Starts/), '2026-03-10T12:00');
    await user.type(screen.getByLabelText(/^Ends/), '2026-03-10T09:00');
    await user.type(screen.getByRole('textbox', { name: /^Online link/ }), 'meet.example');
    await user.click(screen.getByRole('button', { name: 'Plan workshop' }));

    expect(await screen.findByText('Please correct the marked fields.')).toBeInTheDocument();
    await waitFor(() => {
      expect(title).toHaveFocus();
    });
    expect(title).toHaveAccessibleDescription('Please fill in this field.');
    expect(screen.getByRole('textbox', { name: /^Place/ })).toHaveAccessibleDescription(
      'In-person and hybrid workshops need a place.',
    );
    expect(screen.getByRole('textbox', { name: /^Online link/ })).toHaveAccessibleDescription(
      /starting with http:\/\/ or https:\/\//,
    );
    expect(capacity).toHaveAccessibleDescription(
      /Please enter a whole number of seats from 1 to 1000\./,
    );
    expect(screen.getByLabelText(/^Ends/)).toHaveAccessibleDescription(
      'The end must be after the start.',
    );
    expect(api.calls('POST', '/api/v1/workshops')).toHaveLength(0);
  });

  it('plansAWorkshopWithBerlinTimesAndFacilitatorsThenOpensIt', { timeout: 30_000 }, async () => {
    const api = stubForms({
      'POST /api/v1/workshops': ({ body }) =>
        json(makeWorkshop({ ...(body as Partial<Workshop>), id: 'created', facilitators: [] }), {
          status: 201,
          headers: { ETag: '"0"' },
        }),
    });
    const { user, router } = renderRoutes(routes, { initialEntry: '/workshops/new' });

    await user.type(await screen.findByRole('textbox', { name: /^Title/ }), 'Zukunftswerkstatt');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Purpose/ }), 'Vision');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Format/ }), 'Hybrid');
    const strategySelect = screen.getByRole('combobox', { name: /^Strategy/ });
    await within(strategySelect).findByRole('option', { name: strategy.title });
    await user.selectOptions(strategySelect, strategy.title);
    // Summer time: Berlin is two hours ahead of UTC.
    await user.type(screen.getByLabelText(/^Starts/), '2026-06-10T09:00');
    await user.type(screen.getByLabelText(/^Ends/), '2026-06-10T12:30');
    await user.type(screen.getByRole('textbox', { name: /^Place/ }), 'Rathaus, Ratssaal');
    await user.type(
      screen.getByRole('textbox', { name: /^Online link/ }),
      'https://meet.example/kreislauf',
    );
    const capacity = screen.getByRole('textbox', { name: /^Seats/ });
    await user.clear(capacity);
    await user.type(capacity, '40');

    const facilitators = screen.getByRole('group', { name: 'Facilitators' });
    await user.click(within(facilitators).getByRole('button', { name: 'Add facilitator' }));
    const first = within(facilitators).getByRole('group', { name: 'Facilitator 1' });
    await user.selectOptions(
      within(first).getByRole('combobox', { name: /^Stakeholder/ }),
      'IHK Musterstadt (Chamber)',
    );
    await user.type(within(first).getByRole('textbox', { name: 'Role' }), 'Co-Moderation');
    await user.click(within(facilitators).getByRole('button', { name: 'Add facilitator' }));
    const second = within(facilitators).getByRole('group', { name: 'Facilitator 2' });
    await user.selectOptions(
      within(second).getByRole('combobox', { name: 'Facilitator from' }),
      'Other organisation (by name)',
    );
    await user.type(
      within(second).getByRole('textbox', { name: /^Organisation/ }),
      'Wuppertal Institut',
    );
    await user.click(screen.getByRole('button', { name: 'Plan workshop' }));

    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/workshops/created');
    });
    const [post] = api.calls('POST', '/api/v1/workshops');
    expect(post?.body).toEqual({
      organizationId: musterstadt.id,
      strategyId: strategy.id,
      title: 'Zukunftswerkstatt',
      purpose: 'VISION',
      format: 'HYBRID',
      startsAt: '2026-06-10T09:00:00+02:00',
      endsAt: '2026-06-10T12:30:00+02:00',
      place: 'Rathaus, Ratssaal',
      onlineLink: 'https://meet.example/kreislauf',
      capacity: 40,
      status: 'PLANNED',
      facilitators: [
        { stakeholderId: chamber.id, role: 'Co-Moderation' },
        { organizationName: 'Wuppertal Institut' },
      ],
      visibility: 'PRIVATE',
    });
  });

  it('letsEditorsOfSeveralOrganisationsChooseAndShowsServerFieldErrors', async () => {
    const api = stubForms(
      {
        'POST /api/v1/workshops': () =>
          problem(400, {
            title: 'Malformed request',
            errors: [{ field: 'create.input.title', message: 'Title already used today' }],
          }),
      },
      meWith([
        { organization: musterstadt, role: 'EDITOR' },
        { organization: eksempelby, role: 'ADMIN' },
      ]),
    );
    const { user } = renderRoutes(routes, { initialEntry: '/workshops/new' });

    await user.selectOptions(
      await screen.findByRole('combobox', { name: /^Organisation/ }),
      eksempelby.name,
    );
    await user.type(screen.getByRole('textbox', { name: /^Title/ }), 'Opstartsworkshop');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Format/ }), 'Online');
    await user.type(screen.getByLabelText(/^Starts/), '2026-03-10T09:00');
    await user.type(screen.getByLabelText(/^Ends/), '2026-03-10T11:00');
    await user.type(
      screen.getByRole('textbox', { name: /^Online link/ }),
      'https://meet.example/dk',
    );
    expect(screen.queryByRole('textbox', { name: /^Place/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Plan workshop' }));

    expect(await screen.findByRole('textbox', { name: /^Title/ })).toHaveAccessibleDescription(
      'Title already used today',
    );
    const [post] = api.calls('POST', '/api/v1/workshops');
    expect(post?.body).toMatchObject({
      organizationId: eksempelby.id,
      format: 'ONLINE',
      startsAt: '2026-03-10T09:00:00+01:00',
    });
    expect(post?.body).not.toHaveProperty('place');
  });

  it('tellsViewersThatTheyCannotPlanWorkshops', async () => {
    stubForms({}, meWith([{ organization: musterstadt, role: 'VIEWER' }]));
    renderRoutes(routes, { initialEntry: '/workshops/new' });

    expect(
      await screen.findByText(
        'You may not plan workshops: you are not an editor in any organisation.',
      ),
    ).toBeInTheDocument();
  });
});

describe('WorkshopEditRoute', () => {
  const held = makeWorkshop({
    strategyId: strategy.id,
    externalId: 'ris-ws-1',
    facilitators: [
      {
        stakeholder: { id: chamber.id, name: chamber.name, sector: 'CHAMBER' },
        role: 'Moderation',
      },
    ],
  });

  it('savesWithIfMatchKeepingWhatTheFormDoesNotChange', async () => {
    const api = stubForms({
      'GET /api/v1/workshops/:id': () => json(held, { headers: { ETag: '"3"' } }),
      'PUT /api/v1/workshops/:id': ({ body }) =>
        json({ ...held, ...(body as Partial<Workshop>), version: 4 }, { headers: { ETag: '"4"' } }),
    });
    const { user, router } = renderRoutes(routes, {
      initialEntry: `/workshops/${workshopId}/edit`,
    });

    expect(await screen.findByLabelText(/^Starts/)).toHaveValue('2026-02-10T09:00');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Status/ }), 'Held');
    await user.type(screen.getByRole('textbox', { name: /^Minutes/ }), 'Drei Projektideen.');
    await user.click(screen.getByRole('button', { name: 'Save workshop' }));

    await waitFor(() => {
      expect(router.state.location.pathname).toBe(`/workshops/${workshopId}`);
    });
    const [put] = api.calls('PUT', `/api/v1/workshops/${workshopId}`);
    expect(put?.headers.get('If-Match')).toBe('"3"');
    expect(put?.body).toEqual({
      strategyId: strategy.id,
      title: 'Auftaktworkshop Kreislaufstadt',
      purpose: 'KICK_OFF',
      format: 'IN_PERSON',
      startsAt: '2026-02-10T09:00:00+01:00',
      endsAt: '2026-02-10T12:00:00+01:00',
      place: 'Rathaus, Ratssaal',
      capacity: 30,
      status: 'HELD',
      facilitators: [{ stakeholderId: chamber.id, role: 'Moderation' }],
      minutes: 'Drei Projektideen.',
      visibility: 'PRIVATE',
      externalId: 'ris-ws-1',
    });
  });

  it('offersTheLatestVersionAfterAConflict', async () => {
    let version = 3;
    const api = stubForms({
      'GET /api/v1/workshops/:id': () =>
        json(makeWorkshop({ version, title: version === 3 ? 'Alt' : 'Neu' }), {
          headers: { ETag: `"${String(version)}"` },
        }),
      'PUT /api/v1/workshops/:id': () => {
        version = 5;
        return problem(412, { title: 'Precondition Failed', detail: 'Stale version' });
      },
    });
    const { user } = renderRoutes(routes, { initialEntry: `/workshops/${workshopId}/edit` });

    await user.click(await screen.findByRole('button', { name: 'Save workshop' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The workshop has changed meanwhile');
    await user.click(within(alert).getByRole('button', { name: 'Load latest version' }));

    expect(await screen.findByRole('textbox', { name: /^Title/ })).toHaveValue('Neu');
    await waitFor(() => {
      expect(screen.queryByText('The workshop has changed meanwhile')).not.toBeInTheDocument();
    });
    await user.click(screen.getByRole('button', { name: 'Save workshop' }));
    await waitFor(() => {
      expect(api.calls('PUT', `/api/v1/workshops/${workshopId}`)).toHaveLength(2);
    });
    expect(api.calls('PUT', `/api/v1/workshops/${workshopId}`)[1]?.headers.get('If-Match')).toBe(
      '"5"',
    );
  });

  it('deletesTheWorkshopAfterConfirmation', async () => {
    const api = stubForms({
      'GET /api/v1/workshops/:id': () => json(makeWorkshop(), { headers: { ETag: '"3"' } }),
      'DELETE /api/v1/workshops/:id': () => noContent(),
    });
    const { user, router } = renderRoutes(routes, {
      initialEntry: `/workshops/${workshopId}/edit`,
    });

    await user.click(await screen.findByRole('button', { name: 'Delete workshop' }));
    await user.click(screen.getByRole('button', { name: 'Delete for good' }));

    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/workshops');
    });
    expect(api.calls('DELETE', `/api/v1/workshops/${workshopId}`)[0]?.headers.get('If-Match')).toBe(
      '"3"',
    );
  });

  it('refusesReadersWhoMayNotChangeTheWorkshop', async () => {
    stubForms(
      { 'GET /api/v1/workshops/:id': () => json(makeWorkshop()) },
      meWith([{ organization: musterstadt, role: 'VIEWER' }]),
    );
    renderRoutes(routes, { initialEntry: `/workshops/${workshopId}/edit` });

    expect(
      await screen.findByText('You may read this workshop but not change it.'),
    ).toBeInTheDocument();
  });
});
