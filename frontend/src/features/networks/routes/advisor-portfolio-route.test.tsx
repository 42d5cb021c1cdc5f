import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, stubApi } from '@/testing/fetch-stub';
import { meWith } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import { assignmentId, makePortfolioEntry, networkId } from '../testing/fixtures';

import { AdvisorPortfolioRoute } from './advisor-portfolio-route';

const routes = [{ path: '/advisor-portfolio', element: <AdvisorPortfolioRoute /> }];

describe('AdvisorPortfolioRoute', () => {
  it('showsEachMunicipalitysStateAtAGlance', async () => {
    stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/advisor-portfolio': () =>
        json({
          items: [
            makePortfolioEntry(),
            makePortfolioEntry({
              assignment: { ...makePortfolioEntry().assignment, id: 'other' },
              projectsByStatus: [],
              projectCount: 0,
              lastCheckIn: undefined,
              nextFollowUp: undefined,
              latestStatusReport: undefined,
            }),
          ],
        }),
    });
    renderRoutes(routes, { initialEntry: '/advisor-portfolio' });

    const table = await screen.findByRole('table', { name: 'Municipalities I advise' });
    const rows = within(table).getAllByRole('row');
    expect(within(rows[1]!).getByRole('link', { name: 'Musterstadt' })).toHaveAttribute(
      'href',
      `/networks/${networkId}/advisors/${assignmentId}`,
    );
    expect(rows[1]).toHaveTextContent('4 projects');
    expect(rows[1]).toHaveTextContent('Idea: 3');
    expect(rows[1]).toHaveTextContent('Implementation: 1');
    expect(rows[1]).toHaveTextContent('12 Mar 2026');
    expect(rows[1]).toHaveTextContent('30 Apr 2026');
    expect(rows[1]).toHaveTextContent('1 Mar 2026');
    expect(rows[2]).toHaveTextContent('0 projects');
    expect(within(rows[2]!).getAllByText('–')).toHaveLength(3);
  });

  it('saysSoWhenTheCallerAdvisesNobody', async () => {
    stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/advisor-portfolio': () => json({ items: [] }),
    });
    renderRoutes(routes, { initialEntry: '/advisor-portfolio' });
    expect(
      await screen.findByText('You advise no municipality at the moment.'),
    ).toBeInTheDocument();
  });
});
