import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { Indicator, IndicatorInput, IndicatorValueInput } from '@/lib/api/types';
import { json, noContent, problem, stubApi } from '@/testing/fetch-stub';
import {
  makeComponent,
  makeIndicator,
  makeStrategy,
  meWith,
  musterstadt,
} from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import type { IndicatorContributions } from '../api/get-indicator-contributions';

import { IndicatorDetailRoute } from './indicator-detail-route';
import { IndicatorCreateRoute, IndicatorEditRoute } from './indicator-form-routes';

const strategy = makeStrategy();
const base = `/api/v1/strategies/${strategy.id}`;
const indicator = makeIndicator();
const goal = makeComponent({ id: 'goal-waste', title: 'Abfall senken' });
const otherGoal = makeComponent({ id: 'goal-repair', title: 'Reparieren', position: 1 });
const outline = {
  items: [goal, otherGoal],
  completeness: { presentTypes: ['GOAL'], missingTypes: [], percent: 14 },
};

const routes = [
  { path: '/strategies/:strategyId/indicators/new', element: <IndicatorCreateRoute /> },
  { path: '/strategies/:strategyId/indicators/:indicatorId', element: <IndicatorDetailRoute /> },
  { path: '/strategies/:strategyId/indicators/:indicatorId/edit', element: <IndicatorEditRoute /> },
  { path: '/strategies/:strategyId/outline', element: <p>outline</p> },
];

function setup(me = meWith(), contributions?: IndicatorContributions[]) {
  let current: Indicator = indicator;
  const api = stubApi({
    'GET /api/v1/me': () => json(me),
    ...(contributions
      ? { [`GET ${base}/indicator-contributions`]: () => json(contributions) }
      : {}),
    [`GET /api/v1/strategies/${strategy.id}`]: () => json(strategy),
    [`GET ${base}/components`]: () => json(outline),
    [`GET ${base}/indicators`]: () => json([current]),
    [`GET ${base}/indicators/${indicator.id}`]: () =>
      json(current, { headers: { ETag: `"${current.version}"` } }),
    [`POST ${base}/indicators/${indicator.id}/values`]: ({ body }) => {
      const input = body as IndicatorValueInput;
      current = {
        ...current,
        version: current.version + 1,
        values: [
          ...current.values,
          {
            id: 'v-new',
            observedOn: input.observedOn,
            value: input.value,
            kind: input.kind ?? 'ACTUAL',
            version: 0,
            createdAt: '2026-03-01T08:00:00Z',
            createdBy: 'musterstadt-editor',
            updatedAt: '2026-03-01T08:00:00Z',
            updatedBy: 'musterstadt-editor',
          },
        ],
        progress: { ...current.progress, status: 'OFF_TRACK', percent: 30 },
      };
      return json(current, { status: 201, headers: { ETag: `"${current.version}"` } });
    },
    [`DELETE ${base}/indicators/${indicator.id}/values/:valueId`]: ({ params }) => {
      current = {
        ...current,
        version: current.version + 1,
        values: current.values.filter((value) => value.id !== params.valueId),
      };
      return json(current, { headers: { ETag: `"${current.version}"` } });
    },
    [`DELETE ${base}/indicators/${indicator.id}`]: () => noContent(),
  });
  const rendered = renderRoutes(routes, {
    initialEntry: `/strategies/${strategy.id}/indicators/${indicator.id}`,
  });
  return { ...rendered, api };
}

function tableRows(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
}

describe('IndicatorDetailRoute', () => {
  it('showsProgressAndAChartWithATextSummary', async () => {
    setup();

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Siedlungsabfall pro Kopf' }),
    ).toBeInTheDocument();
    expect(screen.getAllByText('On track (40.4 %)').length).toBeGreaterThan(0);
    expect(await screen.findByText('Measures the goal “Abfall senken”')).toBeInTheDocument();
    expect(
      screen.getByText(
        "On track. 40.4 % of the way to 400 kg/(Einw.·a) by 31 Dec 2027. 42.9 % was expected by the latest value's date.",
      ),
    ).toBeInTheDocument();
    const chart = screen.getByRole('img', { name: /Siedlungsabfall pro Kopf over time/ });
    expect(chart).toHaveAccessibleName(
      'Siedlungsabfall pro Kopf over time 2 values in kg/(Einw.·a). Latest: 405 on 31 Dec 2025. Baseline: 452 on 31 Dec 2020. Target: 400 by 31 Dec 2027.',
    );
    // Measured values solid, estimates dashed.
    expect(chart.querySelectorAll('.indicator-chart__line--estimate')).toHaveLength(1);
    expect(chart.querySelectorAll('.indicator-chart__point--estimate')).toHaveLength(1);
  });

  it('listsEveryValueBaselineAndTargetInATable', async () => {
    const { user } = setup();

    await user.click(await screen.findByText('Show the values as a table'));

    const table = screen.getByRole('table', { name: 'Values in kg/(Einw.·a)' });
    expect(tableRows(table)).toEqual([
      ['31 Dec 2020', '452', 'Baseline', '–', ''],
      ['31 Dec 2023', '431', 'Measured', 'Abfallbilanz 2023', 'Delete value of 31 Dec 2023'],
      ['31 Dec 2025', '405', 'Estimate', 'Vorläufiger Wert', 'Delete value of 31 Dec 2025'],
      ['31 Dec 2027', '400', 'Target', '–', ''],
    ]);
  });

  it('addsAValueFromTheShortForm', async () => {
    const { user, api } = setup();

    const form = await screen.findByRole('form', { name: 'Add value' });
    await user.click(within(form).getByRole('button', { name: 'Add value' }));
    expect(within(form).getByLabelText(/Date/)).toHaveAccessibleDescription(
      'Please fill in this field.',
    );
    expect(within(form).getByLabelText(/Date/)).toHaveFocus();

    await user.type(within(form).getByLabelText(/Date/), '2026-06-30');
    await user.type(within(form).getByRole('textbox', { name: /Value in kg/ }), '398,5');
    await user.click(within(form).getByRole('radio', { name: 'Estimate' }));
    await user.click(within(form).getByRole('button', { name: 'Add value' }));

    expect(
      await screen.findByText(
        /^Value 398.5 of 30 Jun 2026 added. Off track. 30 % of the way to 400/,
      ),
    ).toBeInTheDocument();
    expect(api.calls('POST', `${base}/indicators/${indicator.id}/values`)[0]?.body).toEqual({
      observedOn: '2026-06-30',
      value: 398.5,
      kind: 'ESTIMATE',
    });
    await waitFor(() => {
      expect(within(form).getByLabelText(/Date/)).toHaveFocus();
    });
    expect(within(form).getByRole('textbox', { name: /Value in kg/ })).toHaveValue('');
    expect(screen.getAllByText('Off track (30 %)').length).toBeGreaterThan(0);
  });

  it('rejectsAValueThatIsNotANumber', async () => {
    const { user, api } = setup();

    const form = await screen.findByRole('form', { name: 'Add value' });
    await user.type(within(form).getByLabelText(/Date/), '2026-06-30');
    await user.type(within(form).getByRole('textbox', { name: /Value in kg/ }), '1.234,5');
    await user.click(within(form).getByRole('button', { name: 'Add value' }));

    expect(within(form).getByRole('textbox', { name: /Value in kg/ })).toHaveAccessibleDescription(
      'Please enter a number, for example 405 or 12.5.',
    );
    expect(api.calls('POST', `${base}/indicators/${indicator.id}/values`)).toEqual([]);
  });

  it('deletesAValueWithTheIndicatorsEtag', async () => {
    const { user, api } = setup();

    await user.click(await screen.findByText('Show the values as a table'));
    await user.click(screen.getByRole('button', { name: 'Delete value of 31 Dec 2025' }));

    expect(await screen.findByText('The value of 31 Dec 2025 was deleted.')).toBeInTheDocument();
    expect(
      api
        .calls('DELETE', `${base}/indicators/${indicator.id}/values/v-2025`)[0]
        ?.headers.get('If-Match'),
    ).toBe('"5"');
    expect(
      screen.queryByRole('button', { name: 'Delete value of 31 Dec 2025' }),
    ).not.toBeInTheDocument();
  });

  it('offersViewersNoWriting', async () => {
    setup(meWith([{ organization: musterstadt, role: 'VIEWER' }]));

    await screen.findByRole('img', { name: /over time/ });
    await screen.findByText('Measures the goal “Abfall senken”');
    expect(screen.queryByRole('form', { name: 'Add value' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit indicator' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Delete/ })).not.toBeInTheDocument();
  });
});

describe('IndicatorCreateRoute', () => {
  it('createsAnIndicatorWithBaselineAndTargets', async () => {
    const api = stubApi({
      'GET /api/v1/me': () => json(meWith()),
      [`GET /api/v1/strategies/${strategy.id}`]: () => json(strategy),
      [`GET ${base}/components`]: () => json(outline),
      [`POST ${base}/indicators`]: ({ body }) =>
        json({ ...indicator, ...(body as IndicatorInput), id: 'created' }, { status: 201 }),
      [`GET ${base}/indicators`]: () => json([]),
    });
    const { user } = renderRoutes(routes, {
      initialEntry: `/strategies/${strategy.id}/indicators/new?componentId=goal-repair`,
    });

    expect(await screen.findByRole('combobox', { name: /Goal/ })).toHaveValue('goal-repair');
    await user.type(screen.getByRole('textbox', { name: /Name/ }), 'Reparierte Geräte');
    await user.type(screen.getByRole('textbox', { name: /Unit/ }), 'Geräte/Jahr');
    await user.selectOptions(screen.getByRole('combobox', { name: /Kind/ }), 'OUTPUT');
    await user.click(screen.getByRole('radio', { name: 'Should increase' }));
    await user.type(screen.getByRole('textbox', { name: 'Baseline value' }), '1200');
    await user.type(screen.getByLabelText('Baseline date'), '2024-12-31');
    await user.type(screen.getByRole('textbox', { name: 'Target 1: value' }), '3000');
    await user.type(screen.getByLabelText('Target 1: date'), '2030-12-31');
    await user.click(screen.getByRole('button', { name: 'Add target' }));
    await waitFor(() => {
      expect(screen.getByRole('textbox', { name: 'Target 2: value' })).toHaveFocus();
    });
    await user.keyboard('2000,5');
    await user.type(screen.getByLabelText('Target 2: date'), '2027-12-31');
    await user.click(screen.getByRole('button', { name: 'Create indicator' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Reparierte Geräte' }),
    ).toBeInTheDocument();
    expect(api.calls('POST', `${base}/indicators`)[0]?.body).toEqual({
      componentId: 'goal-repair',
      name: 'Reparierte Geräte',
      unit: 'Geräte/Jahr',
      kind: 'OUTPUT',
      direction: 'INCREASE',
      baseline: { value: 1200, date: '2024-12-31' },
      // In date order, whatever order they were entered in.
      targets: [
        { value: 2000.5, date: '2027-12-31' },
        { value: 3000, date: '2030-12-31' },
      ],
    });
  });

  it('checksTheFieldsAndTheBaselinePairBeforeSending', async () => {
    const api = stubApi({
      'GET /api/v1/me': () => json(meWith()),
      [`GET /api/v1/strategies/${strategy.id}`]: () => json(strategy),
      [`GET ${base}/components`]: () => json(outline),
    });
    const { user } = renderRoutes(routes, {
      initialEntry: `/strategies/${strategy.id}/indicators/new?componentId=goal-waste`,
    });

    await user.type(await screen.findByRole('textbox', { name: 'Baseline value' }), '452');
    await user.click(screen.getByRole('button', { name: 'Create indicator' }));

    const name = screen.getByRole('textbox', { name: /Name/ });
    expect(name).toHaveAccessibleDescription('Please fill in this field.');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => {
      expect(name).toHaveFocus();
    });
    expect(screen.getByRole('radiogroup', { name: /Direction/ })).toHaveAccessibleDescription(
      'Please choose an option.',
    );
    expect(screen.getByRole('group', { name: 'Baseline' })).toHaveAccessibleDescription(
      'Please enter both value and date, or neither.',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Please correct the marked fields.');
    expect(api.calls('POST', `${base}/indicators`)).toEqual([]);
  });

  it('showsTheServersTargetErrorAtTheTargets', async () => {
    stubApi({
      'GET /api/v1/me': () => json(meWith()),
      [`GET /api/v1/strategies/${strategy.id}`]: () => json(strategy),
      [`GET ${base}/components`]: () => json(outline),
      [`POST ${base}/indicators`]: () =>
        problem(422, {
          title: 'Rule violation',
          detail: 'The targets do not fit the baseline.',
          errors: [
            {
              field: 'createIndicator.input.targets[0].value',
              message: 'must be below the baseline',
            },
          ],
        }),
    });
    const { user } = renderRoutes(routes, {
      initialEntry: `/strategies/${strategy.id}/indicators/new?componentId=goal-waste`,
    });

    await user.type(await screen.findByRole('textbox', { name: /Name/ }), 'Restmüll');
    await user.type(screen.getByRole('textbox', { name: /Unit/ }), 't');
    await user.selectOptions(screen.getByRole('combobox', { name: /Kind/ }), 'OUTCOME');
    await user.click(screen.getByRole('radio', { name: 'Should decrease' }));
    await user.type(screen.getByRole('textbox', { name: 'Target 1: value' }), '500');
    await user.type(screen.getByLabelText('Target 1: date'), '2030-12-31');
    await user.click(screen.getByRole('button', { name: 'Create indicator' }));

    const targets = await screen.findByRole('group', { name: 'Targets' });
    expect(await within(targets).findByText('must be below the baseline')).toBeInTheDocument();
    expect(targets).toHaveAccessibleDescription('must be below the baseline');
  });
});

describe('IndicatorEditRoute', () => {
  it('savesWithIfMatchAndKeepsTheValues', async () => {
    const api = stubApi({
      'GET /api/v1/me': () => json(meWith()),
      [`GET /api/v1/strategies/${strategy.id}`]: () => json(strategy),
      [`GET ${base}/components`]: () => json(outline),
      [`GET ${base}/indicators/${indicator.id}`]: () =>
        json(indicator, { headers: { ETag: '"5"' } }),
      [`GET ${base}/indicators`]: () => json([indicator]),
      [`PUT ${base}/indicators/${indicator.id}`]: ({ body }) =>
        json({ ...indicator, ...(body as IndicatorInput), version: 6 }),
    });
    const { user } = renderRoutes(routes, {
      initialEntry: `/strategies/${strategy.id}/indicators/${indicator.id}/edit`,
    });

    const unit = await screen.findByRole('textbox', { name: /Unit/ });
    await user.clear(unit);
    await user.type(unit, 'kg/Einw.');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: indicator.name }),
    ).toBeInTheDocument();
    const [request] = api.calls('PUT', `${base}/indicators/${indicator.id}`);
    expect(request?.headers.get('If-Match')).toBe('"5"');
    expect(request?.body).toEqual({
      componentId: 'goal-waste',
      name: 'Siedlungsabfall pro Kopf',
      unit: 'kg/Einw.',
      kind: 'OUTCOME',
      direction: 'DECREASE',
      baseline: { value: 452, date: '2020-12-31' },
      targets: [{ value: 400, date: '2027-12-31' }],
      source: 'Abfallbilanz der Stadt Musterstadt',
    });
  });
});

describe('IndicatorDetailRoute: estimated contributions from starter projects', () => {
  const contributions: IndicatorContributions = {
    indicatorId: indicator.id,
    total: -20.5,
    measures: [
      {
        projectId: 'p-1',
        projectTitle: 'Materialbörse Bau',
        measureId: 'm-1',
        measureTitle: 'Bauteile erfassen',
        value: -12.5,
      },
      {
        projectId: 'p-2',
        projectTitle: 'Repair-Café',
        measureId: 'm-2',
        measureTitle: 'Café eröffnen',
        value: -8,
      },
    ],
  };

  it('showsTheSumTheMeasuresAndTheLatestValueWithThem', async () => {
    setup(meWith(), [contributions, { indicatorId: 'other', total: 3, measures: [] }]);

    const section = await screen.findByRole('region', {
      name: 'Estimated contributions from starter projects',
    });
    expect(
      within(section).getByText('-20.5 kg/(Einw.·a) per year from 2 measures'),
    ).toBeInTheDocument();
    expect(
      within(section).getByText(
        'Latest value (431 kg/(Einw.·a)) plus one year of the estimated contributions: 410.5 kg/(Einw.·a).',
      ),
    ).toBeInTheDocument();
    const table = within(section).getByRole('table', {
      name: 'Contributing measures, estimated per year in kg/(Einw.·a)',
    });
    expect(tableRows(table)).toEqual([
      ['Materialbörse Bau', 'Bauteile erfassen', '-12.5'],
      ['Repair-Café', 'Café eröffnen', '-8'],
      ['Total', '-20.5'],
    ]);
    expect(within(table).getByRole('link', { name: 'Materialbörse Bau' })).toHaveAttribute(
      'href',
      '/projects/p-1',
    );
  });

  it('drawsTheProjectionDashedAndSaysItInTheChartSummary', async () => {
    setup(meWith(), [contributions]);

    await screen.findByRole('region', { name: 'Estimated contributions from starter projects' });
    const chart = screen.getByRole('img', { name: /Siedlungsabfall pro Kopf over time/ });
    expect(chart).toHaveAccessibleName(
      expect.stringContaining(
        'Latest value with one year of estimated contributions from starter projects: 410.5.',
      ),
    );
    expect(chart.querySelectorAll('.indicator-chart__projection-line')).toHaveLength(1);
    expect(screen.getByText('Latest value with estimated contributions')).toBeInTheDocument();
  });

  it('showsNothingWhenNoMeasureContributesToTheIndicator', async () => {
    const { api } = setup(meWith(), [{ ...contributions, indicatorId: 'other' }]);

    await screen.findByRole('heading', { level: 1, name: 'Siedlungsabfall pro Kopf' });
    await waitFor(() => {
      expect(api.calls('GET', `${base}/indicator-contributions`)).toHaveLength(1);
    });
    expect(screen.queryByText('Estimated contributions from starter projects')).toBeNull();
    expect(document.querySelector('.indicator-chart__projection-line')).toBeNull();
    expect(screen.queryByText('Latest value with estimated contributions')).toBeNull();
  });
});
