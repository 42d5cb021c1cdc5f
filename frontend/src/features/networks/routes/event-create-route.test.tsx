import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, stubApi } from '@/testing/fetch-stub';
import { meWith } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import { coordinatorOrganization, makeEvent, makeNetwork, networkId } from '../testing/fixtures';

import { EventCreateRoute } from './event-create-route';

const routes = [
  { path: '/networks/:networkId/events/new', element: <EventCreateRoute /> },
  { path: '/networks/:networkId/events/:eventId', element: <h1>Event page</h1> },
];
const me = meWith([
  {
    organization: { ...coordinatorOrganization, officialCode: undefined, population: undefined },
    role: 'EDITOR',
  },
]);

describe('EventCreateRoute', () => {
  it('plansAnEventOnTheMunicipalClock', async () => {
    const api = stubApi({
      'GET /api/v1/me': () => json(me),
      'GET /api/v1/networks/:id': () => json(makeNetwork()),
      'POST /api/v1/networks/:id/events': () => json(makeEvent(), { status: 201 }),
    });
    const { user } = renderRoutes(routes, { initialEntry: `/networks/${networkId}/events/new` });

    await user.type(await screen.findByRole('textbox', { name: /Title/ }), 'Statustermin Juni');
    await user.type(screen.getByLabelText(/Starts/), '2026-06-10T10:00');
    await user.type(screen.getByLabelText(/Ends/), '2026-06-10T11:30');
    await user.type(
      screen.getByRole('textbox', { name: 'Online link' }),
      'https://meet.example/juni',
    );
    await user.click(screen.getByRole('button', { name: 'Plan event' }));

    expect(await screen.findByRole('heading', { name: 'Event page' })).toBeInTheDocument();
    expect(api.calls('POST', `/api/v1/networks/${networkId}/events`)[0]?.body).toEqual({
      kind: 'VIRTUAL_STATUS_UPDATE',
      title: 'Statustermin Juni',
      startsAt: '2026-06-10T10:00:00+02:00',
      endsAt: '2026-06-10T11:30:00+02:00',
      onlineLink: 'https://meet.example/juni',
    });
  });

  it('checksTimesAndWhereBeforeSending', async () => {
    const api = stubApi({
      'GET /api/v1/me': () => json(me),
      'GET /api/v1/networks/:id': () => json(makeNetwork()),
    });
    const { user } = renderRoutes(routes, { initialEntry: `/networks/${networkId}/events/new` });

    await user.type(await screen.findByRole('textbox', { name: /Title/ }), 'Treffen');
    await user.type(screen.getByLabelText(/Starts/), '2026-06-10T10:00');
    await user.type(screen.getByLabelText(/Ends/), '2026-06-10T09:00');
    await user.click(screen.getByRole('button', { name: 'Plan event' }));

    expect(await screen.findByText('The end must not be before the start.')).toBeInTheDocument();
    expect(screen.getByText('Please fill in this field.')).toBeInTheDocument();
    expect(api.calls('POST', `/api/v1/networks/${networkId}/events`)).toHaveLength(0);
  });
});
