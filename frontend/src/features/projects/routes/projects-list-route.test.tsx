import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { Organization } from '@/lib/api/types';
import { json, stubApi } from '@/testing/fetch-stub';
import { eksempelby, makeStrategy, meWith, musterstadt } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import type { ProjectStatusChange, StarterProjectSummary } from '../api/types';
import {
  buildingOffice,
  makeProject,
  makeSummary,
  stakeholders,
  strategy,
  zeroTotals,
} from '../testing/fixtures';

import { ProjectsListRoute } from './projects-list-route';

const materials = makeSummary({
  id: 'p1',
  title: 'Materialbörse Bau',
  status: 'IDEA',
  responsible: ['Hochbauamt Musterstadt', 'Handwerkskammer Musterstadt'],
  plannedCompletion: '2027-06-30',
  totals: { ...zeroTotals, measureCount: 2, co2eTonnesPerYear: 1234.5, progress: 40 },
});
const canteen = makeSummary({
  id: 'p2',
  title: 'Kantine ohne Abfall',
  status: 'IDEA',
  fieldsOfAction: ['FOOD_NUTRITION'],
});
const procurement = makeSummary({
  id: 'p3',
  title: 'Zirkuläre Beschaffung',
  status: 'IMPLEMENTATION',
  fieldsOfAction: ['PROCUREMENT'],
});

const danishStrategy = makeStrategy({
  id: 'dk-strategy',
  organizationId: eksempelby.id,
  title: 'Cirkulær Eksempelby',
});

const routes = [
  { path: '/projects', element: <ProjectsListRoute /> },
  { path: '/projects/:projectId', element: <p>project detail</p> },
];

function setup({
  items = [materials, canteen, procurement],
  me = meWith(),
  initialEntry = '/projects',
  organizations = [musterstadt],
}: {
  items?: StarterProjectSummary[];
  me?: ReturnType<typeof meWith>;
  initialEntry?: string;
  organizations?: Organization[];
} = {}) {
  let current = items;
  const api = stubApi({
    'GET /api/v1/me': () => json(me),
    'GET /api/v1/organizations': () => json(organizations),
    'GET /api/v1/strategies': () =>
      json({
        items: [strategy, danishStrategy].filter((item) =>
          organizations.some((organization) => organization.id === item.organizationId),
        ),
      }),
    'GET /api/v1/starter-projects': () => json({ items: current }),
    'GET /api/v1/stakeholders': () => json({ items: stakeholders }),
    'GET /api/v1/starter-projects/:id': ({ params }) => {
      const summary = current.find((item) => item.id === params.id);
      return json(
        makeProject({
          id: params.id,
          title: summary?.title,
          status: summary?.status,
          allowedNext: ['SHORTLISTED', 'ON_HOLD', 'CANCELLED'],
          version: 3,
        }),
        { headers: { ETag: '"3"' } },
      );
    },
    'POST /api/v1/starter-projects/:id/status': ({ params, body }) => {
      const change = body as ProjectStatusChange;
      current = current.map((item) =>
        item.id === params.id ? { ...item, status: change.status, version: 4 } : item,
      );
      return json(makeProject({ id: params.id, status: change.status, version: 4 }));
    },
  });
  const rendered = renderRoutes(routes, { initialEntry });
  return { ...rendered, api };
}

function listRequests(api: ReturnType<typeof stubApi>) {
  return api.calls('GET', '/api/v1/starter-projects');
}

describe('ProjectsListRoute filters', () => {
  it('sendsTheChosenFiltersAsQueryParameters', async () => {
    const { user, api, router } = setup();

    await screen.findByRole('link', { name: 'Materialbörse Bau' });
    const filters = screen.getByRole('search', { name: 'Filters' });
    await user.type(within(filters).getByRole('searchbox', { name: /Search term/ }), ' Bau ');
    await user.selectOptions(
      within(filters).getByRole('combobox', { name: 'Field of action' }),
      'Construction and buildings',
    );
    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Status' }), 'On hold');
    const responsible = within(filters).getByRole('combobox', { name: 'Responsible stakeholder' });
    await within(responsible).findByRole('option', { name: buildingOffice.name });
    await user.selectOptions(responsible, buildingOffice.name);
    await user.click(within(filters).getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => {
      expect(listRequests(api)).toHaveLength(2);
    });
    expect(Object.fromEntries(listRequests(api)[1]?.url.searchParams ?? [])).toEqual({
      limit: '100',
      q: 'Bau',
      fieldOfAction: 'CONSTRUCTION_BUILDINGS',
      status: 'ON_HOLD',
      responsibleStakeholderId: buildingOffice.id,
    });
    // The filters are part of the address, so the filtered list can be shared and reloaded.
    expect(new URLSearchParams(router.state.location.search).get('status')).toBe('ON_HOLD');
    // The register of the user's organisation feeds the "responsible" choice.
    expect(
      api.calls('GET', '/api/v1/stakeholders')[0]?.url.searchParams.get('organizationId'),
    ).toBe(musterstadt.id);
  });

  it('startsFromTheFiltersInTheAddressAndResetsThem', async () => {
    const { user, api } = setup({ initialEntry: '/projects?fieldOfAction=PROCUREMENT&q=kreis' });

    await screen.findByRole('link', { name: 'Materialbörse Bau' });
    expect(Object.fromEntries(listRequests(api)[0]?.url.searchParams ?? [])).toEqual({
      limit: '100',
      fieldOfAction: 'PROCUREMENT',
      q: 'kreis',
    });
    expect(screen.getByRole('combobox', { name: 'Field of action' })).toHaveValue('PROCUREMENT');

    await user.click(screen.getByRole('button', { name: 'Reset filters' }));

    await waitFor(() => {
      expect(listRequests(api).at(-1)?.url.search).toBe('?limit=100');
    });
  });
});

describe('ProjectsListRoute strategy and organisation filters', () => {
  it('filtersByStrategyWithoutAnOrganisationChoiceForOneOrganisation', async () => {
    const { user, api, router } = setup();

    await screen.findByRole('link', { name: 'Materialbörse Bau' });
    const filters = screen.getByRole('search', { name: 'Filters' });
    expect(within(filters).queryByRole('combobox', { name: 'Organisation' })).toBeNull();
    const strategySelect = within(filters).getByRole('combobox', { name: 'Strategy' });
    await within(strategySelect).findByRole('option', { name: strategy.title });
    await user.selectOptions(strategySelect, strategy.title);
    await user.click(within(filters).getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => {
      expect(listRequests(api)).toHaveLength(2);
    });
    expect(Object.fromEntries(listRequests(api)[1]?.url.searchParams ?? [])).toEqual({
      limit: '100',
      strategyId: strategy.id,
    });
    expect(new URLSearchParams(router.state.location.search).get('strategyId')).toBe(strategy.id);
    // Every readable strategy is offered, not only one organisation's.
    expect(api.calls('GET', '/api/v1/strategies')[0]?.url.searchParams.has('organizationId')).toBe(
      false,
    );
  });

  it('offersTheOrganisationsWhenSeveralAreVisibleAndNarrowsTheStrategies', async () => {
    const { user, api, router } = setup({ organizations: [musterstadt, eksempelby] });

    await screen.findByRole('link', { name: 'Materialbörse Bau' });
    const filters = screen.getByRole('search', { name: 'Filters' });
    const organization = await within(filters).findByRole('combobox', { name: 'Organisation' });
    const strategySelect = within(filters).getByRole('combobox', { name: 'Strategy' });
    await within(strategySelect).findByRole('option', {
      name: `${strategy.title} (${musterstadt.name})`,
    });
    await user.selectOptions(strategySelect, strategy.id);
    // Another organisation: the strategy of Musterstadt would match nothing, so it is cleared.
    await user.selectOptions(organization, eksempelby.name);
    expect(strategySelect).toHaveValue('');
    expect(
      within(strategySelect)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['All', `${danishStrategy.title} (${eksempelby.name})`]);
    await user.selectOptions(strategySelect, danishStrategy.id);
    await user.click(within(filters).getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => {
      expect(listRequests(api)).toHaveLength(2);
    });
    expect(Object.fromEntries(listRequests(api)[1]?.url.searchParams ?? [])).toEqual({
      limit: '100',
      organizationId: eksempelby.id,
      strategyId: danishStrategy.id,
    });
    const search = new URLSearchParams(router.state.location.search);
    expect(search.get('organizationId')).toBe(eksempelby.id);
    expect(search.get('strategyId')).toBe(danishStrategy.id);
  });

  it('startsFromTheStrategyAndOrganisationInTheAddress', async () => {
    const { api } = setup({
      organizations: [musterstadt, eksempelby],
      initialEntry: `/projects?organizationId=${musterstadt.id}&strategyId=${strategy.id}`,
    });

    await screen.findByRole('link', { name: 'Materialbörse Bau' });
    expect(Object.fromEntries(listRequests(api)[0]?.url.searchParams ?? [])).toEqual({
      limit: '100',
      strategyId: strategy.id,
      organizationId: musterstadt.id,
    });
    expect(await screen.findByRole('combobox', { name: 'Organisation' })).toHaveValue(
      musterstadt.id,
    );
    expect(screen.getByRole('combobox', { name: 'Strategy' })).toHaveValue(strategy.id);
  });
});

describe('ProjectsListRoute table', () => {
  it('showsTitleStatusResponsibleCompletionCo2eAndProgress', async () => {
    setup();

    const table = await screen.findByRole('table', { name: 'Starter projects' });
    const row = within(table).getByRole('row', { name: /Materialbörse Bau/ });
    expect(within(row).getByRole('link', { name: 'Materialbörse Bau' })).toHaveAttribute(
      'href',
      '/projects/p1',
    );
    expect(row).toHaveTextContent('Idea');
    expect(row).toHaveTextContent('Hochbauamt Musterstadt, Handwerkskammer Musterstadt');
    expect(row).toHaveTextContent('30 Jun 2027');
    expect(row).toHaveTextContent('1,234.5 t CO2e/yr');
    expect(
      within(row).getByRole('progressbar', { name: 'Progress: Materialbörse Bau' }),
    ).toHaveAttribute('aria-valuetext', '40%');
    expect(
      screen.getByText('3 starter projects shown · All starter projects are loaded.'),
    ).toBeInTheDocument();
  });
});

describe('ProjectsListRoute board', () => {
  it('groupsTheProjectsByStatusInLabelledListsInLifecycleOrder', async () => {
    const { user, router } = setup();

    await screen.findByRole('link', { name: 'Materialbörse Bau' });
    await user.click(screen.getByRole('button', { name: 'Board' }));

    expect(screen.getByRole('button', { name: 'Board' })).toHaveAttribute('aria-pressed', 'true');
    expect(router.state.location.search).toBe('?view=board');
    expect(screen.getByRole('heading', { level: 2, name: 'Board by status' })).toBeInTheDocument();
    const columns = screen.getAllByRole('region');
    expect(
      columns.map((column) => within(column).getByRole('heading', { level: 3 }).textContent),
    ).toEqual([
      'Idea2, 2 projects',
      'Shortlisted0, 0 projects',
      'Selected0, 0 projects',
      'Preparation0, 0 projects',
      'Implementation1, 1 project',
      'Completed0, 0 projects',
      'Scaled0, 0 projects',
      'On hold0, 0 projects',
      'Cancelled0, 0 projects',
    ]);

    const idea = screen.getByRole('region', { name: 'Idea, 2 projects' });
    const cards = within(within(idea).getByRole('list')).getAllByRole('listitem');
    expect(
      cards.map((card) => within(card).getByRole('heading', { level: 4 }).textContent),
    ).toEqual(['Materialbörse Bau', 'Kantine ohne Abfall']);
    const card = within(idea).getByRole('article', { name: 'Materialbörse Bau' });
    expect(card).toHaveTextContent('Hochbauamt Musterstadt, Handwerkskammer Musterstadt');
    expect(card).toHaveTextContent('30 Jun 2027');
    expect(card).toHaveTextContent('1,234.5 t CO2e/yr');
    expect(within(card).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '40');
    expect(
      within(screen.getByRole('region', { name: /^Shortlisted/ })).getByText(
        'No projects in this status.',
      ),
    ).toBeInTheDocument();
  });

  it('movesACardByKeyboardThroughItsMoveToMenu', async () => {
    const { user, api } = setup({ initialEntry: '/projects?view=board' });

    const trigger = await screen.findByRole('button', { name: 'Move to …: Materialbörse Bau' });
    expect(trigger).toHaveAttribute('aria-expanded', 'false');

    // Keyboard only: open, look, close with Escape, and focus is back on the trigger.
    trigger.focus();
    await user.keyboard('{Enter}');
    const menu = await screen.findByRole('group', { name: 'Move: Materialbörse Bau' });
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    await waitFor(() => {
      expect(within(menu).getByRole('button', { name: 'Shortlisted' })).toHaveFocus();
    });
    expect(
      within(menu)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Shortlisted', 'On hold …', 'Cancelled …']);
    await user.keyboard('{Escape}');
    expect(
      screen.queryByRole('group', { name: 'Move: Materialbörse Bau' }),
    ).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();

    await user.keyboard('{Enter}');
    await waitFor(() => {
      expect(screen.getByRole('button', { name: 'Shortlisted' })).toHaveFocus();
    });
    await user.keyboard('{Enter}');

    // The card arrives in its new column and keeps the focus there.
    const shortlisted = await screen.findByRole('region', { name: 'Shortlisted, 1 project' });
    const link = within(shortlisted).getByRole('link', { name: 'Materialbörse Bau' });
    await waitFor(() => {
      expect(link).toHaveFocus();
    });
    expect(screen.getByText('“Materialbörse Bau” is now in “Shortlisted”.')).toBeInTheDocument();
    const [request] = api.calls('POST', '/api/v1/starter-projects/p1/status');
    expect(request?.headers.get('If-Match')).toBe('"3"');
    expect(request?.body).toEqual({ status: 'SHORTLISTED' });
  });

  it('asksForAReasonBeforePuttingACardOnHold', async () => {
    const { user, api } = setup({ initialEntry: '/projects?view=board' });

    await user.click(await screen.findByRole('button', { name: 'Move to …: Kantine ohne Abfall' }));
    await user.click(await screen.findByRole('button', { name: 'On hold …' }));

    const dialog = screen.getByRole('dialog', { name: 'Put project on hold' });
    expect(within(dialog).getByRole('textbox', { name: /Reason/ })).toHaveFocus();
    await user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Fördermittel offen');
    await user.click(within(dialog).getByRole('button', { name: 'Put project on hold' }));

    expect(await screen.findByRole('region', { name: 'On hold, 1 project' })).toBeInTheDocument();
    expect(api.calls('POST', '/api/v1/starter-projects/p2/status')[0]?.body).toEqual({
      status: 'ON_HOLD',
      reason: 'Fördermittel offen',
    });
  });

  it('offersNoMoveToReaders', async () => {
    setup({
      initialEntry: '/projects?view=board',
      me: meWith([{ organization: musterstadt, role: 'VIEWER' }]),
    });

    await screen.findByRole('link', { name: 'Materialbörse Bau' });

    expect(screen.queryByRole('button', { name: /Move to/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New starter project' })).not.toBeInTheDocument();
  });
});

describe('ProjectsListRoute export', () => {
  const downloads: { href: string; download: string }[] = [];
  const recordDownload = (event: MouseEvent) => {
    if (event.target instanceof HTMLAnchorElement && event.target.download) {
      downloads.push({ href: event.target.href, download: event.target.download });
      event.preventDefault();
    }
  };

  beforeEach(() => {
    downloads.length = 0;
    // jsdom has no object URLs; the browser's own implementation is not under test here.
    Object.defineProperty(URL, 'createObjectURL', {
      configurable: true,
      value: vi.fn(() => 'blob:http://localhost/export-1'),
    });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: vi.fn() });
    document.addEventListener('click', recordDownload);
  });

  afterEach(() => {
    document.removeEventListener('click', recordDownload);
  });

  it('exportsTheFilteredProjectsWithTheTokenAndTheChosenFormat', async () => {
    const api = stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/starter-projects': () => json({ items: [materials] }),
      'GET /api/v1/stakeholders': () => json({ items: stakeholders }),
      'GET /api/v1/starter-projects/export': () =>
        new Response('Titel;Status\n', { headers: { 'Content-Type': 'text/csv' } }),
    });
    const { user } = renderRoutes(routes, {
      initialEntry: '/projects?status=IDEA&q=Bau',
    });

    await user.click(await screen.findByRole('button', { name: 'Export as CSV' }));

    expect(
      await screen.findByText('The file starter-projects.csv has been downloaded.'),
    ).toBeInTheDocument();
    const [request] = api.calls('GET', '/api/v1/starter-projects/export');
    expect(request?.headers.get('Authorization')).toBe('Bearer test-access-token');
    expect(Object.fromEntries(request?.url.searchParams ?? [])).toEqual({
      format: 'csv',
      status: 'IDEA',
      q: 'Bau',
    });
    expect(downloads).toEqual([
      { href: 'blob:http://localhost/export-1', download: 'starter-projects.csv' },
    ]);

    await user.click(screen.getByRole('button', { name: 'Export as XLSX' }));

    await waitFor(() => {
      expect(api.calls('GET', '/api/v1/starter-projects/export')).toHaveLength(2);
    });
    expect(
      api.calls('GET', '/api/v1/starter-projects/export')[1]?.url.searchParams.get('format'),
    ).toBe('xlsx');
    await waitFor(() => {
      expect(downloads.at(-1)?.download).toBe('starter-projects.xlsx');
    });
  });
});
