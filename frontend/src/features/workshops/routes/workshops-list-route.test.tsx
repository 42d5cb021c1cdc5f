import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, stubApi } from '@/testing/fetch-stub';
import { meWith, musterstadt } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import type { WorkshopSummary } from '../api/types';

import { WorkshopsListRoute } from './workshops-list-route';

function summary(overrides: Partial<WorkshopSummary>): WorkshopSummary {
  return {
    id: 'a0000000-0000-4000-8000-000000000001',
    organizationId: musterstadt.id,
    title: 'Auftaktworkshop Kreislaufstadt',
    purpose: 'KICK_OFF',
    format: 'IN_PERSON',
    startsAt: '2099-02-10T08:00:00Z',
    endsAt: '2099-02-10T11:00:00Z',
    timeZone: 'Europe/Berlin',
    capacity: 30,
    seatsTaken: 30,
    waitlisted: 2,
    status: 'PLANNED',
    visibility: 'PRIVATE',
    version: 0,
    updatedAt: '2026-01-01T10:00:00Z',
    updatedBy: 'erika',
    ...overrides,
  };
}

describe('WorkshopsListRoute', () => {
  it('listsUpcomingWorkshopsFirstAndFiltersByStatus', async () => {
    const api = stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/workshops': () =>
        json({
          items: [
            summary({
              id: 'a0000000-0000-4000-8000-000000000002',
              title: 'Rückblick 2025',
              startsAt: '2025-11-10T08:00:00Z',
              endsAt: '2025-11-10T11:00:00Z',
              status: 'HELD',
              waitlisted: 0,
            }),
            summary({}),
          ],
        }),
    });
    const { user } = renderRoutes([{ path: '/workshops', element: <WorkshopsListRoute /> }], {
      initialEntry: '/workshops',
    });

    const table = await screen.findByRole('table', { name: 'Workshops, upcoming first' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Auftaktworkshop Kreislaufstadt');
    expect(rows[1]).toHaveTextContent('30 of 30 (2 on the waitlist)');
    expect(rows[2]).toHaveTextContent('Rückblick 2025');
    expect(
      within(table).getByRole('link', { name: 'Auftaktworkshop Kreislaufstadt' }),
    ).toHaveAttribute('href', '/workshops/a0000000-0000-4000-8000-000000000001');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Held');
    await user.click(screen.getByRole('button', { name: 'Filter' }));

    await screen.findByRole('table', { name: 'Workshops, upcoming first' });
    expect(api.calls('GET', '/api/v1/workshops').at(-1)?.url.searchParams.get('status')).toBe(
      'HELD',
    );
  });

  it('offersToPlanAWorkshopOnlyToEditors', async () => {
    stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/workshops': () => json({ items: [] }),
    });
    renderRoutes([{ path: '/workshops', element: <WorkshopsListRoute /> }], {
      initialEntry: '/workshops',
    });

    expect(await screen.findByRole('link', { name: 'Plan workshop' })).toHaveAttribute(
      'href',
      '/workshops/new',
    );
  });

  it('offersNoPlanningToViewers', async () => {
    stubApi({
      'GET /api/v1/me': () => json(meWith([{ organization: musterstadt, role: 'VIEWER' }])),
      'GET /api/v1/workshops': () => json({ items: [] }),
    });
    renderRoutes([{ path: '/workshops', element: <WorkshopsListRoute /> }], {
      initialEntry: '/workshops',
    });

    expect(await screen.findByText('No workshops found.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Plan workshop' })).not.toBeInTheDocument();
  });
});
