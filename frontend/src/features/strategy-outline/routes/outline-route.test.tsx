import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { ComponentMove, StrategyComponent, StrategyComponentInput } from '@/lib/api/types';
import { json, problem, stubApi } from '@/testing/fetch-stub';
import {
  makeComponent,
  makeIndicator,
  makeStrategy,
  meWith,
  musterstadt,
  sdgs,
} from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import { OutlineRoute } from './outline-route';

const strategy = makeStrategy();
const base = `/api/v1/strategies/${strategy.id}`;

// Leitbild
//   Ziel: Abfall senken   (with an indicator)
//   Ziel: Reparieren
// Instrument: Förderprogramm
const vision = makeComponent({ id: 'vision', title: 'Kreislaufstadt 2040', type: 'VISION' });
const wasteGoal = makeComponent({
  id: 'goal-waste',
  title: 'Abfall senken',
  parentId: 'vision',
  depth: 1,
  version: 3,
  sdgTargets: [{ code: '12.5', contribution: 'STRONG' }],
  localGoals: [{ name: 'Klimaneutrales Musterstadt 2035', contribution: 'MODERATE' }],
  responsibleUnit: 'Amt für Umwelt',
});
const repairGoal = makeComponent({
  id: 'goal-repair',
  title: 'Reparieren',
  parentId: 'vision',
  position: 1,
  depth: 1,
  version: 2,
  externalId: 'ziel-reparieren',
});
const programme = makeComponent({
  id: 'instrument',
  title: 'Förderprogramm',
  type: 'INSTRUMENT',
  position: 1,
});

const items = [vision, wasteGoal, repairGoal, programme];
const completeness = {
  presentTypes: ['VISION', 'GOAL', 'INSTRUMENT'],
  missingTypes: ['STRATEGY', 'PROCESS', 'STRUCTURE', 'PRODUCT'],
  percent: 43,
} as const;

function outline(list: StrategyComponent[]) {
  return { items: list, completeness };
}

function setup(me = meWith()) {
  let current = items;
  const api = stubApi({
    'GET /api/v1/me': () => json(me),
    [`GET ${base}/indicator-contributions`]: () =>
      json([
        {
          indicatorId: makeIndicator().id,
          total: -20.5,
          measures: [
            {
              projectId: 'p-1',
              projectTitle: 'Materialbörse Bau',
              measureId: 'm-1',
              measureTitle: 'Bauteile erfassen',
              value: -20.5,
            },
          ],
        },
      ]),
    [`GET /api/v1/strategies/${strategy.id}`]: () => json(strategy),
    [`GET ${base}/components`]: () => json(outline(current)),
    [`GET ${base}/indicators`]: () => json([makeIndicator()]),
    'GET /api/v1/sdgs': () => json(sdgs),
    [`POST ${base}/components/:componentId/move`]: ({ params, body }) => {
      const move = body as ComponentMove;
      // The server's answer for the moves these tests make.
      if (params.componentId === 'goal-waste' && move.position === 1) {
        current = [
          vision,
          { ...repairGoal, position: 0, version: 3 },
          { ...wasteGoal, position: 1, version: 4 },
          programme,
        ];
      } else if (params.componentId === 'goal-repair' && move.parentId === 'goal-waste') {
        current = [
          vision,
          wasteGoal,
          { ...repairGoal, parentId: 'goal-waste', depth: 2, position: 0, version: 3 },
          programme,
        ];
      }
      return json(outline(current));
    },
    [`POST ${base}/components`]: ({ body }) => {
      const input = body as StrategyComponentInput;
      const created = makeComponent({
        ...input,
        id: 'new-goal',
        position: 2,
        depth: 1,
        sdgTargets: input.sdgTargets ?? [],
        localGoals: input.localGoals ?? [],
      });
      current = [vision, wasteGoal, repairGoal, created, programme];
      return json(created, { status: 201 });
    },
  });
  const rendered = renderRoutes(
    [{ path: '/strategies/:strategyId/outline', element: <OutlineRoute /> }],
    { initialEntry: `/strategies/${strategy.id}/outline` },
  );
  return { ...rendered, api };
}

describe('OutlineRoute', () => {
  it('showsTheStrategyAsADocumentWithTypesAndCompleteness', async () => {
    setup();

    expect(await screen.findByRole('heading', { level: 1, name: 'Outline' })).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Vision: Kreislaufstadt 2040' }),
    ).toBeInTheDocument();
    const goal = screen.getByRole('region', { name: 'Goal: Abfall senken' });
    expect(within(goal).getByRole('heading', { level: 3 })).toHaveTextContent('Abfall senken');
    expect(goal).toHaveTextContent('Responsible unit: Amt für Umwelt');
    expect(goal).toHaveTextContent('12.5 (strong)');
    expect(goal).toHaveTextContent('Klimaneutrales Musterstadt 2035 (moderate)');
    expect(
      await within(goal).findByRole('link', { name: 'Siedlungsabfall pro Kopf' }),
    ).toHaveAttribute('href', `/strategies/${strategy.id}/indicators/${makeIndicator().id}`);
    expect(within(goal).getByText('On track (40.4 %)')).toBeInTheDocument();
    expect(
      await within(goal).findByText(
        'estimated contributions from starter projects: -20.5 kg/(Einw.·a) per year (1 measure)',
      ),
    ).toBeInTheDocument();
    // Goals whose indicators get no contributions show none.
    expect(
      within(screen.getByRole('region', { name: 'Goal: Reparieren' })).queryByText(
        /estimated contributions/,
      ),
    ).toBeNull();

    const meter = screen.getByRole('progressbar', {
      name: '3 of 7 component types of the model approach (43 %)',
    });
    expect(meter).toHaveAttribute('value', '43');
    expect(
      screen.getByText('Missing: Strategic line, Process, Structure, Product'),
    ).toBeInTheDocument();
  });

  it('movesAComponentDownByKeyboardKeepsFocusAndAnnouncesIt', async () => {
    const { user, api } = setup();

    const moveDown = await screen.findByRole('button', { name: 'Move down Abfall senken' });
    moveDown.focus();
    await user.keyboard('{Enter}');

    await waitFor(() => {
      expect(screen.getByRole('button', { name: 'Move down Abfall senken' })).toHaveFocus();
    });
    const [request] = api.calls('POST', `${base}/components/goal-waste/move`);
    expect(request?.headers.get('If-Match')).toBe('"3"');
    expect(request?.body).toEqual({ parentId: 'vision', position: 1 });
    expect(
      screen.getByText('“Abfall senken” moved down: now 2 of 2 under “Kreislaufstadt 2040”'),
    ).toBeInTheDocument();
    // Now last among its siblings: moving further down does nothing.
    expect(screen.getByRole('button', { name: 'Move down Abfall senken' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    const vision = screen.getByRole('region', { name: 'Vision: Kreislaufstadt 2040' });
    expect(
      within(vision)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(['Goal: Reparieren', 'Goal: Abfall senken']);
  });

  it('indentsUnderThePreviousSibling', async () => {
    const { user, api } = setup();

    await user.click(await screen.findByRole('button', { name: 'Indent Reparieren' }));

    await waitFor(() => {
      expect(screen.getByRole('button', { name: 'Indent Reparieren' })).toHaveFocus();
    });
    expect(api.calls('POST', `${base}/components/goal-repair/move`)[0]?.body).toEqual({
      parentId: 'goal-waste',
      position: 0,
    });
    expect(
      screen.getByText('“Reparieren” indented: now 1 of 1 under “Abfall senken”'),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 4, name: 'Goal: Reparieren' })).toBeInTheDocument();
  });

  it('sendsNothingForAMoveThatDoesNotApply', async () => {
    const { user, api } = setup();

    const up = await screen.findByRole('button', { name: 'Move up Kreislaufstadt 2040' });
    expect(up).toHaveAttribute('aria-disabled', 'true');
    await user.click(up);

    expect(up).toHaveFocus();
    expect(api.calls('POST', `${base}/components/vision/move`)).toEqual([]);
  });

  it('reportsAConflictingMove', async () => {
    stubApi({
      'GET /api/v1/me': () => json(meWith()),
      [`GET /api/v1/strategies/${strategy.id}`]: () => json(strategy),
      [`GET ${base}/components`]: () => json(outline(items)),
      [`GET ${base}/indicators`]: () => json([]),
      [`POST ${base}/components/goal-repair/move`]: () =>
        problem(412, { title: 'Stale version', detail: 'This record has changed.' }),
    });
    const { user } = renderRoutes(
      [{ path: '/strategies/:strategyId/outline', element: <OutlineRoute /> }],
      { initialEntry: `/strategies/${strategy.id}/outline` },
    );

    await user.click(await screen.findByRole('button', { name: 'Move up Reparieren' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone else changed the outline');
    expect(within(alert).getByRole('button', { name: 'Load latest version' })).toBeInTheDocument();
  });

  it('addsAGoalWithAnSdgTarget', async () => {
    const { user, api } = setup();

    await user.click(
      await screen.findByRole('button', { name: 'Add sub-component Kreislaufstadt 2040' }),
    );
    const form = screen.getByRole('form', { name: 'New component under “Kreislaufstadt 2040”' });
    await waitFor(() => {
      expect(within(form).getByRole('heading')).toHaveFocus();
    });
    await user.selectOptions(within(form).getByRole('combobox', { name: /Type/ }), 'GOAL');
    await user.type(within(form).getByRole('textbox', { name: /Title/ }), 'Bauabfälle verwerten');

    const picker = await within(form).findByRole('group', { name: 'SDG targets' });
    await user.selectOptions(
      within(picker).getByRole('combobox', { name: 'Sustainable Development Goal' }),
      '12',
    );
    await user.selectOptions(within(picker).getByRole('combobox', { name: 'Target' }), '12.2');
    await user.selectOptions(
      within(picker).getByRole('combobox', { name: 'Contribution' }),
      'STRONG',
    );
    await user.click(within(picker).getByRole('button', { name: 'Add SDG target' }));
    expect(within(picker).getByText('SDG target 12.2 added.')).toBeInTheDocument();
    expect(within(picker).getByRole('combobox', { name: 'Contribution to 12.2' })).toHaveValue(
      'STRONG',
    );

    await user.click(within(form).getByRole('button', { name: 'Add local goal' }));
    await waitFor(() => {
      expect(within(form).getByRole('textbox', { name: 'Local goal 1' })).toHaveFocus();
    });
    await user.keyboard('Null Abfall 2040');
    await user.click(within(form).getByRole('button', { name: 'Add component' }));

    expect(
      await screen.findByRole('heading', { name: 'Goal: Bauabfälle verwerten' }),
    ).toBeInTheDocument();
    expect(api.calls('POST', `${base}/components`)[0]?.body).toEqual({
      parentId: 'vision',
      type: 'GOAL',
      title: 'Bauabfälle verwerten',
      status: 'DRAFT',
      sdgTargets: [{ code: '12.2', contribution: 'STRONG' }],
      localGoals: [{ name: 'Null Abfall 2040', contribution: 'MODERATE' }],
    });
    expect(screen.getByText('“Bauabfälle verwerten” was added.')).toBeInTheDocument();
  });

  it('checksTypeAndTitleBeforeSending', async () => {
    const { user, api } = setup();

    await user.click(
      await screen.findByRole('button', { name: 'Add sub-component Kreislaufstadt 2040' }),
    );
    const form = screen.getByRole('form', { name: 'New component under “Kreislaufstadt 2040”' });
    await user.click(within(form).getByRole('button', { name: 'Add component' }));

    const type = within(form).getByRole('combobox', { name: /Type/ });
    expect(type).toHaveAttribute('aria-invalid', 'true');
    expect(type).toHaveAccessibleDescription(/Please choose an option\.$/);
    await waitFor(() => {
      expect(type).toHaveFocus();
    });
    expect(within(form).getByRole('textbox', { name: /Title/ })).toHaveAccessibleDescription(
      'Please fill in this field.',
    );
    expect(within(form).getByRole('alert')).toHaveTextContent('Please correct the marked fields.');
    expect(api.calls('POST', `${base}/components`)).toEqual([]);
  });

  it('savesAnEditedComponentWithIfMatch', async () => {
    const api = stubApi({
      'GET /api/v1/me': () => json(meWith()),
      [`GET /api/v1/strategies/${strategy.id}`]: () => json(strategy),
      [`GET ${base}/components`]: () => json(outline(items)),
      [`GET ${base}/indicators`]: () => json([]),
      [`PUT ${base}/components/goal-repair`]: ({ body }) =>
        json({ ...repairGoal, ...(body as StrategyComponentInput), version: 3 }),
    });
    const { user } = renderRoutes(
      [{ path: '/strategies/:strategyId/outline', element: <OutlineRoute /> }],
      { initialEntry: `/strategies/${strategy.id}/outline` },
    );

    await user.click(await screen.findByRole('button', { name: 'Edit Reparieren' }));
    const form = screen.getByRole('form', { name: 'Edit “Reparieren”' });
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Status' }), 'AGREED');
    await user.click(within(form).getByRole('button', { name: 'Save component' }));

    expect(await screen.findByText('“Reparieren” was saved.')).toBeInTheDocument();
    const [request] = api.calls('PUT', `${base}/components/goal-repair`);
    expect(request?.headers.get('If-Match')).toBe('"2"');
    // The place changes only by moving: an update leaves parentId out. The sync key stays.
    expect(request?.body).toEqual({
      type: 'GOAL',
      title: 'Reparieren',
      status: 'AGREED',
      sdgTargets: [],
      localGoals: [],
      externalId: 'ziel-reparieren',
    });
    await waitFor(() => {
      expect(screen.getByRole('button', { name: 'Edit Reparieren' })).toHaveFocus();
    });
  });

  it('showsViewersTheOutlineWithoutTools', async () => {
    setup(meWith([{ organization: musterstadt, role: 'VIEWER' }]));

    await screen.findByRole('region', { name: 'Goal: Abfall senken' });
    expect(screen.queryByRole('group', { name: /Tools for/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add component' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /New indicator/ })).not.toBeInTheDocument();
  });
});
