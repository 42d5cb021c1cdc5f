import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, stubApi } from '@/testing/fetch-stub';
import { meWith, musterstadt } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import {
  coordinatorOrganization,
  eventId,
  makeAttendance,
  makeEvent,
  makeNetwork,
  networkId,
} from '../testing/fixtures';

import { EventDetailRoute } from './event-detail-route';

const routes = [{ path: '/networks/:networkId/events/:eventId', element: <EventDetailRoute /> }];
const path = `/networks/${networkId}/events/${eventId}`;
const coordinatorRef = {
  id: coordinatorOrganization.id,
  name: coordinatorOrganization.name,
  kind: coordinatorOrganization.kind,
  country: coordinatorOrganization.country,
  timeZone: coordinatorOrganization.timeZone,
};
const beispielhausen = {
  id: '0d9a3a4e-0000-4000-8000-000000000003',
  name: 'Stadt Beispielhausen',
  kind: 'MUNICIPALITY' as const,
  country: 'DE',
  timeZone: 'Europe/Berlin',
};

function reports() {
  return {
    items: [
      {
        id: 'r0000000-0000-4000-8000-000000000001',
        eventId,
        networkId,
        organization: beispielhausen,
        coversFrom: '2025-11-30T23:00:00Z',
        coversTo: '2026-03-17T09:00:00Z',
        progress: 'Die Bauteilbörse ist eröffnet.',
        nextSteps: 'Private Bauherren gewinnen',
        figures: {
          projectsChangedStatus: [],
          measuresCompleted: [],
          indicatorValuesAdded: [],
          workshopsHeld: [],
        },
        version: 0,
        createdAt: '2026-03-17T09:00:00Z',
        createdBy: 'beispielhausen-editor',
        updatedAt: '2026-03-17T09:00:00Z',
        updatedBy: 'beispielhausen-editor',
      },
    ],
    members: [
      { organization: { ...musterstadt }, reported: false },
      {
        organization: beispielhausen,
        reported: true,
        reportId: 'r0000000-0000-4000-8000-000000000001',
        submittedAt: '2026-03-17T09:00:00Z',
      },
    ],
  };
}

describe('EventDetailRoute', () => {
  it('showsAgendaMaterialsAndLetsAMemberRecordItsOwnAttendance', async () => {
    const api = stubApi({
      'GET /api/v1/me': () => json(meWith([{ organization: musterstadt, role: 'EDITOR' }])),
      'GET /api/v1/networks/:id': () => json(makeNetwork()),
      'GET /api/v1/networks/:id/events/:eventId': () => json(makeEvent()),
      'GET /api/v1/networks/:id/events/:eventId/attendance': () =>
        json({
          items: [
            makeAttendance({
              organization: coordinatorRef,
              status: 'ATTENDED',
              people: 2,
              recorded: true,
              version: 3,
            }),
            makeAttendance(),
          ],
          people: 2,
        }),
      'PUT /api/v1/networks/:id/events/:eventId/attendance/:organizationId': ({ body }) =>
        json({ ...makeAttendance(), ...(body as object), recorded: true, version: 0 }),
      'GET /api/v1/networks/:id/events/:eventId/status-reports': () => json(reports()),
    });
    const { user } = renderRoutes(routes, { initialEntry: path });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Virtueller Statustermin März' }),
    ).toBeInTheDocument();
    const agenda = screen.getByRole('table', { name: 'Agenda with times' });
    expect(within(agenda).getAllByRole('row')[1]).toHaveTextContent('10:00–11:00');
    expect(within(agenda).getAllByRole('row')[1]).toHaveTextContent('Berichte der Städte');
    expect(screen.getByRole('link', { name: 'Folien' })).toHaveAttribute(
      'href',
      'https://files.example/maerz.pdf',
    );
    expect(screen.getByText('Alle Städte haben berichtet.')).toBeInTheDocument();

    const attendance = await screen.findByRole('table', {
      name: 'Attendance per member organisation',
    });
    expect(screen.getByText('2 people registered or attending.')).toBeInTheDocument();
    // The coordinator's row is read-only for a member; its own row is editable.
    expect(
      within(attendance).queryByRole('combobox', {
        name: 'Attendance of Netzwerk Kreislaufstädte',
      }),
    ).toBeNull();
    await user.selectOptions(
      within(attendance).getByRole('combobox', { name: 'Attendance of Musterstadt' }),
      'Registered',
    );
    await user.type(
      within(attendance).getByRole('spinbutton', { name: 'People from Musterstadt' }),
      '3',
    );
    await user.click(
      within(attendance).getByRole('button', { name: 'Save attendance of Musterstadt' }),
    );
    expect(await screen.findByText('Attendance of Musterstadt saved.')).toBeInTheDocument();
    const put = api.calls(
      'PUT',
      `/api/v1/networks/${networkId}/events/${eventId}/attendance/${musterstadt.id}`,
    )[0];
    expect(put?.body).toEqual({ status: 'REGISTERED', people: 3 });
    expect(put?.headers.get('If-Match')).toBeNull();

    const reportsSection = screen.getByRole('region', { name: 'Status reports' });
    expect(
      await within(reportsSection).findByText('1 of 2 member municipalities have reported.'),
    ).toBeInTheDocument();
    expect(within(reportsSection).getByText('Musterstadt: not yet reported')).toBeInTheDocument();
    expect(within(reportsSection).getByText('Die Bauteilbörse ist eröffnet.')).toBeInTheDocument();
    expect(
      within(reportsSection).getByRole('link', { name: 'Write our status report' }),
    ).toHaveAttribute('href', `${path}/report`);
  });

  it('letsTheCoordinatorTakeAttendanceOfARecordedRowWithItsVersion', async () => {
    const api = stubApi({
      'GET /api/v1/me': () =>
        json(
          meWith([
            {
              organization: {
                ...coordinatorOrganization,
                officialCode: undefined,
                population: undefined,
              },
              role: 'EDITOR',
            },
          ]),
        ),
      'GET /api/v1/networks/:id': () => json(makeNetwork()),
      'GET /api/v1/networks/:id/events/:eventId': () =>
        json(makeEvent({ kind: 'IN_PERSON', onlineLink: undefined, place: 'Köln' })),
      'GET /api/v1/networks/:id/events/:eventId/attendance': () =>
        json({
          items: [makeAttendance({ status: 'REGISTERED', people: 2, recorded: true, version: 4 })],
          people: 2,
        }),
      'PUT /api/v1/networks/:id/events/:eventId/attendance/:organizationId': ({ body }) =>
        json({ ...makeAttendance(), ...(body as object), recorded: true, version: 5 }),
    });
    const { user } = renderRoutes(routes, { initialEntry: path });

    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Attendance of Musterstadt' }),
      'Attended',
    );
    await user.click(screen.getByRole('button', { name: 'Save attendance of Musterstadt' }));
    expect(await screen.findByText('Attendance of Musterstadt saved.')).toBeInTheDocument();
    const put = api.calls(
      'PUT',
      `/api/v1/networks/${networkId}/events/${eventId}/attendance/${musterstadt.id}`,
    )[0];
    expect(put?.headers.get('If-Match')).toBe('"4"');
    expect(put?.body).toEqual({ status: 'ATTENDED', people: 2 });
    // No status reports for an in-person meeting.
    expect(screen.queryByRole('region', { name: 'Status reports' })).toBeNull();
    expect(screen.getByText('Köln')).toBeInTheDocument();
  });
});
