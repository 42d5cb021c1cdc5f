import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { StakeholderAnalysisInput } from '@/lib/api/types';
import { json, problem, stubApi } from '@/testing/fetch-stub';
import { makeAnalysis, makeStrategy, meWith, musterstadt } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import { AnalysisCreateRoute } from './analysis-create-route';
import { StrategyAnalysesRoute } from './strategy-analyses-route';

const strategy = makeStrategy();
const analysis2026 = makeAnalysis();
const analysis2024 = makeAnalysis({
  id: '9c5a3ebf-0000-4555-8555-000000002024',
  title: 'Stakeholderanalyse 2024',
  method: 'INTERVIEWS',
  conductedOn: '2024-03-15',
  facilitator: undefined,
});

const routes = [
  { path: '/strategies/:strategyId/analyses', element: <StrategyAnalysesRoute /> },
  { path: '/strategies/:strategyId/analyses/new', element: <AnalysisCreateRoute /> },
  { path: '/stakeholder-analyses/:analysisId', element: <p>analysis detail</p> },
];

function stub(me = meWith()) {
  return stubApi({
    'GET /api/v1/me': () => json(me),
    [`GET /api/v1/strategies/${strategy.id}`]: () => json(strategy),
    'GET /api/v1/stakeholder-analyses': () => json({ items: [analysis2026, analysis2024] }),
    'POST /api/v1/stakeholder-analyses': ({ body }) =>
      json(makeAnalysis({ ...(body as StakeholderAnalysisInput), id: 'new-analysis' }), {
        status: 201,
      }),
  });
}

describe('StrategyAnalysesRoute', () => {
  it('listsTheAnalysesOfTheStrategy', async () => {
    const api = stub();
    renderRoutes(routes, { initialEntry: `/strategies/${strategy.id}/analyses` });

    const table = await screen.findByRole('table', { name: 'Stakeholder analyses' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('Stakeholderanalyse 2026');
    expect(rows[0]).toHaveTextContent('Workshop');
    expect(rows[0]).toHaveTextContent('15 Mar 2026');
    expect(rows[0]).toHaveTextContent('Completed');
    expect(rows[0]).toHaveTextContent('Wuppertal Institut');
    expect(within(table).getByRole('link', { name: 'Stakeholderanalyse 2024' })).toHaveAttribute(
      'href',
      `/stakeholder-analyses/${analysis2024.id}`,
    );
    expect(
      await screen.findByRole('link', {
        name: 'Back to the strategy “Kreislaufstadt Musterstadt 2030”',
      }),
    ).toHaveAttribute('href', `/strategies/${strategy.id}`);
    expect(
      api.calls('GET', '/api/v1/stakeholder-analyses')[0]?.url.searchParams.get('strategyId'),
    ).toBe(strategy.id);
    expect(document.title).toBe(
      'Stakeholder analyses: Kreislaufstadt Musterstadt 2030 – Circular City Hub',
    );
  });

  it('offersANewAnalysisOnlyToEditorsOfTheOwner', async () => {
    stub(meWith([{ organization: musterstadt, role: 'VIEWER' }]));
    renderRoutes(routes, { initialEntry: `/strategies/${strategy.id}/analyses` });

    await screen.findByRole('table');
    await screen.findByText(strategy.title);
    expect(screen.queryByRole('link', { name: 'New analysis' })).not.toBeInTheDocument();
  });

  it('createsAnAnalysisForTheStrategy', async () => {
    const api = stub();
    const { user } = renderRoutes(routes, { initialEntry: `/strategies/${strategy.id}/analyses` });

    await user.click(await screen.findByRole('link', { name: 'New analysis' }));
    await user.type(
      await screen.findByRole('textbox', { name: /Title/ }),
      'Stakeholderanalyse 2027',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: /Method/ }), 'SURVEY');
    await user.type(screen.getByLabelText('Conducted on'), '2027-02-10');
    await user.selectOptions(screen.getByRole('combobox', { name: /Status/ }), 'IN_PROGRESS');
    await user.type(screen.getByRole('textbox', { name: 'Facilitator' }), 'CSCP');
    await user.click(screen.getByRole('button', { name: 'Create analysis' }));

    expect(await screen.findByText('analysis detail')).toBeInTheDocument();
    expect(api.calls('POST', '/api/v1/stakeholder-analyses')[0]?.body).toEqual({
      strategyId: strategy.id,
      title: 'Stakeholderanalyse 2027',
      method: 'SURVEY',
      conductedOn: '2027-02-10',
      status: 'IN_PROGRESS',
      facilitator: 'CSCP',
      visibility: 'PRIVATE',
    });
  });

  it('checksTheAnalysisBeforeSendingAndFocusesTheFirstInvalidField', async () => {
    const api = stub();
    const { user } = renderRoutes(routes, {
      initialEntry: `/strategies/${strategy.id}/analyses/new`,
    });

    await user.click(await screen.findByRole('button', { name: 'Create analysis' }));

    const title = screen.getByRole('textbox', { name: /Title/ });
    expect(await screen.findByText('Please correct the marked fields.')).toBeInTheDocument();
    expect(title).toHaveAccessibleDescription('Please fill in this field.');
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveFocus();
    expect(screen.getByRole('combobox', { name: /Method/ })).toHaveAccessibleDescription(
      'Please choose an option.',
    );
    expect(api.calls('POST', '/api/v1/stakeholder-analyses')).toHaveLength(0);
  });

  it('showsTheRuleViolationOfARejectedAnalysis', async () => {
    stubApi({
      'GET /api/v1/me': () => json(meWith()),
      [`GET /api/v1/strategies/${strategy.id}`]: () => json(strategy),
      'POST /api/v1/stakeholder-analyses': () =>
        problem(400, {
          title: 'Invalid request',
          detail: 'The request has 1 invalid field.',
          errors: [
            { field: 'createStakeholderAnalysis.input.title', message: 'must not be blank' },
          ],
        }),
    });
    const { user } = renderRoutes(routes, {
      initialEntry: `/strategies/${strategy.id}/analyses/new`,
    });

    await user.type(await screen.findByRole('textbox', { name: /Title/ }), ' x');
    await user.selectOptions(screen.getByRole('combobox', { name: /Method/ }), 'WORKSHOP');
    await user.click(screen.getByRole('button', { name: 'Create analysis' }));

    const title = screen.getByRole('textbox', { name: /Title/ });
    expect(await screen.findByText('must not be blank')).toBeInTheDocument();
    expect(title).toHaveAccessibleDescription('must not be blank');
    expect(title).toHaveFocus();
  });
});
