import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, stubApi } from '@/testing/fetch-stub';
import { makeStakeholder, meWith, musterstadt, organizations } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import { StakeholdersListRoute } from './stakeholders-list-route';

const foodsharing = makeStakeholder({
  id: 's1',
  name: 'Foodsharing Musterstadt e.V.',
  sector: 'CIVIL_SOCIETY',
  fieldsOfAction: ['FOOD_NUTRITION'],
});
const chamber = makeStakeholder({
  id: 's2',
  name: 'Handwerkskammer Musterstadt',
  sector: 'CHAMBER',
  fieldsOfAction: ['CONSTRUCTION_BUILDINGS', 'BUSINESS_DEVELOPMENT'],
});
const university = makeStakeholder({
  id: 's3',
  name: 'Technische Hochschule',
  sector: 'UNIVERSITY_RESEARCH',
  fieldsOfAction: [],
});
const utility = makeStakeholder({
  id: 's4',
  name: 'Stadtwerke Musterstadt',
  sector: 'UTILITY',
  fieldsOfAction: ['WASTE_RESOURCES'],
});

const routes = [{ path: '/stakeholders', element: <StakeholdersListRoute /> }];

function stubList(me = meWith()) {
  return stubApi({
    'GET /api/v1/me': () => json(me),
    'GET /api/v1/organizations': () => json(organizations),
    'GET /api/v1/stakeholders': ({ url }) =>
      url.searchParams.get('cursor') === 'page-2'
        ? json({ items: [utility] })
        : json({ items: [foodsharing, chamber, university], next: 'page-2' }),
  });
}

function rowNames(table: HTMLElement) {
  return within(table)
    .getAllByRole('rowheader')
    .map((header) => header.textContent);
}

describe('StakeholdersListRoute', () => {
  it('listsStakeholdersWithSectorFieldsOfActionAndOrganisation', async () => {
    stubList();
    renderRoutes(routes, { initialEntry: '/stakeholders' });

    const table = await screen.findByRole('table', { name: 'Stakeholders' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Name▲', 'Sector↕', 'Fields of action↕', 'Organisation']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[1]).toHaveTextContent('Chamber');
    expect(rows[1]).toHaveTextContent('Construction and buildings, Business development');
    expect(await within(rows[1]!).findByText(musterstadt.name)).toBeInTheDocument();
    expect(rows[2]).toHaveTextContent('University and research');
    expect(rows[2]).toHaveTextContent('–');
    expect(
      within(table).getByRole('link', { name: 'Handwerkskammer Musterstadt' }),
    ).toHaveAttribute('href', '/stakeholders/s2');
  });

  it('sortsTheLoadedRowsByColumnAndMarksTheSortedHeader', async () => {
    stubList();
    const { user } = renderRoutes(routes, { initialEntry: '/stakeholders' });

    const table = await screen.findByRole('table', { name: 'Stakeholders' });
    const nameHeader = within(table).getByRole('columnheader', { name: /Name/ });
    expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');

    await user.click(within(table).getByRole('button', { name: 'Sector' }));

    const sectorHeader = within(table).getByRole('columnheader', { name: /Sector/ });
    expect(sectorHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(nameHeader).not.toHaveAttribute('aria-sort');
    // Chamber < Civil society < University and research (by the label the user reads).
    expect(rowNames(table)).toEqual([
      'Handwerkskammer Musterstadt',
      'Foodsharing Musterstadt e.V.',
      'Technische Hochschule',
    ]);
    expect(screen.getByText('Sorted by Sector, ascending')).toBeInTheDocument();

    await user.click(within(table).getByRole('button', { name: 'Sector' }));

    expect(sectorHeader).toHaveAttribute('aria-sort', 'descending');
    expect(rowNames(table)).toEqual([
      'Technische Hochschule',
      'Foodsharing Musterstadt e.V.',
      'Handwerkskammer Musterstadt',
    ]);
    expect(screen.getByText('Sorted by Sector, descending')).toBeInTheDocument();

    await user.click(within(table).getByRole('button', { name: 'Fields of action' }));

    expect(within(table).getByRole('columnheader', { name: /Fields of action/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    // No field of action (shown as "–") sorts first, then Construction …, then Food …
    expect(rowNames(table)).toEqual([
      'Technische Hochschule',
      'Handwerkskammer Musterstadt',
      'Foodsharing Musterstadt e.V.',
    ]);
  });

  it('sendsTheChosenFiltersAsQueryParameters', async () => {
    const api = stubList();
    const { user, router } = renderRoutes(routes, { initialEntry: '/stakeholders' });

    await screen.findByRole('table');
    await user.type(screen.getByRole('searchbox', { name: 'Search term' }), 'Kammer');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sector' }), 'CHAMBER');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Field of action' }),
      'CONSTRUCTION_BUILDINGS',
    );
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    await screen.findByRole('table');
    const last = api.calls('GET', '/api/v1/stakeholders').at(-1);
    expect(Object.fromEntries(last?.url.searchParams ?? [])).toEqual({
      limit: '50',
      sector: 'CHAMBER',
      fieldOfAction: 'CONSTRUCTION_BUILDINGS',
      q: 'Kammer',
    });
    expect(router.state.location.search).toBe(
      '?sector=CHAMBER&fieldOfAction=CONSTRUCTION_BUILDINGS&q=Kammer',
    );
  });

  it('loadsTheNextPageWithTheCursorAndFocusesTheFirstNewStakeholder', async () => {
    const api = stubList();
    const { user } = renderRoutes(routes, { initialEntry: '/stakeholders' });

    await user.click(await screen.findByRole('button', { name: 'Load more' }));

    expect(await screen.findByRole('link', { name: 'Stadtwerke Musterstadt' })).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(
      screen.getByText(/4 stakeholders shown · All stakeholders are loaded./),
    ).toBeInTheDocument();
    expect(
      api
        .calls('GET', '/api/v1/stakeholders')
        .map((request) => request.url.searchParams.get('cursor')),
    ).toEqual([null, 'page-2']);
  });

  it('offersCreateAndImportOnlyToEditors', async () => {
    stubList(meWith([{ organization: musterstadt, role: 'VIEWER' }]));
    renderRoutes(routes, { initialEntry: '/stakeholders' });

    await screen.findByRole('table');
    expect(screen.queryByRole('link', { name: 'New stakeholder' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Import from CSV' })).not.toBeInTheDocument();
  });

  it('linksEditorsToCreateAndImport', async () => {
    stubList();
    renderRoutes(routes, { initialEntry: '/stakeholders' });

    expect(await screen.findByRole('link', { name: 'New stakeholder' })).toHaveAttribute(
      'href',
      '/stakeholders/new',
    );
    expect(screen.getByRole('link', { name: 'Import from CSV' })).toHaveAttribute(
      'href',
      '/stakeholders/import',
    );
  });
});
