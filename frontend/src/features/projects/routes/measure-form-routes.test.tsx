import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { i18n } from '@/lib/i18n/i18n';
import { json, problem, stubApi } from '@/testing/fetch-stub';
import { makeIndicator, meWith } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import type { MeasureInput } from '../api/types';
import { makeMeasure, makeProject } from '../testing/fixtures';

import { MeasureCreateRoute } from './measure-create-route';
import { MeasureEditRoute } from './measure-edit-route';

const project = makeProject();
const measure = makeMeasure({
  version: 4,
  externalId: 'massn-017',
  indicatorContributions: [{ indicatorId: '6e000000-0000-4000-8000-000000000001', value: 120 }],
});
const projectPath = `/api/v1/starter-projects/${project.id}`;
const measurePath = `${projectPath}/measures/${measure.id}`;

const co2Indicator = makeIndicator({
  id: '6e000000-0000-4000-8000-000000000001',
  name: 'CO2e-Emissionen Bau',
  unit: 't CO2e/a',
});
const reuseIndicator = makeIndicator({
  id: '6e000000-0000-4000-8000-000000000002',
  name: 'Wiederverwendete Bauteile',
  unit: 't/a',
});
const indicatorsPath = `/api/v1/strategies/${project.strategyId}/indicators`;

const routes = [
  { path: '/projects/:projectId/measures/new', element: <MeasureCreateRoute /> },
  { path: '/projects/:projectId/measures/:measureId/edit', element: <MeasureEditRoute /> },
  { path: '/projects/:projectId', element: <p>project detail</p> },
];

describe('MeasureCreateRoute', () => {
  it('addsAMeasureWithImpactAndOrderedStepsInGerman', { timeout: 30_000 }, async () => {
    await i18n.changeLanguage('de');
    const api = stubApi({
      'GET /api/v1/me': () => json(meWith()),
      [`GET ${projectPath}`]: () => json(project),
      [`POST ${projectPath}/measures`]: ({ body }) =>
        json({ ...measure, ...(body as MeasureInput) }, { status: 201 }),
    });
    const { user } = renderRoutes(routes, {
      initialEntry: `/projects/${project.id}/measures/new`,
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Maßnahme hinzufügen' }),
    ).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Titel der Maßnahme/ }), 'Bauteilbörse');
    await user.type(screen.getByRole('textbox', { name: /^Verantwortlich/ }), 'Hochbauamt');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Status der Maßnahme' }),
      'In Arbeit',
    );
    await user.type(screen.getByRole('textbox', { name: /CO2e-Einsparung \(t\/Jahr\)/ }), '120,5');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Verlässlichkeit der CO2e-Schätzung' }),
      'Mittel',
    );
    await user.type(
      screen.getByRole('textbox', { name: /Methode der CO2e-Schätzung/ }),
      'Ökobaudat',
    );
    await user.type(screen.getByRole('textbox', { name: /Erneuerbare Energie/ }), '12');
    await user.type(screen.getByRole('textbox', { name: /Ersetzter Energieträger/ }), 'Erdgas');
    await user.type(screen.getByRole('textbox', { name: /Neuer Energieträger/ }), 'Fernwärme');
    await user.type(screen.getByRole('textbox', { name: /Ersetzte Energiemenge/ }), '1.500');
    await user.type(screen.getByRole('textbox', { name: /Wiederverwendetes Material/ }), '300');
    await user.type(screen.getByRole('textbox', { name: /^Kosten \(€\)/ }), '45.000,50');

    const steps = screen.getByRole('group', { name: 'Schritte' });
    for (const title of ['Abnehmer finden', 'Katalog erstellen', 'Entwurf']) {
      await user.click(within(steps).getByRole('button', { name: 'Schritt hinzufügen' }));
      const row = within(steps).getAllByRole('listitem').at(-1);
      const input = within(row!).getByRole('textbox');
      await waitFor(() => {
        expect(input).toHaveFocus();
      });
      await user.type(input, title);
    }
    // "Katalog erstellen" comes first: move it up; focus stays on it.
    await user.click(within(steps).getByRole('button', { name: 'Nach oben: Schritt 2' }));
    expect(
      within(steps).getByText('„Katalog erstellen“ ist jetzt Schritt 1 von 3.'),
    ).toBeInTheDocument();
    await waitFor(() => {
      expect(within(steps).getByRole('button', { name: 'Nach unten: Schritt 1' })).toHaveFocus();
    });
    await user.click(within(steps).getByRole('checkbox', { name: 'Erledigt: Schritt 1' }));
    await user.click(within(steps).getByRole('button', { name: 'Entfernen: Schritt 3' }));
    expect(within(steps).getAllByRole('listitem')).toHaveLength(2);
    await waitFor(() => {
      expect(within(steps).getByRole('textbox', { name: /Schritt 2/ })).toHaveFocus();
    });

    await user.click(screen.getByRole('button', { name: 'Maßnahme anlegen' }));

    expect(await screen.findByText('project detail')).toBeInTheDocument();
    expect(api.calls('POST', `${projectPath}/measures`)[0]?.body).toEqual({
      title: 'Bauteilbörse',
      responsible: 'Hochbauamt',
      status: 'IN_PROGRESS',
      cost: 45000.5,
      co2eTonnesPerYear: 120.5,
      co2eMethod: 'Ökobaudat',
      co2eConfidence: 'MEDIUM',
      renewableMwhPerYear: 12,
      energyCarrierFrom: 'Erdgas',
      energyCarrierTo: 'Fernwärme',
      energyReplacedMwhPerYear: 1500,
      materialReusedT: 300,
      steps: [
        { title: 'Katalog erstellen', done: true },
        { title: 'Abnehmer finden', done: false },
      ],
    } satisfies MeasureInput);
  });

  it('checksNumbersAndStepTitlesBeforeSending', async () => {
    const api = stubApi({
      'GET /api/v1/me': () => json(meWith()),
      [`GET ${projectPath}`]: () => json(project),
    });
    const { user } = renderRoutes(routes, {
      initialEntry: `/projects/${project.id}/measures/new`,
    });

    await user.type(await screen.findByRole('textbox', { name: /Title of the measure/ }), 'X');
    await user.type(screen.getByRole('textbox', { name: /Material avoided/ }), '-3');
    await user.type(screen.getByRole('textbox', { name: /CO2e savings/ }), 'ca. 5');
    await user.click(screen.getByRole('button', { name: 'Add step' }));
    await user.click(screen.getByRole('button', { name: 'Create measure' }));

    // The steps come before the estimates: the empty step title is the first invalid field.
    await waitFor(() => {
      expect(screen.getByRole('textbox', { name: /Step 1/ })).toHaveFocus();
    });
    const co2e = screen.getByRole('textbox', { name: /CO2e savings/ });
    expect(co2e).toHaveAccessibleDescription(
      'Negative if the measure causes emissions. Please enter a number, for example 120.5.',
    );
    expect(screen.getByRole('textbox', { name: /Material avoided/ })).toHaveAccessibleDescription(
      'The value must not be negative.',
    );
    expect(screen.getByRole('textbox', { name: /Step 1/ })).toHaveAccessibleDescription(
      'Please fill in this field.',
    );
    expect(api.calls('POST', `${projectPath}/measures`)).toEqual([]);
  });
});

describe('MeasureEditRoute', () => {
  it('savesTheMeasureWithItsIfMatch', async () => {
    const api = stubApi({
      'GET /api/v1/me': () => json(meWith()),
      [`GET ${projectPath}`]: () => json(project),
      [`GET ${measurePath}`]: () => json(measure, { headers: { ETag: '"4"' } }),
      [`PUT ${measurePath}`]: ({ body }) =>
        json({ ...measure, ...(body as MeasureInput), version: 5 }),
    });
    const { user } = renderRoutes(routes, {
      initialEntry: `/projects/${project.id}/measures/${measure.id}/edit`,
    });

    const co2e = await screen.findByRole('textbox', { name: /CO2e savings/ });
    expect(co2e).toHaveValue('120.5');
    expect(screen.getByRole('textbox', { name: /Step 2/ })).toHaveValue('Abnehmer finden');
    await user.clear(co2e);
    await user.type(co2e, '130');
    await user.click(screen.getByRole('button', { name: 'Save measure' }));

    expect(await screen.findByText('project detail')).toBeInTheDocument();
    const [request] = api.calls('PUT', measurePath);
    expect(request?.headers.get('If-Match')).toBe('"4"');
    expect(request?.body).toMatchObject({
      title: measure.title,
      co2eTonnesPerYear: 130,
      cost: 45000,
      // Sent back as loaded: PUT replaces the whole measure.
      indicatorContributions: measure.indicatorContributions,
      externalId: measure.externalId,
    });
  });

  it('showsTheServersFieldErrorsNextToTheirFields', async () => {
    stubApi({
      'GET /api/v1/me': () => json(meWith()),
      [`GET ${projectPath}`]: () => json(project),
      [`GET ${measurePath}`]: () => json(measure, { headers: { ETag: '"4"' } }),
      [`PUT ${measurePath}`]: () =>
        problem(400, {
          title: 'Malformed request',
          detail: 'Some fields are invalid.',
          errors: [
            { field: 'updateMeasure.input.steps[1].title', message: 'must not be blank' },
            { field: 'updateMeasure.input.co2eMethod', message: 'size must be at most 500' },
          ],
        }),
    });
    const { user } = renderRoutes(routes, {
      initialEntry: `/projects/${project.id}/measures/${measure.id}/edit`,
    });

    await user.click(await screen.findByRole('button', { name: 'Save measure' }));

    const step = screen.getByRole('textbox', { name: /Step 2/ });
    await waitFor(() => {
      expect(step).toHaveAccessibleDescription('must not be blank');
    });
    expect(
      screen.getByRole('textbox', { name: /Method of the CO2e estimate/ }),
    ).toHaveAccessibleDescription(
      'For example Ökobaudat, avoided new concrete size must be at most 500',
    );
    // The first rejected field in the form takes the focus.
    expect(step).toHaveFocus();
  });

  it('reportsAConflictAndReloadsTheMeasure', async () => {
    let latest = measure;
    stubApi({
      'GET /api/v1/me': () => json(meWith()),
      [`GET ${projectPath}`]: () => json(project),
      [`GET ${measurePath}`]: () => json(latest, { headers: { ETag: `"${latest.version}"` } }),
      [`PUT ${measurePath}`]: () => problem(412, { title: 'Precondition Failed' }),
    });
    const { user } = renderRoutes(routes, {
      initialEntry: `/projects/${project.id}/measures/${measure.id}/edit`,
    });

    await screen.findByRole('textbox', { name: /Title of the measure/ });
    latest = { ...measure, title: 'Von Jens umbenannt', version: 5 };
    await user.click(screen.getByRole('button', { name: 'Save measure' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone else changed this measure');
    await user.click(within(alert).getByRole('button', { name: 'Load latest version' }));

    await waitFor(() => {
      expect(screen.getByRole('textbox', { name: /Title of the measure/ })).toHaveValue(
        'Von Jens umbenannt',
      );
    });
  });
});

describe('MeasureForm: indicator contributions', () => {
  function stub(extra: Parameters<typeof stubApi>[0] = {}, current = project) {
    return stubApi({
      'GET /api/v1/me': () => json(meWith()),
      [`GET ${projectPath}`]: () => json(current),
      [`GET ${indicatorsPath}`]: () => json([co2Indicator, reuseIndicator]),
      [`GET ${measurePath}`]: () => json(measure, { headers: { ETag: '"4"' } }),
      ...extra,
    });
  }

  it('addsContributionsToIndicatorsOfTheStrategyWithTheirUnit', async () => {
    const api = stub({
      [`POST ${projectPath}/measures`]: ({ body }) =>
        json({ ...measure, ...(body as MeasureInput) }, { status: 201 }),
    });
    const { user } = renderRoutes(routes, {
      initialEntry: `/projects/${project.id}/measures/new`,
    });

    await user.type(await screen.findByRole('textbox', { name: /Title of the measure/ }), 'Börse');
    const editor = screen.getByRole('group', { name: 'Contributions to indicators' });
    expect(within(editor).getByText('No contributions yet.')).toBeInTheDocument();
    for (let row = 1; row <= 3; row += 1) {
      await user.click(within(editor).getByRole('button', { name: 'Add contribution' }));
    }
    const first = within(editor).getByRole('group', { name: 'Contribution 1' });
    const firstIndicator = within(first).getByRole('combobox', { name: /Indicator/ });
    await waitFor(() => {
      expect(within(editor).getByRole('group', { name: 'Contribution 3' })).toContainElement(
        document.activeElement as HTMLElement,
      );
    });
    await within(firstIndicator).findByRole('option', { name: 'CO2e-Emissionen Bau (t CO2e/a)' });
    await user.selectOptions(firstIndicator, 'CO2e-Emissionen Bau (t CO2e/a)');
    const firstValue = within(first).getByRole('textbox', { name: /Estimated contribution/ });
    // The unit of the chosen indicator is shown with the field.
    expect(firstValue).toHaveAccessibleDescription('in t CO2e/a');
    await user.type(firstValue, '-120.5');
    await user.click(within(editor).getByRole('button', { name: 'Remove: Contribution 2' }));
    expect(within(editor).getByText('Contribution 2 removed.')).toBeInTheDocument();
    const second = within(editor).getByRole('group', { name: 'Contribution 2' });
    await user.selectOptions(
      within(second).getByRole('combobox', { name: /Indicator/ }),
      'Wiederverwendete Bauteile (t/a)',
    );
    await user.type(within(second).getByRole('textbox', { name: /Estimated contribution/ }), '300');
    await user.click(screen.getByRole('button', { name: 'Create measure' }));

    expect(await screen.findByText('project detail')).toBeInTheDocument();
    expect(api.calls('POST', `${projectPath}/measures`)[0]?.body).toMatchObject({
      title: 'Börse',
      indicatorContributions: [
        { indicatorId: co2Indicator.id, value: -120.5 },
        { indicatorId: reuseIndicator.id, value: 300 },
      ],
    });
  });

  it('checksEachRowBeforeSending', async () => {
    const api = stub();
    const { user } = renderRoutes(routes, {
      initialEntry: `/projects/${project.id}/measures/new`,
    });

    await user.type(await screen.findByRole('textbox', { name: /Title of the measure/ }), 'X');
    const editor = screen.getByRole('group', { name: 'Contributions to indicators' });
    await user.click(within(editor).getByRole('button', { name: 'Add contribution' }));
    await user.click(within(editor).getByRole('button', { name: 'Add contribution' }));
    const [first, second] = within(editor).getAllByRole('group');
    const firstIndicator = within(first!).getByRole('combobox', { name: /Indicator/ });
    await within(firstIndicator).findByRole('option', { name: /CO2e-Emissionen Bau/ });
    await user.selectOptions(firstIndicator, co2Indicator.id);
    await user.type(within(first!).getByRole('textbox'), 'viel');
    await user.selectOptions(within(second!).getByRole('combobox'), co2Indicator.id);
    await user.click(screen.getByRole('button', { name: 'Create measure' }));

    await waitFor(() => {
      expect(within(first!).getByRole('textbox')).toHaveAccessibleDescription(
        'in t CO2e/a Please enter a number, for example 120.5.',
      );
    });
    expect(within(second!).getByRole('combobox')).toHaveAccessibleDescription(
      'This indicator is already chosen in another row.',
    );
    expect(within(second!).getByRole('textbox')).toHaveAccessibleDescription(
      'in t CO2e/a Please fill in this field.',
    );
    expect(api.calls('POST', `${projectPath}/measures`)).toEqual([]);
  });

  it('editsTheContributionsAndShowsTheServersErrorsAtTheRow', async () => {
    const api = stub({
      [`PUT ${measurePath}`]: () =>
        problem(422, {
          title: 'Validation failed',
          detail: 'Some contributions name unknown indicators.',
          errors: [
            {
              field: 'indicatorContributions[0].indicatorId',
              message: "is not an indicator of the project's strategy",
            },
          ],
        }),
    });
    const { user } = renderRoutes(routes, {
      initialEntry: `/projects/${project.id}/measures/${measure.id}/edit`,
    });

    const row = await screen.findByRole('group', { name: 'Contribution 1' });
    const indicator = within(row).getByRole('combobox', { name: /Indicator/ });
    await waitFor(() => {
      expect(indicator).toHaveDisplayValue('CO2e-Emissionen Bau (t CO2e/a)');
    });
    const value = within(row).getByRole('textbox', { name: /Estimated contribution/ });
    expect(value).toHaveValue('120');
    await user.clear(value);
    await user.type(value, '-80');
    await user.click(screen.getByRole('button', { name: 'Save measure' }));

    await waitFor(() => {
      expect(indicator).toHaveAccessibleDescription(
        "is not an indicator of the project's strategy",
      );
    });
    expect(indicator).toHaveFocus();
    expect(api.calls('PUT', measurePath)[0]?.body).toMatchObject({
      indicatorContributions: [{ indicatorId: co2Indicator.id, value: -80 }],
    });
  });

  it('removingEveryRowLeavesTheContributionsOut', async () => {
    const api = stub({
      [`PUT ${measurePath}`]: ({ body }) => json({ ...measure, ...(body as MeasureInput) }),
    });
    const { user } = renderRoutes(routes, {
      initialEntry: `/projects/${project.id}/measures/${measure.id}/edit`,
    });

    await user.click(await screen.findByRole('button', { name: 'Remove: Contribution 1' }));
    await user.click(screen.getByRole('button', { name: 'Save measure' }));

    expect(await screen.findByText('project detail')).toBeInTheDocument();
    expect(api.calls('PUT', measurePath)[0]?.body).not.toHaveProperty('indicatorContributions');
  });

  it('asksForAStrategyFirstWhenTheProjectHasNone', async () => {
    stub({}, makeProject({ strategyId: undefined }));
    renderRoutes(routes, { initialEntry: `/projects/${project.id}/measures/new` });

    const editor = await screen.findByRole('group', { name: 'Contributions to indicators' });
    expect(
      within(editor).getByText(
        'Link the project to a strategy to record contributions to its indicators.',
      ),
    ).toBeInTheDocument();
    expect(within(editor).queryByRole('button', { name: 'Add contribution' })).toBeNull();
  });
});
