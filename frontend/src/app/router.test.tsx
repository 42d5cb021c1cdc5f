import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, stubApi } from '@/testing/fetch-stub';
import { makeAnalysis, makeStrategy, meWith, organizations } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import { appRoutes } from './router';

// Pages load lazily: the first visit of one waits for its module, which the test runner transforms on demand.
const PAGE_LOAD = { timeout: 15_000 };

describe('app routes', () => {
  it('showTheStrategysOutlineAndAnalysesOnItsDetailPage', async () => {
    const strategy = makeStrategy();
    const analysis = makeAnalysis();
    stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/organizations': () => json(organizations),
      [`GET /api/v1/strategies/${strategy.id}`]: () => json(strategy),
      'GET /api/v1/stakeholder-analyses': () => json({ items: [analysis] }),
      [`GET /api/v1/strategies/${strategy.id}/components`]: () =>
        json({
          items: [],
          completeness: { presentTypes: [], missingTypes: ['VISION', 'GOAL'], percent: 0 },
        }),
    });
    renderRoutes(appRoutes, { initialEntry: `/strategies/${strategy.id}` });

    const outline = await screen.findByRole('region', { name: 'Outline' }, PAGE_LOAD);
    expect(within(outline).getByRole('link', { name: 'Open the outline' })).toHaveAttribute(
      'href',
      `/strategies/${strategy.id}/outline`,
    );
    expect(await within(outline).findByText('0 components')).toBeInTheDocument();

    const section = await screen.findByRole('region', { name: 'Stakeholder analyses' });
    expect(
      await within(section).findByRole('link', { name: 'Stakeholderanalyse 2026' }),
    ).toHaveAttribute('href', `/stakeholder-analyses/${analysis.id}`);
    expect(
      within(section).getByRole('link', { name: 'All analyses of this strategy' }),
    ).toHaveAttribute('href', `/strategies/${strategy.id}/analyses`);
    expect(within(section).getByRole('link', { name: 'New analysis' })).toHaveAttribute(
      'href',
      `/strategies/${strategy.id}/analyses/new`,
    );
  });

  it('leadToTheStakeholderRegisterFromTheNavigation', async () => {
    stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/organizations': () => json(organizations),
      'GET /api/v1/strategies': () => json({ items: [] }),
      'GET /api/v1/stakeholders': () => json({ items: [] }),
    });
    const { user } = renderRoutes(appRoutes, { initialEntry: '/strategies' });

    const navigation = screen.getByRole('navigation', { name: 'Main navigation' });
    await user.click(within(navigation).getByRole('link', { name: 'Stakeholders' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Stakeholders' }, PAGE_LOAD),
    ).toBeInTheDocument();
    expect(within(navigation).getByRole('link', { name: 'Stakeholders' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(document.title).toBe('Stakeholders – Circular City Hub');
  });
});
