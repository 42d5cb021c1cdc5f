import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, problem, stubApi } from '@/testing/fetch-stub';
import { musterstadt } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import { StrategyAnchoringSection } from './strategy-anchoring-section';

const strategyId = '5c1f6a2e-2222-4222-8222-222222222222';
const audit = {
  version: 0,
  createdAt: '2026-03-12T10:00:00Z',
  createdBy: 'musterstadt-editor',
  updatedAt: '2026-03-12T10:00:00Z',
  updatedBy: 'musterstadt-editor',
};
const adopting = {
  id: 'd1000000-0000-4000-8000-000000000001',
  organizationId: musterstadt.id,
  body: 'Rat der Stadt Musterstadt',
  decidedOn: '2025-06-26',
  reference: 'DS 0815/2025',
  subject: 'Beschluss der Strategie',
  link: 'https://ratsinfo.example/0815',
  strategyId,
  visibility: 'NETWORK',
  ...audit,
};
const followUp = {
  ...adopting,
  id: 'd1000000-0000-4000-8000-000000000002',
  body: 'Umweltausschuss',
  decidedOn: '2026-02-01',
  reference: 'DS 0042/2026',
  subject: 'Bericht zur Umsetzung',
  link: undefined,
};

function render(adoptedBy?: string) {
  return renderRoutes(
    [
      {
        path: '/strategies/:strategyId',
        element: (
          <StrategyAnchoringSection
            strategyId={strategyId}
            organizationId={musterstadt.id}
            adoptedBy={adoptedBy}
          />
        ),
      },
      { path: '/anchoring', element: <h1>anchoring page</h1> },
    ],
    { initialEntry: `/strategies/${strategyId}` },
  );
}

describe('StrategyAnchoringSection', () => {
  it('listsTheDecisionsOnTheStrategyAndTheMunicipalitysFollowGroups', async () => {
    const api = stubApi({
      'GET /api/v1/council-decisions': () => json({ items: [followUp, adopting] }),
      'GET /api/v1/follow-groups': () =>
        json({
          items: [
            {
              id: 'g1',
              organizationId: musterstadt.id,
              name: 'Politische Begleitgruppe',
              description: 'Alle Fraktionen',
              visibility: 'PRIVATE',
              ...audit,
            },
          ],
        }),
    });
    const { user, router } = render(adopting.id);

    const section = await screen.findByRole('region', { name: 'Political anchoring' });
    const decisions = await within(section).findByRole('list', {
      name: 'Council and committee decisions on this strategy',
    });
    const items = within(decisions).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      '1 Feb 2026, Umweltausschuss: DS 0042/2026 – Bericht zur Umsetzung',
      '26 Jun 2025, Rat der Stadt Musterstadt: DS 0815/2025 – Beschluss der Strategie Adopted the strategy',
    ]);
    expect(within(items[1]!).getByRole('link', { name: 'DS 0815/2025' })).toHaveAttribute(
      'href',
      'https://ratsinfo.example/0815',
    );
    const groups = await within(section).findByRole('list', { name: "Politicians' follow group" });
    expect(within(groups).getByText('Politische Begleitgruppe')).toBeInTheDocument();
    expect(within(groups).getByText('Alle Fraktionen')).toBeInTheDocument();

    expect(
      api.calls('GET', '/api/v1/council-decisions')[0]?.url.searchParams.get('strategyId'),
    ).toBe(strategyId);
    expect(
      api.calls('GET', '/api/v1/follow-groups')[0]?.url.searchParams.get('organizationId'),
    ).toBe(musterstadt.id);
    await user.click(within(section).getByRole('link', { name: 'Go to political anchoring' }));
    expect(router.state.location.pathname).toBe('/anchoring');
  });

  it('saysSoWhenNothingIsRecordedAndShowsFailures', async () => {
    stubApi({
      'GET /api/v1/council-decisions': () => json({ items: [] }),
      'GET /api/v1/follow-groups': () =>
        problem(503, { title: 'Service unavailable', detail: 'The database is not reachable.' }),
    });
    render();
    const section = await screen.findByRole('region', { name: 'Political anchoring' });
    expect(
      await within(section).findByText('No decision on this strategy is recorded.'),
    ).toBeInTheDocument();
    expect(await within(section).findByText('The database is not reachable.')).toBeInTheDocument();
    expect(within(section).queryByText('Adopted the strategy')).toBeNull();
  });
});
