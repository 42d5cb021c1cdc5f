import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, problem, stubApi } from '@/testing/fetch-stub';
import { meWith, musterstadt } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import type { Workshop } from '../api/types';

import { WorkshopDetailRoute } from './workshop-detail-route';

const workshopId = 'a0000000-0000-4000-8000-000000000001';

function makeWorkshop(overrides: Partial<Workshop> = {}): Workshop {
  return {
    id: workshopId,
    organizationId: musterstadt.id,
    title: 'Auftaktworkshop Kreislaufstadt',
    purpose: 'KICK_OFF',
    format: 'IN_PERSON',
    // 09:00–10:00 in Berlin (winter time).
    startsAt: '2026-02-10T08:00:00Z',
    endsAt: '2026-02-10T09:00:00Z',
    timeZone: 'Europe/Berlin',
    place: 'Rathaus, Ratssaal',
    capacity: 30,
    status: 'PLANNED',
    facilitators: [],
    agenda: {
      workshopId,
      startsAt: '2026-02-10T08:00:00Z',
      endsAt: '2026-02-10T09:00:00Z',
      availableMinutes: 60,
      plannedMinutes: 45,
      items: [
        {
          position: 1,
          title: 'Begrüßung',
          durationMinutes: 15,
          startsAt: '2026-02-10T08:00:00Z',
          endsAt: '2026-02-10T08:15:00Z',
        },
        {
          position: 2,
          title: 'Ideen sammeln',
          durationMinutes: 30,
          method: 'World Café',
          startsAt: '2026-02-10T08:15:00Z',
          endsAt: '2026-02-10T08:45:00Z',
        },
      ],
    },
    visibility: 'PRIVATE',
    version: 3,
    createdAt: '2026-01-01T10:00:00Z',
    createdBy: 'erika',
    updatedAt: '2026-01-01T10:00:00Z',
    updatedBy: 'erika',
    ...overrides,
  };
}

/** The sections below the agenda load their own lists. */
const sectionStubs = {
  'GET /api/v1/workshops/:id/follow-ups': () => json({ workshopId, items: [] }),
  'GET /api/v1/workshops/:id/participants': () =>
    json({
      workshopId,
      capacity: 30,
      freeSeats: 30,
      items: [],
      counts: { invited: 0, registered: 0, waitlist: 0, attended: 0, noShow: 0, cancelled: 0 },
      sectorBalance: [],
    }),
  'GET /api/v1/workshops/:id/outcomes': () => json({ workshopId, items: [] }),
};

function renderDetail() {
  return renderRoutes([{ path: '/workshops/:workshopId', element: <WorkshopDetailRoute /> }], {
    initialEntry: `/workshops/${workshopId}`,
  });
}

describe('WorkshopDetailRoute', () => {
  it('showsTheFactsAndTheAgendaWithRunningTimes', async () => {
    stubApi({
      ...sectionStubs,
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/workshops/:id': () => json(makeWorkshop(), { headers: { ETag: '"3"' } }),
    });
    const { user } = renderDetail();

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Auftaktworkshop Kreislaufstadt' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Kick-off')).toBeInTheDocument();
    expect(screen.getByText('Rathaus, Ratssaal')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Item 1, 09:00–09:15' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Item 2, 09:15–09:45' })).toBeInTheDocument();
    expect(screen.getByText('45 of 60 minutes planned.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Move Ideen sammeln up' }));

    const first = screen.getByRole('group', { name: 'Item 1, 09:00–09:30' });
    expect(within(first).getByRole('textbox', { name: /Title/ })).toHaveValue('Ideen sammeln');
    const second = screen.getByRole('group', { name: 'Item 2, 09:30–09:45' });
    const duration = within(second).getByRole('textbox', { name: /Duration/ });
    await user.clear(duration);
    await user.type(duration, '45');

    expect(screen.getByRole('group', { name: 'Item 2, 09:30–10:15' })).toBeInTheDocument();
    expect(
      screen.getByText('75 of 60 minutes planned. The agenda is 15 minutes too long.'),
    ).toBeInTheDocument();
  });

  it('savesTheAgendaWithIfMatchAndShowsAnAgendaThatIsTooLong', async () => {
    const api = stubApi({
      ...sectionStubs,
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/workshops/:id': () => json(makeWorkshop(), { headers: { ETag: '"3"' } }),
      'PUT /api/v1/workshops/:id/agenda': () =>
        problem(422, {
          type: 'https://circular-city-hub.example/problems/rule-violation',
          title: 'Rule violation',
          detail: 'The agenda takes 75 minutes, but the workshop lasts 60.',
        }),
    });
    const { user } = renderDetail();

    await user.click(await screen.findByRole('button', { name: 'Add agenda item' }));
    const third = screen.getByRole('group', { name: 'Item 3, 09:45–10:00' });
    await user.type(within(third).getByRole('textbox', { name: /Title/ }), 'Abschluss');
    const duration = within(third).getByRole('textbox', { name: /Duration/ });
    await user.clear(duration);
    await user.type(duration, '30');
    await user.click(screen.getByRole('button', { name: 'Save agenda' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Agenda too long');
    expect(alert).toHaveTextContent(
      'The items add up to 75 minutes, but the workshop only has 60 minutes.',
    );
    expect(alert).toHaveTextContent('The agenda takes 75 minutes, but the workshop lasts 60.');

    const [put] = api.calls('PUT', `/api/v1/workshops/${workshopId}/agenda`);
    expect(put?.headers.get('If-Match')).toBe('"3"');
    expect(put?.body).toEqual({
      items: [
        { title: 'Begrüßung', durationMinutes: 15 },
        { title: 'Ideen sammeln', durationMinutes: 30, method: 'World Café' },
        { title: 'Abschluss', durationMinutes: 30 },
      ],
    });
  });

  it('keepsTheSavedMessageAndSendsTheNewVersionOnTheNextSave', async () => {
    let version = 3;
    const api = stubApi({
      ...sectionStubs,
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/workshops/:id': () =>
        json(makeWorkshop({ version }), { headers: { ETag: `"${String(version)}"` } }),
      'PUT /api/v1/workshops/:id/agenda': () => {
        version += 1;
        return json(makeWorkshop().agenda);
      },
    });
    const { user } = renderDetail();

    await user.click(await screen.findByRole('button', { name: 'Save agenda' }));
    expect(await screen.findByText('Agenda saved.')).toBeInTheDocument();
    // The reload after saving brings version 4; the message stays and the next save sends it.
    await waitFor(() => {
      expect(api.calls('GET', `/api/v1/workshops/${workshopId}`)).toHaveLength(2);
    });
    expect(screen.getByText('Agenda saved.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save agenda' }));
    await waitFor(() => {
      expect(api.calls('PUT', `/api/v1/workshops/${workshopId}/agenda`)).toHaveLength(2);
    });
    const [first, second] = api.calls('PUT', `/api/v1/workshops/${workshopId}/agenda`);
    expect(first?.headers.get('If-Match')).toBe('"3"');
    expect(second?.headers.get('If-Match')).toBe('"4"');
    expect(screen.queryByText('The workshop has changed meanwhile')).not.toBeInTheDocument();
  });

  it('saysSoWhenTheWorkshopChangedElsewhereWhileTheAgendaIsOpen', async () => {
    let version = 3;
    stubApi({
      ...sectionStubs,
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/workshops/:id': () =>
        json(makeWorkshop({ version }), { headers: { ETag: `"${String(version)}"` } }),
    });
    const { user, queryClient } = renderDetail();
    await user.click(await screen.findByRole('button', { name: 'Add agenda item' }));

    // Someone else saves the workshop; a background refetch brings their version.
    version = 5;
    await queryClient.invalidateQueries();

    expect(await screen.findByText('The workshop has changed meanwhile')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Load latest/ }));
    await waitFor(() => {
      expect(screen.queryByText('The workshop has changed meanwhile')).not.toBeInTheDocument();
    });
  });

  it('offersToReloadAfterAConflict', async () => {
    stubApi({
      ...sectionStubs,
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/workshops/:id': () => json(makeWorkshop(), { headers: { ETag: '"3"' } }),
      'PUT /api/v1/workshops/:id/agenda': () =>
        problem(412, { title: 'Precondition Failed', detail: 'Stale version' }),
    });
    const { user } = renderDetail();

    await user.click(await screen.findByRole('button', { name: 'Save agenda' }));

    expect(await screen.findByText('The workshop has changed meanwhile')).toBeInTheDocument();
  });

  it('showsTheComputedAgendaToReaders', async () => {
    stubApi({
      ...sectionStubs,
      'GET /api/v1/me': () => json(meWith([{ organization: musterstadt, role: 'VIEWER' }])),
      'GET /api/v1/workshops/:id': () => json(makeWorkshop()),
    });
    renderDetail();

    const table = await screen.findByRole('table', { name: 'Agenda' });
    expect(
      within(table).getByRole('row', { name: /09:15–09:45 Ideen sammeln World Café/ }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save agenda' })).not.toBeInTheDocument();
    expect(await screen.findByText('No participants yet.')).toBeInTheDocument();
    expect(await screen.findByText('No outcomes recorded yet.')).toBeInTheDocument();
    // Readers may download the exports and read the history; nothing else is a button for them.
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Participants as CSV',
      'Participants as XLSX',
      'Outcomes as CSV',
      'Outcomes as XLSX',
      'Show history',
    ]);
  });

  it('showsTimesOnTheWorkshopsOwnClock', async () => {
    stubApi({
      ...sectionStubs,
      'GET /api/v1/me': () => json(meWith([{ organization: musterstadt, role: 'VIEWER' }])),
      // 08:00 UTC is 09:00 in Berlin and 06:00 in Nuuk (UTC-2 in winter).
      'GET /api/v1/workshops/:id': () => json(makeWorkshop({ timeZone: 'America/Nuuk' })),
    });
    renderDetail();

    const table = await screen.findByRole('table', { name: 'Agenda' });
    expect(
      within(table).getByRole('row', { name: /06:15–06:45 Ideen sammeln World Café/ }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/09:15–09:45/)).not.toBeInTheDocument();
  });

  it('showsWritersTheParticipantAndOutcomeForms', async () => {
    stubApi({
      ...sectionStubs,
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/workshops/:id': () => json(makeWorkshop(), { headers: { ETag: '"3"' } }),
    });
    renderDetail();

    expect(
      await screen.findByRole('group', { name: 'Register a participant' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Capture an outcome' })).toBeInTheDocument();
  });
});
