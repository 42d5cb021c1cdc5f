import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { i18n } from '@/lib/i18n/i18n';
import { json, noContent, problem, stubApi } from '@/testing/fetch-stub';
import {
  makeComponent,
  makeIndicator,
  meWith,
  musterstadt,
  organizations,
} from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import type {
  Measure,
  MeasureInput,
  ProjectStatusChange,
  ProjectStatusUpdate,
  StarterProject,
} from '../api/types';
import { makeMeasure, makeProject, makeStatusUpdate, strategy } from '../testing/fixtures';
import { toMeasureInput } from '../utils/measure-input';

import { ProjectDetailRoute } from './project-detail-route';

const goal = makeComponent({
  id: '5d000000-0000-4000-8000-000000000002',
  title: 'Abfall halbieren',
});
const instrument = makeComponent({
  id: '5d000000-0000-4000-8000-000000000003',
  parentId: goal.id,
  depth: 1,
  type: 'INSTRUMENT',
  title: 'Bauteilbörse',
});
const co2Indicator = makeIndicator({
  id: '6e000000-0000-4000-8000-000000000001',
  name: 'CO2e-Emissionen Bau',
  unit: 't CO2e/a',
});

const routes = [
  { path: '/projects/:projectId', element: <ProjectDetailRoute /> },
  { path: '/projects', element: <p>project list</p> },
];

interface SetupOptions {
  me?: ReturnType<typeof meWith>;
  onStatus?: (change: ProjectStatusChange) => Response | undefined;
  onMeasure?: (input: MeasureInput, ifMatch: string | null) => Response | undefined;
}

function setup(project: StarterProject, options: SetupOptions = {}) {
  const path = `/api/v1/starter-projects/${project.id}`;
  let current = project;
  let updates: ProjectStatusUpdate[] = [makeStatusUpdate()];
  const api = stubApi({
    'GET /api/v1/me': () => json(options.me ?? meWith()),
    'GET /api/v1/organizations': () => json(organizations),
    'GET /api/v1/strategies': () => json({ items: [strategy] }),
    [`GET /api/v1/strategies/${strategy.id}/components`]: () =>
      json({
        items: [goal, instrument],
        completeness: { presentTypes: ['GOAL', 'INSTRUMENT'], missingTypes: [], percent: 29 },
      }),
    [`GET /api/v1/strategies/${strategy.id}/indicators`]: () => json([co2Indicator]),
    [`GET ${path}`]: () => json(current, { headers: { ETag: `"${current.version}"` } }),
    [`POST ${path}/status`]: ({ body }) => {
      const change = body as ProjectStatusChange;
      const answer = options.onStatus?.(change);
      if (answer) {
        return answer;
      }
      current = {
        ...current,
        status: change.status,
        statusReason: change.reason,
        allowedNext: change.status === 'ON_HOLD' ? ['PREPARATION', 'CANCELLED'] : [],
        version: current.version + 1,
      };
      return json(current, { headers: { ETag: `"${current.version}"` } });
    },
    [`PUT ${path}/measures/:measureId`]: ({ params, body, request }) => {
      const input = body as MeasureInput;
      const answer = options.onMeasure?.(input, request.headers.get('If-Match'));
      if (answer) {
        return answer;
      }
      const steps = input.steps ?? [];
      const updated: Measure = {
        ...makeMeasure({ id: params.measureId }),
        ...input,
        steps,
        progress: Math.round((100 * steps.filter((step) => step.done).length) / steps.length),
        version: 5,
      };
      current = {
        ...current,
        measures: current.measures.map((measure) =>
          measure.id === updated.id ? updated : measure,
        ),
        totals: { ...current.totals, progress: updated.progress },
      };
      return json(updated, { headers: { ETag: '"5"' } });
    },
    [`DELETE ${path}/measures/:measureId`]: ({ params }) => {
      current = {
        ...current,
        measures: current.measures.filter((measure) => measure.id !== params.measureId),
      };
      return noContent();
    },
    [`GET ${path}/status-updates`]: () => json(updates),
    [`POST ${path}/status-updates`]: ({ body }) => {
      const input = body as { text: string; progress?: number };
      updates = [makeStatusUpdate({ id: 'new', reportedOn: '2026-03-01', ...input }), ...updates];
      return json(updates[0], { status: 201 });
    },
  });
  const rendered = renderRoutes(routes, { initialEntry: `/projects/${project.id}` });
  return { ...rendered, api, path };
}

describe('ProjectDetailRoute details', () => {
  it('showsWhatAMeasureContributesToIndicatorsOfTheStrategy', async () => {
    setup(
      makeProject({
        measures: [
          makeMeasure({
            indicatorContributions: [
              { indicatorId: co2Indicator.id, value: -120 },
              { indicatorId: 'gone', value: 5 },
            ],
          }),
        ],
      }),
    );

    const measure = await screen.findByRole('article', {
      name: 'Rückbau Schule Nord: Bauteile erfassen',
    });
    expect(
      within(measure).getByRole('heading', {
        name: 'Estimated yearly contributions to indicators',
      }),
    ).toBeInTheDocument();
    expect(
      await within(measure).findByRole('link', {
        name: '-120 t CO2e/a to “CO2e-Emissionen Bau”',
      }),
    ).toHaveAttribute('href', `/strategies/${strategy.id}/indicators/${co2Indicator.id}`);
    expect(within(measure).getByText('5 to an indicator of the strategy')).toBeInTheDocument();
  });

  it('linksTheLinkedStrategyComponentsToTheOutline', async () => {
    setup(makeProject({ componentIds: [instrument.id, goal.id] }));

    const details = await screen.findByRole('region', { name: 'Details' });
    const term = within(details).getByText('Linked strategy components');
    const links = within(term.parentElement!).getAllByRole('link');
    await waitFor(() => {
      expect(links.map((link) => link.textContent)).toEqual([
        'Instrument: Bauteilbörse',
        'Goal: Abfall halbieren',
      ]);
    });
    for (const link of links) {
      expect(link).toHaveAttribute('href', `/strategies/${strategy.id}/outline`);
    }
  });

  it('showsAllFieldsOfTheProject', async () => {
    setup(makeProject({ actualCompletion: '2027-07-15' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Materialbörse Bau' }),
    ).toBeInTheDocument();
    const details = screen.getByRole('region', { name: 'Details' });
    expect(await within(details).findByText(musterstadt.name)).toBeInTheDocument();
    expect(await within(details).findByRole('link', { name: strategy.title })).toHaveAttribute(
      'href',
      `/strategies/${strategy.id}`,
    );
    for (const text of [
      'Preparation',
      'Bauteile aus Rückbau vermitteln.',
      'Construction and buildings, Waste and resources',
      '1 Apr 2026',
      '30 Jun 2027',
      '15 Jul 2027',
      '€250,000',
      '€120,000.50',
      'EFRE/ERDF',
      'Network',
      'ris-bau-1',
    ]) {
      expect(within(details).getByText(text)).toBeInTheDocument();
    }
  });

  it('groupsThePartiesByTheirRaciRole', async () => {
    setup(makeProject());

    const parties = await screen.findByRole('region', { name: 'Parties by RACI' });
    const responsible = within(parties).getByRole('heading', { name: 'Responsible (R)' });
    expect(responsible.parentElement).toHaveTextContent('Hochbauamt Musterstadt (Administration)');
    const consulted = within(parties).getByRole('heading', { name: 'Consulted (C)' });
    expect(consulted.parentElement).toHaveTextContent('Handwerkskammer Musterstadt (Chamber)');
    const accountable = within(parties).getByRole('heading', { name: 'Accountable (A)' });
    expect(accountable.parentElement).toHaveTextContent('Nobody in this role.');
  });

  it('rendersTheImpactTotalsWithTheirUnits', async () => {
    setup(makeProject());

    const table = await screen.findByRole('table', { name: 'Impact' });
    const value = (indicator: string) =>
      within(within(table).getByRole('row', { name: new RegExp(`^${indicator}`) }))
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
        .join('');
    expect(value('CO2e savings')).toBe('120.5 t CO2e/yr');
    expect(value('Renewable energy')).toBe('0 MWh/yr');
    expect(value('Energy replaced')).toBe('0 MWh/yr');
    expect(value('Material reused')).toBe('300 t/yr');
    expect(value('Cost')).toBe('€45,000');
    expect(value('Progress')).toBe('50%');
    expect(
      screen.getByText('Sum over 1 measure (cancelled measures do not count).'),
    ).toBeInTheDocument();
  });

  it('writesTheTotalsTheGermanWay', async () => {
    await i18n.changeLanguage('de');
    setup(makeProject());

    const table = await screen.findByRole('table', { name: 'Wirkung' });
    expect(within(table).getByRole('row', { name: /CO2e-Einsparung/ })).toHaveTextContent(
      '120,5 t CO2e/a',
    );
    expect(
      within(table).getByRole('row', { name: /Wiederverwendetes Material/ }),
    ).toHaveTextContent('300 t/a');
    expect(within(table).getByRole('row', { name: /Kosten/ })).toHaveTextContent('45.000 €');
    expect(within(table).getByRole('row', { name: /Fortschritt/ })).toHaveTextContent('50 %');
  });

  it('saysSoWhenTheProjectDoesNotExist', async () => {
    stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/organizations': () => json(organizations),
    });
    renderRoutes(routes, { initialEntry: '/projects/unknown' });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This starter project does not exist, or you have no access to it.',
    );
  });
});

describe('ProjectDetailRoute status', () => {
  async function statusButtons() {
    const section = await screen.findByRole('region', { name: 'Change status' });
    return within(section)
      .getAllByRole('button')
      .map((button) => button.textContent);
  }

  it('offersOnlyTheStatusesTheApiAllowsNext', async () => {
    setup(makeProject({ allowedNext: ['CANCELLED', 'ON_HOLD', 'IMPLEMENTATION'] }));

    expect(await statusButtons()).toEqual([
      'Start implementation',
      'Put on hold …',
      'Cancel project …',
    ]);
  });

  it('offersToResumeAProjectOnHoldWhereItStopped', async () => {
    setup(makeProject({ status: 'ON_HOLD', allowedNext: ['PREPARATION', 'CANCELLED'] }));

    expect(await statusButtons()).toEqual(['Resume (Preparation)', 'Cancel project …']);
  });

  it('requiresAReasonBeforePuttingTheProjectOnHold', async () => {
    const { user, api, path } = setup(makeProject({ version: 7 }));

    const trigger = await screen.findByRole('button', { name: 'Put on hold …' });
    await user.click(trigger);
    const dialog = screen.getByRole('dialog', { name: 'Put project on hold' });
    const reason = within(dialog).getByRole('textbox', { name: /Reason/ });
    expect(reason).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: 'Put project on hold' }));
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAccessibleDescription(
      'Shown with the project. At most 1000 characters. Please give a reason.',
    );
    expect(reason).toHaveFocus();
    expect(api.calls('POST', `${path}/status`)).toEqual([]);

    // Escape steps back without a change, and focus returns to the button that opened the dialog.
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();

    await user.click(trigger);
    await user.type(screen.getByRole('textbox', { name: /Reason/ }), '  Fördermittel abgelehnt ');
    await user.click(screen.getByRole('button', { name: 'Put project on hold' }));

    expect(await screen.findByText('New status: On hold')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => {
      expect(screen.getByText('New status: On hold')).toHaveFocus();
    });
    const [request] = api.calls('POST', `${path}/status`);
    expect(request?.headers.get('If-Match')).toBe('"7"');
    expect(request?.body).toEqual({ status: 'ON_HOLD', reason: 'Fördermittel abgelehnt' });
    const details = screen.getByRole('region', { name: 'Details' });
    expect(within(details).getByText('Fördermittel abgelehnt')).toBeInTheDocument();
    expect(await statusButtons()).toEqual(['Resume (Preparation)', 'Cancel project …']);
  });

  it('changesToAStatusWithoutReasonAtOnce', async () => {
    const { user, api, path } = setup(makeProject());

    await user.click(await screen.findByRole('button', { name: 'Start implementation' }));

    expect(await screen.findByText('New status: Implementation')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(api.calls('POST', `${path}/status`)[0]?.body).toEqual({ status: 'IMPLEMENTATION' });
  });

  it('showsTheServersReasonErrorNextToTheField', async () => {
    const { user } = setup(makeProject(), {
      onStatus: () =>
        problem(422, {
          title: 'Rule violation',
          detail: 'Say why the project is cancelled.',
          errors: [{ field: 'changeStatus.change.reason', message: 'is required for CANCELLED' }],
        }),
    });

    await user.click(await screen.findByRole('button', { name: 'Cancel project …' }));
    const dialog = screen.getByRole('dialog', { name: 'Cancel project' });
    await user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'x');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel project' }));

    const reason = within(dialog).getByRole('textbox', { name: /Reason/ });
    await waitFor(() => {
      expect(reason).toHaveAttribute('aria-invalid', 'true');
    });
    expect(reason).toHaveAccessibleDescription(
      'Shown with the project. At most 1000 characters. is required for CANCELLED',
    );
  });

  it('reportsAConflictAndReloadsTheLatestVersion', async () => {
    const project = makeProject({ version: 7 });
    const path = `/api/v1/starter-projects/${project.id}`;
    let version = 7;
    stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/organizations': () => json(organizations),
      'GET /api/v1/strategies': () => json({ items: [] }),
      [`GET ${path}/status-updates`]: () => json([]),
      [`GET ${path}`]: () =>
        json(
          version === 7
            ? project
            : { ...project, version, status: 'IMPLEMENTATION', allowedNext: ['COMPLETED'] },
          { headers: { ETag: `"${version}"` } },
        ),
      [`POST ${path}/status`]: () => {
        version = 8;
        return problem(412, { title: 'Precondition Failed', detail: 'Stale.' });
      },
    });
    const { user } = renderRoutes(routes, { initialEntry: `/projects/${project.id}` });

    await user.click(await screen.findByRole('button', { name: 'Start implementation' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone else changed this starter project');
    await user.click(within(alert).getByRole('button', { name: 'Load latest version' }));

    expect(await screen.findByRole('button', { name: 'Mark as completed' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('ProjectDetailRoute measures', () => {
  it('showsEachMeasureWithItsProgressStepsAndImpact', async () => {
    setup(makeProject());

    const measure = await screen.findByRole('article', {
      name: 'Rückbau Schule Nord: Bauteile erfassen',
    });
    expect(
      within(measure).getByRole('progressbar', {
        name: 'Progress of the measure: Rückbau Schule Nord: Bauteile erfassen',
      }),
    ).toHaveAttribute('aria-valuetext', '50% (1 of 2 steps done)');
    expect(measure).toHaveTextContent('50% (1 of 2 steps done)');
    expect(
      within(measure).getByRole('checkbox', { name: 'Bauteilkatalog erstellen' }),
    ).toBeChecked();
    expect(within(measure).getByRole('checkbox', { name: 'Abnehmer finden' })).not.toBeChecked();
    expect(measure).toHaveTextContent(
      '120.5 t CO2e/yr · Method: Ökobaudat, vermiedener Neubeton · Confidence: Medium',
    );
    expect(measure).toHaveTextContent('300 t/yr');
    expect(measure).toHaveTextContent('€45,000');
    expect(
      within(measure).getByRole('link', {
        name: 'Edit: Rückbau Schule Nord: Bauteile erfassen',
      }),
    ).toHaveAttribute('href', `/projects/${makeProject().id}/measures/${makeMeasure().id}/edit`);
  });

  it('savesAToggledStepWithIfMatchOfTheMeasure', async () => {
    const project = makeProject();
    const measure = makeMeasure({ version: 4 });
    const { user, api, path } = setup(project);

    const step = await screen.findByRole('checkbox', { name: 'Abnehmer finden' });
    await user.click(step);

    expect(await screen.findByText('“Abnehmer finden” is saved as done.')).toBeInTheDocument();
    expect(step).toBeChecked();
    const [request] = api.calls('PUT', `${path}/measures/${measure.id}`);
    expect(request?.headers.get('If-Match')).toBe('"4"');
    // PUT replaces the measure: every other field goes back unchanged.
    expect(request?.body).toEqual({
      ...toMeasureInput(measure),
      steps: [
        { title: 'Bauteilkatalog erstellen', done: true },
        { title: 'Abnehmer finden', done: true },
      ],
    });
    await waitFor(() => {
      expect(screen.getByRole('progressbar', { name: /^Progress of the measure/ })).toHaveAttribute(
        'aria-valuetext',
        '100% (2 of 2 steps done)',
      );
    });
  });

  it('reportsAConflictingStepChangeAndReloads', async () => {
    const { user, api, path } = setup(makeProject(), {
      onMeasure: () => problem(412, { title: 'Precondition Failed', detail: 'Stale.' }),
    });

    const step = await screen.findByRole('checkbox', { name: 'Abnehmer finden' });
    await user.click(step);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone else changed this measure');
    expect(step).not.toBeChecked();
    const reads = api.calls('GET', path).length;
    await user.click(within(alert).getByRole('button', { name: 'Load latest version' }));

    await waitFor(() => {
      expect(api.calls('GET', path).length).toBeGreaterThan(reads);
    });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('deletesAMeasureAfterConfirmationWithIfMatch', async () => {
    const measure = makeMeasure({ version: 4 });
    const { user, api, path } = setup(makeProject());

    await user.click(await screen.findByRole('button', { name: `Delete: ${measure.title}` }));
    const confirmation = screen.getByRole('group', { name: 'Delete measure?' });
    expect(within(confirmation).getByRole('heading', { name: 'Delete measure?' })).toHaveFocus();
    await user.click(
      within(confirmation).getByRole('button', { name: 'Delete measure permanently' }),
    );

    expect(await screen.findByText('No measures yet.')).toBeInTheDocument();
    expect(api.calls('DELETE', `${path}/measures/${measure.id}`)[0]?.headers.get('If-Match')).toBe(
      '"4"',
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Measures' })).toHaveFocus();
  });

  it('showsReadersTheStepsWithoutControls', async () => {
    setup(makeProject(), { me: meWith([{ organization: musterstadt, role: 'VIEWER' }]) });

    const measure = await screen.findByRole('article', {
      name: 'Rückbau Schule Nord: Bauteile erfassen',
    });
    expect(within(measure).queryByRole('checkbox')).not.toBeInTheDocument();
    expect(measure).toHaveTextContent('Abnehmer finden (open)');
    expect(screen.queryByRole('region', { name: 'Actions' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Add measure' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Add a status update' })).not.toBeInTheDocument();
  });
});

describe('ProjectDetailRoute status updates', () => {
  it('listsTheLogAndAddsAnUpdate', async () => {
    const { user, api, path } = setup(makeProject());

    const section = await screen.findByRole('region', { name: 'Status updates' });
    expect(
      await within(section).findByText('Bauteilkatalog für die Schule Nord ist fertig.'),
    ).toBeInTheDocument();
    expect(section).toHaveTextContent('15 Feb 2026 · Erika Mustermann · Progress 40%');

    const form = within(section).getByRole('form', { name: 'Add a status update' });
    await user.type(within(form).getByRole('textbox', { name: /Update/ }), 'Abnehmer gefunden.');
    await user.type(within(form).getByRole('textbox', { name: /Progress/ }), '140');
    await user.click(within(form).getByRole('button', { name: 'Save update' }));

    const progress = within(form).getByRole('textbox', { name: /Progress/ });
    expect(progress).toHaveAttribute('aria-invalid', 'true');
    expect(progress).toHaveAccessibleDescription(
      'Optional, a whole number from 0 to 100. Please enter a whole number from 0 to 100.',
    );
    expect(api.calls('POST', `${path}/status-updates`)).toEqual([]);

    await user.clear(progress);
    await user.type(progress, '60');
    await user.click(within(form).getByRole('button', { name: 'Save update' }));

    expect(await within(section).findByText('Abnehmer gefunden.')).toBeInTheDocument();
    expect(within(form).getByText('The status update has been saved.')).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: /Update/ })).toHaveValue('');
    expect(api.calls('POST', `${path}/status-updates`)[0]?.body).toEqual({
      text: 'Abnehmer gefunden.',
      progress: 60,
    });
  });
});
