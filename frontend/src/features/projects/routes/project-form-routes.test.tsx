import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, problem, stubApi } from '@/testing/fetch-stub';
import { eksempelby, makeComponent, makeStrategy, meWith, musterstadt } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import type { StarterProject, StarterProjectInput } from '../api/types';
import {
  builder,
  buildingOffice,
  chamber,
  makeProject,
  stakeholders,
  strategy,
} from '../testing/fixtures';

import { ProjectCreateRoute } from './project-create-route';
import { ProjectEditRoute } from './project-edit-route';

const routes = [
  { path: '/projects/new', element: <ProjectCreateRoute /> },
  { path: '/projects/:projectId/edit', element: <ProjectEditRoute /> },
  { path: '/projects/:projectId', element: <p>project detail</p> },
];

const danishStrategy = makeStrategy({
  id: 'dk-strategy',
  organizationId: eksempelby.id,
  title: 'Cirkulær Eksempelby',
});

const vision = makeComponent({
  id: '5d000000-0000-4000-8000-000000000001',
  title: 'Kreislaufstadt 2030',
  type: 'VISION',
});
const wasteGoal = makeComponent({
  id: '5d000000-0000-4000-8000-000000000002',
  parentId: vision.id,
  depth: 1,
  title: 'Abfall halbieren',
});
const exchange = makeComponent({
  id: '5d000000-0000-4000-8000-000000000003',
  parentId: wasteGoal.id,
  depth: 2,
  title: 'Bauteilbörse',
  type: 'INSTRUMENT',
});
const outline = {
  items: [vision, wasteGoal, exchange],
  completeness: { presentTypes: ['VISION', 'GOAL', 'INSTRUMENT'], missingTypes: [], percent: 43 },
};

function stubForms(extra: Parameters<typeof stubApi>[0] = {}, me = meWith()) {
  return stubApi({
    'GET /api/v1/me': () => json(me),
    'GET /api/v1/strategies/:strategyId/components': ({ params }) =>
      json(params.strategyId === strategy.id ? outline : { ...outline, items: [] }),
    'GET /api/v1/strategies': ({ url }) =>
      json({
        items:
          url.searchParams.get('organizationId') === eksempelby.id ? [danishStrategy] : [strategy],
      }),
    'GET /api/v1/stakeholders': ({ url }) =>
      json({ items: url.searchParams.get('organizationId') === eksempelby.id ? [] : stakeholders }),
    ...extra,
  });
}

describe('ProjectCreateRoute', () => {
  it('createsAProjectWithPartiesAndReturnsToItsPage', { timeout: 30_000 }, async () => {
    const api = stubForms({
      'POST /api/v1/starter-projects': ({ body }) =>
        json(makeProject({ id: 'created', ...(body as Partial<StarterProject>), parties: [] }), {
          status: 201,
          headers: { ETag: '"0"' },
        }),
    });
    const { user } = renderRoutes(routes, { initialEntry: '/projects/new' });

    await user.type(await screen.findByRole('textbox', { name: /^Title/ }), 'Materialbörse Bau');
    await user.type(screen.getByRole('textbox', { name: 'Summary' }), 'Bauteile vermitteln.');
    const fields = screen.getByRole('group', { name: 'Fields of action' });
    await user.click(within(fields).getByRole('checkbox', { name: 'Waste and resources' }));
    await user.click(within(fields).getByRole('checkbox', { name: 'Construction and buildings' }));
    const strategySelect = screen.getByRole('combobox', { name: /^Strategy/ });
    await within(strategySelect).findByRole('option', { name: strategy.title });
    await user.selectOptions(strategySelect, strategy.title);
    await user.type(screen.getByLabelText('Start'), '2026-04-01');
    await user.type(screen.getByLabelText('Planned completion'), '2027-06-30');
    await user.type(screen.getByRole('textbox', { name: /Planned budget/ }), '250,000');
    await user.type(screen.getByRole('textbox', { name: /Actual budget/ }), '1,234.50');
    await user.type(screen.getByRole('textbox', { name: /Funding source/ }), 'EFRE/ERDF');

    const parties = screen.getByRole('group', { name: 'Parties (RACI)' });
    await user.click(within(parties).getByRole('button', { name: 'Add party' }));
    const first = within(parties).getByRole('group', { name: 'Party 1' });
    const firstStakeholder = within(first).getByRole('combobox', { name: /Stakeholder/ });
    await waitFor(() => {
      expect(firstStakeholder).toHaveFocus();
    });
    await user.selectOptions(firstStakeholder, `${chamber.name} (Chamber)`);
    await user.click(within(parties).getByRole('button', { name: 'Add party' }));
    const second = within(parties).getByRole('group', { name: 'Party 2' });
    await user.selectOptions(
      within(second).getByRole('combobox', { name: /Stakeholder/ }),
      `${buildingOffice.name} (Administration)`,
    );
    await user.selectOptions(
      within(second).getByRole('combobox', { name: 'RACI role' }),
      'Accountable',
    );
    await user.click(within(parties).getByRole('button', { name: 'Add party' }));
    const third = within(parties).getByRole('group', { name: 'Party 3' });
    // By value: user-event compares labels as HTML, and this name has an ampersand.
    await user.selectOptions(
      within(third).getByRole('combobox', { name: /Stakeholder/ }),
      builder.id,
    );
    await user.click(within(parties).getByRole('button', { name: 'Remove: Party 1' }));
    // Focus moves to the row that took the removed one's place.
    await waitFor(() => {
      expect(
        within(within(parties).getByRole('group', { name: 'Party 1' })).getByRole('combobox', {
          name: /Stakeholder/,
        }),
      ).toHaveFocus();
    });
    expect(within(parties).getByText('Party 1 removed.')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Visibility' }), 'Network');
    await user.type(screen.getByRole('textbox', { name: /External ID/ }), 'ris-bau-1');
    await user.click(screen.getByRole('button', { name: 'Create starter project' }));

    expect(await screen.findByText('project detail')).toBeInTheDocument();
    const [request] = api.calls('POST', '/api/v1/starter-projects');
    expect(request?.body).toEqual({
      organizationId: musterstadt.id,
      strategyId: strategy.id,
      title: 'Materialbörse Bau',
      summary: 'Bauteile vermitteln.',
      fieldsOfAction: ['CONSTRUCTION_BUILDINGS', 'WASTE_RESOURCES'],
      startDate: '2026-04-01',
      plannedCompletion: '2027-06-30',
      budgetPlanned: 250000,
      budgetActual: 1234.5,
      fundingSource: 'EFRE/ERDF',
      parties: [
        { stakeholderId: buildingOffice.id, role: 'ACCOUNTABLE' },
        { stakeholderId: builder.id, role: 'RESPONSIBLE' },
      ],
      visibility: 'NETWORK',
      externalId: 'ris-bau-1',
    } satisfies StarterProjectInput);
  });

  it('checksTheFormBeforeSending', async () => {
    const api = stubForms();
    const { user } = renderRoutes(routes, { initialEntry: '/projects/new' });

    await user.type(await screen.findByLabelText('Start'), '2027-01-01');
    await user.type(screen.getByLabelText('Planned completion'), '2026-12-31');
    await user.type(screen.getByRole('textbox', { name: /Planned budget/ }), '-5');
    await user.type(screen.getByRole('textbox', { name: /Actual budget/ }), 'viel');
    await user.click(screen.getByRole('button', { name: 'Add party' }));
    await user.click(screen.getByRole('button', { name: 'Create starter project' }));

    const title = screen.getByRole('textbox', { name: /^Title/ });
    await waitFor(() => {
      expect(title).toHaveFocus();
    });
    expect(title).toHaveAccessibleDescription('Please fill in this field.');
    expect(screen.getByLabelText('Planned completion')).toHaveAccessibleDescription(
      'Completion must not be before the start.',
    );
    expect(screen.getByRole('textbox', { name: /Planned budget/ })).toHaveAccessibleDescription(
      'In euros, for example 250,000 or 1,234.50 The value must not be negative.',
    );
    expect(screen.getByRole('textbox', { name: /Actual budget/ })).toHaveAccessibleDescription(
      'In euros, for example 250,000 or 1,234.50 Please enter a number, for example 120.5.',
    );
    expect(
      within(screen.getByRole('group', { name: 'Party 1' })).getByRole('combobox', {
        name: /Stakeholder/,
      }),
    ).toHaveAccessibleDescription('Please choose a stakeholder.');
    expect(screen.getByRole('alert')).toHaveTextContent('Please correct the marked fields.');
    expect(api.calls('POST', '/api/v1/starter-projects')).toEqual([]);
  });

  it('showsTheServersFieldErrorsNextToTheirFields', async () => {
    stubForms({
      'POST /api/v1/starter-projects': () =>
        problem(422, {
          title: 'Rule violation',
          detail: 'Some parties are not in the register.',
          errors: [
            { field: 'parties[0].stakeholderId', message: "is not in the organization's register" },
            { field: 'create.input.externalId', message: 'is already used' },
          ],
        }),
    });
    const { user } = renderRoutes(routes, { initialEntry: '/projects/new' });

    await user.type(await screen.findByRole('textbox', { name: /^Title/ }), 'Materialbörse');
    await user.click(screen.getByRole('button', { name: 'Add party' }));
    const stakeholder = within(screen.getByRole('group', { name: 'Party 1' })).getByRole(
      'combobox',
      { name: /Stakeholder/ },
    );
    await within(stakeholder).findByRole('option', { name: `${chamber.name} (Chamber)` });
    await user.selectOptions(stakeholder, `${chamber.name} (Chamber)`);
    await user.type(screen.getByRole('textbox', { name: /External ID/ }), 'ris-1');
    await user.click(screen.getByRole('button', { name: 'Create starter project' }));

    await waitFor(() => {
      expect(stakeholder).toHaveAccessibleDescription("is not in the organization's register");
    });
    expect(stakeholder).toHaveFocus();
    expect(screen.getByRole('textbox', { name: /External ID/ })).toHaveAccessibleDescription(
      'ID in another system, for synchronisation is already used',
    );
  });

  it('offersTheStrategiesAndRegisterOfTheChosenOrganisation', async () => {
    stubForms(
      {},
      meWith([
        { organization: musterstadt, role: 'EDITOR' },
        { organization: eksempelby, role: 'ADMIN' },
      ]),
    );
    const { user } = renderRoutes(routes, { initialEntry: '/projects/new' });

    const strategySelect = await screen.findByRole('combobox', { name: /^Strategy/ });
    await within(strategySelect).findByRole('option', { name: strategy.title });
    await user.selectOptions(
      screen.getByRole('combobox', { name: /Organisation/ }),
      eksempelby.name,
    );

    expect(
      await within(strategySelect).findByRole('option', { name: danishStrategy.title }),
    ).toBeInTheDocument();
    expect(
      within(strategySelect).queryByRole('option', { name: strategy.title }),
    ).not.toBeInTheDocument();
    expect(
      await screen.findByText('The stakeholder register of this organisation has no entries yet.'),
    ).toBeInTheDocument();
  });
});

describe('ProjectForm: linked strategy components', () => {
  it('offersTheOutlineOfTheChosenStrategyAsIndentedCheckboxesAndSendsTheLinks', async () => {
    const api = stubForms({
      'POST /api/v1/starter-projects': ({ body }) =>
        json(makeProject({ id: 'created', ...(body as Partial<StarterProject>) }), {
          status: 201,
        }),
    });
    const { user } = renderRoutes(routes, { initialEntry: '/projects/new' });

    const links = await screen.findByRole('group', { name: 'Linked strategy components' });
    expect(links).toHaveAccessibleDescription(
      'Choose a strategy first; its components can then be linked.',
    );
    expect(within(links).queryByRole('checkbox')).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /^Title/ }), 'Materialbörse');
    const strategySelect = screen.getByRole('combobox', { name: /^Strategy/ });
    await within(strategySelect).findByRole('option', { name: strategy.title });
    await user.selectOptions(strategySelect, strategy.title);

    const goal = await within(links).findByRole('checkbox', { name: 'Goal: Abfall halbieren' });
    // Nested as in the outline: the instrument sits in a list inside the goal's item.
    const instrument = within(links).getByRole('checkbox', { name: 'Instrument: Bauteilbörse' });
    expect(goal.closest('li')).toContainElement(instrument);
    expect(
      within(links).getByRole('checkbox', { name: 'Vision: Kreislaufstadt 2030' }).closest('li'),
    ).toContainElement(goal);
    await user.click(instrument);
    await user.click(goal);
    await user.click(screen.getByRole('button', { name: 'Create starter project' }));

    expect(await screen.findByText('project detail')).toBeInTheDocument();
    const body = api.calls('POST', '/api/v1/starter-projects')[0]?.body as StarterProjectInput;
    expect(body.strategyId).toBe(strategy.id);
    expect(body.componentIds).toEqual([exchange.id, wasteGoal.id]);
  });

  it('showsTheServersErrorAtTheRejectedLink', async () => {
    stubForms({
      'POST /api/v1/starter-projects': () =>
        problem(422, {
          title: 'Validation failed',
          detail: 'Some linked components are not parts of the strategy.',
          errors: [{ field: 'componentIds[0]', message: 'is not a component of the strategy' }],
        }),
    });
    const { user } = renderRoutes(routes, { initialEntry: '/projects/new' });

    await user.type(await screen.findByRole('textbox', { name: /^Title/ }), 'Materialbörse');
    const strategySelect = screen.getByRole('combobox', { name: /^Strategy/ });
    await within(strategySelect).findByRole('option', { name: strategy.title });
    await user.selectOptions(strategySelect, strategy.title);
    const goal = await screen.findByRole('checkbox', { name: 'Goal: Abfall halbieren' });
    await user.click(goal);
    await user.click(screen.getByRole('button', { name: 'Create starter project' }));

    await waitFor(() => {
      expect(goal).toHaveAccessibleDescription('is not a component of the strategy');
    });
    expect(goal).toBeInvalid();
  });
});

describe('ProjectEditRoute', () => {
  const project = makeProject({
    version: 7,
    componentIds: ['5d000000-0000-4000-8000-000000000001'],
  });
  const path = `/api/v1/starter-projects/${project.id}`;

  it('savesWithIfMatchAndKeepsWhatTheFormDoesNotEdit', async () => {
    const api = stubForms({
      [`GET ${path}`]: () => json(project, { headers: { ETag: '"7"' } }),
      [`PUT ${path}`]: () => json({ ...project, version: 8 }, { headers: { ETag: '"8"' } }),
    });
    const { user } = renderRoutes(routes, { initialEntry: `/projects/${project.id}/edit` });

    const title = await screen.findByRole('textbox', { name: /^Title/ });
    expect(title).toHaveValue('Materialbörse Bau');
    expect(
      await screen.findByRole('checkbox', { name: 'Vision: Kreislaufstadt 2030' }),
    ).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Goal: Abfall halbieren' })).not.toBeChecked();
    expect(screen.getByRole('textbox', { name: /Actual budget/ })).toHaveValue('120000.5');
    await user.clear(title);
    await user.type(title, 'Materialbörse Bau und Abbruch');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('project detail')).toBeInTheDocument();
    const [request] = api.calls('PUT', path);
    expect(request?.headers.get('If-Match')).toBe('"7"');
    expect(request?.body).toEqual({
      strategyId: project.strategyId,
      title: 'Materialbörse Bau und Abbruch',
      summary: project.summary,
      fieldsOfAction: ['CONSTRUCTION_BUILDINGS', 'WASTE_RESOURCES'],
      componentIds: project.componentIds,
      startDate: project.startDate,
      plannedCompletion: project.plannedCompletion,
      budgetPlanned: 250000,
      budgetActual: 120000.5,
      fundingSource: 'EFRE/ERDF',
      parties: [
        { stakeholderId: buildingOffice.id, role: 'RESPONSIBLE' },
        { stakeholderId: chamber.id, role: 'CONSULTED' },
      ],
      visibility: 'NETWORK',
      externalId: 'ris-bau-1',
    } satisfies StarterProjectInput);
  });

  it('dropsTheComponentLinksWhenTheStrategyChanges', async () => {
    const other = makeStrategy({ id: 'other-strategy', title: 'Wärmewende' });
    const api = stubForms({
      'GET /api/v1/strategies': () => json({ items: [strategy, other] }),
      [`GET ${path}`]: () => json(project, { headers: { ETag: '"7"' } }),
      [`PUT ${path}`]: () => json({ ...project, version: 8 }),
    });
    const { user } = renderRoutes(routes, { initialEntry: `/projects/${project.id}/edit` });

    const strategySelect = await screen.findByRole('combobox', { name: /^Strategy/ });
    const linked = await screen.findByRole('checkbox', { name: 'Vision: Kreislaufstadt 2030' });
    expect(linked).toBeChecked();
    await within(strategySelect).findByRole('option', { name: 'Wärmewende' });
    await user.selectOptions(strategySelect, 'Wärmewende');

    expect(
      screen.getByText('The link to 1 component of the previous strategy was removed.'),
    ).toHaveAttribute('role', 'status');
    expect(await screen.findByText('The strategy has no components yet.')).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: /Kreislaufstadt/ })).not.toBeInTheDocument();
    // Back to the first strategy: the link stays dropped until chosen again.
    await user.selectOptions(strategySelect, strategy.title);
    expect(
      await screen.findByRole('checkbox', { name: 'Vision: Kreislaufstadt 2030' }),
    ).not.toBeChecked();
    await user.selectOptions(strategySelect, 'Wärmewende');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('project detail')).toBeInTheDocument();
    const body = api.calls('PUT', path)[0]?.body as StarterProjectInput;
    expect(body.strategyId).toBe('other-strategy');
    expect(body).not.toHaveProperty('componentIds');
  });

  it('reportsAConflictAndReloadsTheLatestVersion', async () => {
    let latest = project;
    stubForms({
      [`GET ${path}`]: () => json(latest, { headers: { ETag: `"${latest.version}"` } }),
      [`PUT ${path}`]: ({ request }) =>
        request.headers.get('If-Match') === `"${latest.version}"`
          ? json({ ...latest, version: latest.version + 1 })
          : problem(412, { title: 'Precondition Failed', detail: 'Changed meanwhile.' }),
    });
    const { user } = renderRoutes(routes, { initialEntry: `/projects/${project.id}/edit` });

    const title = await screen.findByRole('textbox', { name: /^Title/ });
    latest = { ...project, title: 'Von Jens geändert', version: 8 };
    await user.type(title, ' (Entwurf)');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone else changed this starter project');
    await user.click(within(alert).getByRole('button', { name: 'Load latest version' }));

    await waitFor(() => {
      expect(screen.getByRole('textbox', { name: /^Title/ })).toHaveValue('Von Jens geändert');
    });
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('project detail')).toBeInTheDocument();
  });

  it('refusesReaders', async () => {
    stubForms(
      { [`GET ${path}`]: () => json(project) },
      meWith([{ organization: musterstadt, role: 'VIEWER' }]),
    );
    renderRoutes(routes, { initialEntry: `/projects/${project.id}/edit` });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You may not edit this starter project.',
    );
  });
});
