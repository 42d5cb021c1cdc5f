import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import type { StrategySnapshot, StrategyVersion } from '@/lib/api/types';
import { json, stubApi } from '@/testing/fetch-stub';
import { makeComponent, makeIndicator, makeStrategy } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import { StrategyVersions } from './strategy-versions';

const strategy = makeStrategy({
  status: 'ADOPTED',
  adoption: { decisionBody: 'Stadtrat', decidedOn: '2026-03-05', reference: 'V/2026/017' },
});
const goal = makeComponent({ id: 'goal-waste', title: 'Restmüll halbieren' });
const adopted: StrategySnapshot = { strategy, components: [goal], indicators: [makeIndicator()] };
const summary = {
  number: 1,
  adoptedAt: '2026-03-06T08:00:00Z',
  adoptedBy: 'musterstadt-editor',
  decisionBody: 'Stadtrat',
  decidedOn: '2026-03-05',
  decisionReference: 'V/2026/017',
};

function setup(
  versions: StrategyVersion['version'][],
  current: Partial<StrategySnapshot> = {
    strategy: { ...strategy, title: 'Kreislaufstadt 2035' },
    components: [goal, makeComponent({ id: 'repair', title: 'Reparaturcafés' })],
  },
) {
  const base = `/api/v1/strategies/${strategy.id}`;
  const api = stubApi({
    [`GET ${base}/versions`]: () => json({ items: versions }),
    [`GET ${base}/versions/1`]: () => json({ version: summary, outline: adopted }),
    [`GET ${base}`]: () => json(current.strategy ?? strategy),
    [`GET ${base}/components`]: () =>
      json({
        items: current.components ?? [goal],
        completeness: { presentTypes: ['GOAL'], missingTypes: [], percent: 100 },
      }),
    [`GET ${base}/indicators`]: () => json([]),
  });
  renderRoutes([{ path: '/', element: <StrategyVersions strategyId={strategy.id} /> }]);
  return api;
}

describe('StrategyVersions', () => {
  it('loadsNothingUntilOpenedThenSaysWhenThereIsNoVersion', async () => {
    const api = setup([]);
    expect(api.requests).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: 'Show versions' }));
    expect(await screen.findByText(/Not adopted yet/)).toBeInTheDocument();
  });

  it('comparesTheNewestVersionWithTheCurrentOutline', async () => {
    setup([summary]);
    await userEvent.click(screen.getByRole('button', { name: 'Show versions' }));

    const versions = await screen.findByRole('table', { name: /Versions frozen by adoptions/ });
    expect(within(versions).getByRole('rowheader', { name: 'Version 1' })).toBeInTheDocument();
    expect(within(versions).getByText('Stadtrat, V/2026/017')).toBeInTheDocument();

    const comparison = screen.getByRole('group', { name: 'Compare two versions' });
    expect(within(comparison).getByLabelText('From')).toHaveValue('1');
    expect(within(comparison).getByLabelText('To')).toHaveValue('current');

    const changes = await within(comparison).findByRole('table', {
      name: 'Changes to the strategy',
    });
    const title = within(changes).getByRole('row', { name: /Title/ });
    expect(within(title).getByText('Kreislaufstadt Musterstadt 2030')).toBeInTheDocument();
    expect(within(title).getByText('Kreislaufstadt 2035')).toBeInTheDocument();
    expect(within(comparison).getByText('Added: Reparaturcafés')).toBeInTheDocument();
    expect(within(comparison).getByText('Removed: Siedlungsabfall pro Kopf')).toBeInTheDocument();

    await userEvent.selectOptions(within(comparison).getByLabelText('To'), '1');
    expect(await within(comparison).findByText('No differences.')).toBeInTheDocument();
  });

  it('showsEnumeratedValuesOfTheDiffWithTheirTranslatedLabels', async () => {
    setup([summary], {
      strategy: { ...strategy, status: 'IN_REVISION' },
      components: [{ ...goal, type: 'INSTRUMENT', status: 'IN_PROGRESS' }],
    });
    await userEvent.click(screen.getByRole('button', { name: 'Show versions' }));
    const comparison = await screen.findByRole('group', { name: 'Compare two versions' });

    const changes = await within(comparison).findByRole('table', {
      name: 'Changes to the strategy',
    });
    const status = within(changes).getByRole('row', { name: /Status/ });
    expect(within(status).getByText('Adopted')).toBeInTheDocument();
    expect(within(status).getByText('In revision')).toBeInTheDocument();

    const component = within(comparison).getByRole('table', {
      name: 'Changes to “Restmüll halbieren”',
    });
    const type = within(component).getByRole('row', { name: /Type/ });
    expect(within(type).getByText('Goal')).toBeInTheDocument();
    expect(within(type).getByText('Instrument')).toBeInTheDocument();
    const componentStatus = within(component).getByRole('row', { name: /Status/ });
    expect(within(componentStatus).getByText('Draft')).toBeInTheDocument();
    expect(within(componentStatus).getByText('In progress')).toBeInTheDocument();
    expect(within(comparison).queryByText('IN_REVISION')).not.toBeInTheDocument();
    expect(within(comparison).queryByText('INSTRUMENT')).not.toBeInTheDocument();
  });
});
