import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, stubApi } from '@/testing/fetch-stub';
import { meWith, musterstadt } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import { makeFollowUp, makeWorkshop, workshopId } from '../testing/fixtures';

import { WorkshopDetailRoute } from './workshop-detail-route';

function renderDetail(role: 'EDITOR' | 'VIEWER') {
  stubApi({
    'GET /api/v1/me': () => json(meWith([{ organization: musterstadt, role }])),
    'GET /api/v1/workshops/:id': () => json(makeWorkshop(), { headers: { ETag: '"3"' } }),
    'GET /api/v1/workshops/:id/follow-ups': () =>
      json({ workshopId, items: [makeFollowUp({ overdue: true })] }),
  });
  return renderRoutes([{ path: '/workshops/:workshopId', element: <WorkshopDetailRoute /> }], {
    initialEntry: `/workshops/${workshopId}`,
  });
}

describe('WorkshopDetailRoute planning', () => {
  it('linksEditorsToEditingAndPrintingAndShowsFollowUpsAndExports', async () => {
    renderDetail('EDITOR');

    const links = await screen.findByRole('navigation', { name: 'Workshop actions' });
    expect(within(links).getByRole('link', { name: 'Edit workshop' })).toHaveAttribute(
      'href',
      `/workshops/${workshopId}/edit`,
    );
    expect(within(links).getByRole('link', { name: 'Print agenda and minutes' })).toHaveAttribute(
      'href',
      `/workshops/${workshopId}/print`,
    );
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Follow-ups' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('checkbox', { name: 'Done: Protokoll versenden' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Participant list' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Outcomes as XLSX' })).toBeInTheDocument();
  });

  it('letsReadersPrintButNotEdit', async () => {
    renderDetail('VIEWER');

    const links = await screen.findByRole('navigation', { name: 'Workshop actions' });
    expect(within(links).queryByRole('link', { name: 'Edit workshop' })).not.toBeInTheDocument();
    expect(
      within(links).getByRole('link', { name: 'Print agenda and minutes' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('Protokoll versenden')).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });
});
