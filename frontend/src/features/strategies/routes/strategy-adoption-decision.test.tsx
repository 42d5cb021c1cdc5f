import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { Strategy, StrategyStatus } from '@/lib/api/types';
import { json, problem, stubApi } from '@/testing/fetch-stub';
import { makeStrategy, meWith, musterstadt, organizations } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import { StrategyDetailRoute } from './strategy-detail-route';

const routes = [{ path: '/strategies/:strategyId', element: <StrategyDetailRoute /> }];

const audit = {
  version: 0,
  createdAt: '2026-03-12T10:00:00Z',
  createdBy: 'musterstadt-editor',
  updatedAt: '2026-03-12T10:00:00Z',
  updatedBy: 'musterstadt-editor',
};
const decision = {
  id: 'd1000000-0000-4000-8000-000000000001',
  organizationId: musterstadt.id,
  body: 'Rat der Stadt Musterstadt',
  decidedOn: '2025-06-26',
  reference: 'DS 0815/2025',
  subject: 'Beschluss der Strategie',
  visibility: 'NETWORK' as const,
  ...audit,
};

function setup(strategy: Strategy, decisionAnswer = () => json(decision)) {
  const path = `/api/v1/strategies/${strategy.id}`;
  let current = strategy;
  const api = stubApi({
    'GET /api/v1/me': () => json(meWith()),
    'GET /api/v1/organizations': () => json(organizations),
    [`GET ${path}`]: () => json(current, { headers: { ETag: `"${current.version}"` } }),
    'GET /api/v1/council-decisions': () => json({ items: [decision] }),
    'GET /api/v1/council-decisions/:id': decisionAnswer,
    [`POST ${path}/status`]: ({ body }) => {
      const change = body as { status: StrategyStatus; adoption?: Strategy['adoption'] };
      current = { ...current, status: change.status, adoption: change.adoption, version: 9 };
      return json(current, { headers: { ETag: '"9"' } });
    },
  });
  return { ...renderRoutes(routes, { initialEntry: `/strategies/${strategy.id}` }), api, path };
}

describe('adoption and its council decision', () => {
  it('choosingARecordedDecisionFillsTheAdoptionAndLinksIt', async () => {
    const { user, api, path } = setup(makeStrategy({ status: 'IN_REVIEW' }));

    await user.click(await screen.findByRole('button', { name: 'Record adoption …' }));
    const form = screen.getByRole('form', { name: 'Record adoption' });
    const choice = within(form).getByRole('combobox', { name: 'Recorded council decision' });
    expect(choice).toHaveAccessibleDescription(
      "Choosing one of your organisation's recorded decisions fills in body, date and reference.",
    );
    await within(form).findByRole('option', { name: /DS 0815\/2025/ });
    await user.selectOptions(choice, 'DS 0815/2025 – Rat der Stadt Musterstadt, 26 Jun 2025');
    expect(within(form).getByLabelText(/Decision body/)).toHaveValue('Rat der Stadt Musterstadt');
    expect(within(form).getByLabelText(/Decided on/)).toHaveValue('2025-06-26');
    expect(within(form).getByLabelText(/Reference/)).toHaveValue('DS 0815/2025');
    await user.click(within(form).getByRole('button', { name: 'Save as adopted' }));

    expect(await screen.findByRole('button', { name: 'Mark as superseded' })).toBeInTheDocument();
    expect(
      api.calls('GET', '/api/v1/council-decisions')[0]?.url.searchParams.get('organizationId'),
    ).toBe(musterstadt.id);
    expect(api.calls('POST', `${path}/status`)[0]?.body).toEqual({
      status: 'ADOPTED',
      adoption: {
        decisionBody: 'Rat der Stadt Musterstadt',
        decidedOn: '2025-06-26',
        reference: 'DS 0815/2025',
        decisionId: decision.id,
      },
    });
    const details = screen.getByRole('region', { name: 'Details' });
    expect(
      await within(details).findByRole('link', { name: 'DS 0815/2025, Rat der Stadt Musterstadt' }),
    ).toHaveAttribute('href', `/anchoring#decision-${decision.id}`);
  });

  it('adoptsWithoutADecisionWhenNoneIsChosen', async () => {
    const { user, api, path } = setup(makeStrategy({ status: 'IN_REVIEW' }));
    await user.click(await screen.findByRole('button', { name: 'Record adoption …' }));
    const form = screen.getByRole('form', { name: 'Record adoption' });
    expect(within(form).getByRole('combobox', { name: 'Recorded council decision' })).toHaveValue(
      '',
    );
    await user.type(within(form).getByLabelText(/Decision body/), 'Stadtrat');
    await user.type(within(form).getByLabelText(/Decided on/), '2026-03-05');
    await user.type(within(form).getByLabelText(/Reference/), 'V/2026/017');
    await user.click(within(form).getByRole('button', { name: 'Save as adopted' }));
    expect(await screen.findByRole('button', { name: 'Mark as superseded' })).toBeInTheDocument();
    expect(api.calls('POST', `${path}/status`)[0]?.body).toEqual({
      status: 'ADOPTED',
      adoption: { decisionBody: 'Stadtrat', decidedOn: '2026-03-05', reference: 'V/2026/017' },
    });
    expect(screen.getByText('Not linked to a recorded decision')).toBeInTheDocument();
  });

  it('showsTheServersRefusalOfTheDecisionAtTheChoice', async () => {
    const strategy = makeStrategy({ status: 'IN_REVIEW' });
    const path = `/api/v1/strategies/${strategy.id}`;
    stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/organizations': () => json(organizations),
      [`GET ${path}`]: () => json(strategy, { headers: { ETag: '"3"' } }),
      'GET /api/v1/council-decisions': () => json({ items: [decision] }),
      [`POST ${path}/status`]: () =>
        problem(422, {
          title: 'Rule violation',
          errors: [
            { field: 'adoption.decisionId', message: 'is not a decision of this organization' },
          ],
        }),
    });
    const { user } = renderRoutes(routes, { initialEntry: `/strategies/${strategy.id}` });
    await user.click(await screen.findByRole('button', { name: 'Record adoption …' }));
    const form = screen.getByRole('form', { name: 'Record adoption' });
    const choice = within(form).getByRole('combobox', { name: 'Recorded council decision' });
    await within(form).findByRole('option', { name: /DS 0815\/2025/ });
    await user.selectOptions(choice, decision.id);
    await user.click(within(form).getByRole('button', { name: 'Save as adopted' }));
    expect(
      await within(form).findByText('is not a decision of this organization'),
    ).toBeInTheDocument();
    expect(choice).toHaveFocus();
  });

  it('saysSoWhenTheLinkedDecisionIsNotVisible', async () => {
    setup(
      makeStrategy({
        status: 'ADOPTED',
        adoption: {
          decisionBody: 'Rat',
          decidedOn: '2025-06-26',
          reference: 'DS 0815/2025',
          decisionId: decision.id,
        },
      }),
      () => problem(404, { title: 'Not found' }),
    );
    const details = await screen.findByRole('region', { name: 'Details' });
    expect(
      await within(details).findByText('A recorded decision you cannot see'),
    ).toBeInTheDocument();
  });
});
