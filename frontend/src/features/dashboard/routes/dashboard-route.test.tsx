import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, stubApi } from '@/testing/fetch-stub';
import { eksempelby, meWith, musterstadt } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import type { Dashboard } from '../api/types';

import { DashboardRoute } from './dashboard-route';

function makeDashboard(overrides: Partial<Dashboard> = {}): Dashboard {
  return {
    organization: musterstadt,
    strategies: [
      {
        id: '5c1f6a2e-2222-4222-8222-222222222222',
        title: 'Kreislaufstadt Musterstadt 2030',
        status: 'ADOPTED',
        completeness: {
          presentTypes: ['VISION', 'GOAL', 'STRATEGY', 'PROCESS', 'STRUCTURE'],
          missingTypes: ['INSTRUMENT', 'PRODUCT'],
          percent: 71,
        },
      },
    ],
    projects: {
      total: 5,
      byStatus: [
        { status: 'IDEA', count: 2 },
        { status: 'IMPLEMENTATION', count: 3 },
      ],
      byFieldOfAction: [
        { fieldOfAction: 'CONSTRUCTION_BUILDINGS', count: 4 },
        { fieldOfAction: 'PROCUREMENT', count: 1 },
      ],
      impact: {
        measureCount: 7,
        co2eTonnesPerYear: 1234.5,
        renewableMwhPerYear: 800,
        energyReplacedMwhPerYear: 120,
        materialAvoidedT: 40,
        materialReusedT: 15,
        materialRecycledT: 9,
        cost: 250000,
      },
    },
    indicators: [
      {
        id: '7a000000-0000-4000-8000-000000000001',
        strategyId: '5c1f6a2e-2222-4222-8222-222222222222',
        name: 'Restabfall pro Kopf',
        unit: 'kg/EW',
        progress: { status: 'ON_TRACK', basedOnEstimate: false, percent: 90.4 },
      },
    ],
    stakeholders: {
      total: 12,
      bySector: [
        { sector: 'BUSINESS', count: 8 },
        { sector: 'CIVIL_SOCIETY', count: 4 },
      ],
      latestAnalysis: {
        id: '9b000000-0000-4000-8000-000000000001',
        title: 'Stakeholderanalyse 2026',
        rated: 10,
        withGap: 3,
      },
      largestGaps: [
        {
          stakeholderId: '8c000000-0000-4000-8000-000000000001',
          name: 'Stadtwerke Musterstadt',
          sector: 'UTILITY',
          current: 'UNAWARE',
          desired: 'LEADING',
          gap: 4,
        },
      ],
    },
    upcomingWorkshops: [],
    overdueFollowUps: [
      {
        id: 'f0000000-0000-4000-8000-000000000001',
        workshopId: 'a0000000-0000-4000-8000-000000000001',
        workshopTitle: 'Auftaktworkshop Kreislaufstadt',
        title: 'Protokoll versenden',
        owner: 'Amt für Wirtschaftsförderung',
        dueDate: '2026-03-24',
        done: false,
        overdue: true,
        version: 0,
        createdAt: '2026-03-01T10:00:00Z',
        createdBy: 'erika',
        updatedAt: '2026-03-01T10:00:00Z',
        updatedBy: 'erika',
      },
    ],
    ...overrides,
  };
}

function renderDashboard() {
  return renderRoutes([{ path: '/', element: <DashboardRoute /> }], { initialEntry: '/' });
}

describe('DashboardRoute', () => {
  it('showsTheSummedImpactWithUnits', async () => {
    stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/dashboard': () => json(makeDashboard()),
    });
    renderDashboard();

    const impact = await screen.findByRole('region', { name: 'Summed impact' });
    expect(within(impact).getByText('1,234.5 t CO2e/a')).toBeInTheDocument();
    expect(within(impact).getByText('800 MWh/a')).toBeInTheDocument();
    expect(within(impact).getByText('40 t/a')).toBeInTheDocument();
    expect(within(impact).getByText('€250,000')).toBeInTheDocument();
    expect(
      within(impact).getByText(
        'Sum over 7 measures (cancelled projects and measures do not count).',
      ),
    ).toBeInTheDocument();
    expect(document.title).toBe('Dashboard – Circular City Hub');
  });

  it('givesEveryChartATableWithTheSameNumbers', async () => {
    stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/dashboard': () => json(makeDashboard()),
    });
    renderDashboard();

    const byStatus = await screen.findByRole('table', { name: 'Projects by status' });
    expect(within(byStatus).getByRole('row', { name: 'Implementation 3' })).toBeInTheDocument();
    const byField = screen.getByRole('table', { name: 'Projects by field of action' });
    expect(within(byField).getAllByRole('row')).toHaveLength(3);
    const bySector = screen.getByRole('table', { name: 'Stakeholders by sector' });
    expect(within(bySector).getByRole('row', { name: 'Business 8' })).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'Projects by status' })).toBeInTheDocument();
  });

  it('linksToStrategiesProjectsAnalysesAndShowsProgress', async () => {
    stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/dashboard': () => json(makeDashboard()),
    });
    renderDashboard();

    expect(
      await screen.findByRole('link', { name: 'Kreislaufstadt Musterstadt 2030' }),
    ).toHaveAttribute('href', '/strategies/5c1f6a2e-2222-4222-8222-222222222222');
    expect(
      screen.getByRole('progressbar', { name: 'Completeness: Kreislaufstadt Musterstadt 2030' }),
    ).toHaveAttribute('aria-valuetext', '71% (5 of 7 component types)');
    expect(screen.getByRole('link', { name: 'Show Idea: 2' })).toHaveAttribute(
      'href',
      '/projects?status=IDEA',
    );
    expect(screen.getByRole('link', { name: 'Stakeholderanalyse 2026' })).toHaveAttribute(
      'href',
      '/stakeholder-analyses/9b000000-0000-4000-8000-000000000001',
    );
    const indicators = screen.getByRole('region', { name: 'Indicators' });
    expect(within(indicators).getByText('On track')).toBeInTheDocument();
    expect(within(indicators).getByText(/90% of the way to the target/)).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Stadtwerke Musterstadt/ })).toHaveTextContent(
      'Unaware',
    );
    expect(screen.getByRole('link', { name: 'Auftaktworkshop Kreislaufstadt' })).toHaveAttribute(
      'href',
      '/workshops/a0000000-0000-4000-8000-000000000001',
    );
  });

  it('requestsTheChosenOrganisationForMembersOfSeveral', async () => {
    const api = stubApi({
      'GET /api/v1/me': () =>
        json(
          meWith([
            { organization: musterstadt, role: 'EDITOR' },
            { organization: eksempelby, role: 'VIEWER' },
          ]),
        ),
      'GET /api/v1/dashboard': ({ url }) =>
        json(
          makeDashboard({
            organization:
              url.searchParams.get('organizationId') === eksempelby.id ? eksempelby : musterstadt,
          }),
        ),
    });
    const { user } = renderDashboard();

    expect(await screen.findByText(/Where Musterstadt stands/)).toBeInTheDocument();
    expect(api.calls('GET', '/api/v1/dashboard')[0]?.url.searchParams.get('organizationId')).toBe(
      musterstadt.id,
    );

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Organisation' }),
      'Eksempelby Kommune',
    );

    expect(await screen.findByText(/Where Eksempelby Kommune stands/)).toBeInTheDocument();
    expect(
      api.calls('GET', '/api/v1/dashboard').at(-1)?.url.searchParams.get('organizationId'),
    ).toBe(eksempelby.id);
  });

  it('leavesTheOrganisationToTheApiForMembersOfOne', async () => {
    const api = stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/dashboard': () => json(makeDashboard()),
    });
    renderDashboard();

    await screen.findByRole('region', { name: 'Summed impact' });
    expect(screen.queryByRole('combobox', { name: 'Organisation' })).not.toBeInTheDocument();
    expect(api.calls('GET', '/api/v1/dashboard')[0]?.url.searchParams.has('organizationId')).toBe(
      false,
    );
  });
});
