import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { json, problem, stubApi } from '@/testing/fetch-stub';
import { eksempelby, meWith, musterstadt } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import type { NetworkMemberStanding } from '../api/types';
import { networkId } from '../testing/fixtures';

import { NetworkDashboardRoute } from './network-dashboard-route';

const routes = [{ path: '/networks/:networkId/dashboard', element: <NetworkDashboardRoute /> }];

function standing(
  organization: typeof musterstadt,
  overrides: Partial<NetworkMemberStanding> = {},
): NetworkMemberStanding {
  return {
    organization: {
      id: organization.id,
      name: organization.name,
      kind: organization.kind,
      country: organization.country,
      timeZone: organization.timeZone,
    },
    basis: 'SHARED_RECORDS',
    strategies: 2,
    adoptedStrategies: 1,
    strategyCompleteness: 57,
    projects: {
      total: 3,
      byStatus: [{ status: 'IMPLEMENTATION', count: 3 }],
      byFieldOfAction: [{ fieldOfAction: 'CONSTRUCTION_BUILDINGS', count: 2 }],
      impact: {
        measureCount: 4,
        co2eTonnesPerYear: 120.5,
        renewableMwhPerYear: 0,
        energyReplacedMwhPerYear: 0,
        materialAvoidedT: 30,
        materialReusedT: 0,
        materialRecycledT: 0,
        cost: 50000,
      },
    },
    workshopsHeld: 2,
    eventsAttended: 3,
    statusReports: 1,
    practicesPublished: 1,
    practiceAdoptions: 2,
    ...overrides,
  };
}

describe('NetworkDashboardRoute', () => {
  const downloads: string[] = [];
  const recordDownload = (event: MouseEvent) => {
    if (event.target instanceof HTMLAnchorElement && event.target.download) {
      downloads.push(event.target.download);
      event.preventDefault();
    }
  };

  beforeEach(() => {
    downloads.length = 0;
    // jsdom has no object URLs; the browser's own implementation is not under test here.
    Object.defineProperty(URL, 'createObjectURL', {
      configurable: true,
      value: vi.fn(() => 'blob:http://localhost/comparison'),
    });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: vi.fn() });
    document.addEventListener('click', recordDownload);
  });

  afterEach(() => {
    document.removeEventListener('click', recordDownload);
  });

  it('comparesTheMembersInATableAndExportsIt', async () => {
    const api = stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/networks/:id/dashboard': () =>
        json({
          networkId,
          networkName: 'Städtekonsortium Kreislaufstadt',
          members: [
            standing(eksempelby, {
              strategies: 0,
              adoptedStrategies: 0,
              strategyCompleteness: undefined,
            }),
            standing(musterstadt),
          ],
        }),
      'GET /api/v1/networks/:id/dashboard/export': () =>
        new Response('Municipality\n', { headers: { 'Content-Type': 'text/csv' } }),
    });
    const { user } = renderRoutes(routes, { initialEntry: `/networks/${networkId}/dashboard` });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Member comparison' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Städtekonsortium Kreislaufstadt' })).toHaveAttribute(
      'href',
      `/networks/${networkId}`,
    );
    const table = screen.getByRole('table', { name: 'Member municipalities compared' });
    const muster = within(table).getByRole('row', { name: /^Musterstadt/ });
    expect(
      within(muster)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['2 (1)', '57%', '3', '120.5', '2', '3', '1', '1 (2)']);
    const danish = within(table).getByRole('row', { name: /^Eksempelby/ });
    expect(within(danish).getAllByRole('cell')[1]).toHaveTextContent('–');
    expect(
      screen.getByRole('table', { name: 'Estimated CO2e savings per year' }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Export as XLSX' }));

    expect(
      await screen.findByText('The file network-comparison.xlsx has been downloaded.'),
    ).toBeInTheDocument();
    const [request] = api.calls('GET', `/api/v1/networks/${networkId}/dashboard/export`);
    expect(request?.url.searchParams.get('format')).toBe('xlsx');
    expect(request?.headers.get('Authorization')).toBe('Bearer test-access-token');
    expect(downloads).toEqual(['network-comparison.xlsx']);
  });

  it('marksTheRowsCountedFromConsentedFigures', async () => {
    stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/networks/:id/dashboard': () =>
        json({
          networkId,
          networkName: 'Städtekonsortium Kreislaufstadt',
          members: [standing(eksempelby), standing(musterstadt, { basis: 'AGGREGATES_CONSENTED' })],
        }),
    });
    renderRoutes(routes, { initialEntry: `/networks/${networkId}/dashboard` });

    const table = await screen.findByRole('table', { name: 'Member municipalities compared' });
    expect(
      within(table).getByRole('rowheader', { name: 'Musterstadt Consented figures' }),
    ).toBeInTheDocument();
    expect(
      within(table).getByRole('rowheader', { name: 'Eksempelby Kommune' }),
    ).toBeInTheDocument();
    expect(within(table).getAllByText('Consented figures')).toHaveLength(1);
    expect(screen.getByText(/^Rows marked “Consented figures” count all/)).toBeInTheDocument();
  });

  it('explainsNoBasisWhenEveryRowCountsSharedRecords', async () => {
    stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/networks/:id/dashboard': () =>
        json({
          networkId,
          networkName: 'Städtekonsortium Kreislaufstadt',
          members: [standing(musterstadt)],
        }),
    });
    renderRoutes(routes, { initialEntry: `/networks/${networkId}/dashboard` });

    await screen.findByRole('table', { name: 'Member municipalities compared' });
    expect(screen.queryByText('Consented figures')).toBeNull();
    expect(screen.queryByText(/^Rows marked/)).toBeNull();
  });

  it('saysSoWhenTheCallerMayNotSeeTheNetwork', async () => {
    stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/networks/:id/dashboard': () =>
        problem(404, {
          title: 'Not found',
          detail: 'Network does not exist or is not visible to you.',
        }),
    });
    renderRoutes(routes, { initialEntry: `/networks/${networkId}/dashboard` });

    expect(
      await screen.findByText('Network does not exist or is not visible to you.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
