import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, problem, stubApi } from '@/testing/fetch-stub';
import { eksempelby, makeStrategy, meWith, musterstadt, organizations } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import { StrategiesListRoute } from './strategies-list-route';

const first = makeStrategy({
  id: 'a1',
  title: 'Kreislaufstadt Musterstadt 2030',
  status: 'ADOPTED',
  periodFrom: 2025,
  periodTo: 2030,
  updatedAt: '2026-02-01T14:05:00Z',
});
const second = makeStrategy({
  id: 'a2',
  organizationId: eksempelby.id,
  title: 'Cirkulær Eksempelby',
  status: 'IN_REVIEW',
  periodFrom: 2026,
  periodTo: undefined,
});
const third = makeStrategy({
  id: 'a3',
  title: 'Bauwende',
  status: 'DRAFT',
  periodFrom: undefined,
  periodTo: undefined,
});

const routes = [{ path: '/strategies', element: <StrategiesListRoute /> }];

function stubList(me = meWith()) {
  return stubApi({
    'GET /api/v1/me': () => json(me),
    'GET /api/v1/organizations': () => json(organizations),
    'GET /api/v1/strategies': ({ url }) =>
      url.searchParams.get('cursor') === 'page-2'
        ? json({ items: [third], next: null })
        : json({ items: [first, second], next: 'page-2' }),
  });
}

describe('StrategiesListRoute', () => {
  it('listsStrategiesWithOrganisationStatusPeriodAndUpdate', async () => {
    stubList();
    renderRoutes(routes, { initialEntry: '/strategies' });

    const table = await screen.findByRole('table', { name: 'Strategies' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Title', 'Organisation', 'Status', 'Period', 'Updated']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    await within(table).findByText('Eksempelby Kommune');
    expect(rows[0]?.textContent).toContain('Musterstadt');
    expect(rows[0]).toHaveTextContent('Adopted');
    expect(rows[0]).toHaveTextContent('2025–2030');
    expect(rows[0]).toHaveTextContent('1 Feb 2026');
    expect(rows[1]).toHaveTextContent('In review');
    expect(rows[1]).toHaveTextContent('from 2026');
    expect(within(table).getByRole('link', { name: 'Cirkulær Eksempelby' })).toHaveAttribute(
      'href',
      '/strategies/a2',
    );
  });

  it('showsAFailedNextPageOnceAtTheButtonAndKeepsTheRows', async () => {
    stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/organizations': () => json(organizations),
      'GET /api/v1/strategies': ({ url }) =>
        url.searchParams.get('cursor') === 'page-2'
          ? problem(500, { title: 'Internal Server Error', detail: 'Try again later.' })
          : json({ items: [first, second], next: 'page-2' }),
    });
    const { user } = renderRoutes(routes, { initialEntry: '/strategies' });

    await user.click(await screen.findByRole('button', { name: 'Load more' }));

    expect(await screen.findByText('Try again later.')).toBeInTheDocument();
    expect(screen.getAllByText('Try again later.')).toHaveLength(1);
    expect(screen.getAllByRole('row')).toHaveLength(3);
  });

  it('loadsTheNextPageWithTheCursor', async () => {
    const api = stubList();
    const { user } = renderRoutes(routes, { initialEntry: '/strategies' });

    await user.click(await screen.findByRole('button', { name: 'Load more' }));

    expect(await screen.findByRole('link', { name: 'Bauwende' })).toHaveFocus();
    expect(screen.getAllByRole('row')).toHaveLength(4);
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(screen.getByText(/3 strategies shown/)).toBeInTheDocument();
    const cursors = api
      .calls('GET', '/api/v1/strategies')
      .map((request) => request.url.searchParams.get('cursor'));
    expect(cursors).toEqual([null, 'page-2']);
  });

  it('sendsTheChosenFiltersAsQueryParameters', async () => {
    const api = stubList();
    const { user, router } = renderRoutes(routes, { initialEntry: '/strategies' });

    await screen.findByRole('table');
    await user.type(screen.getByRole('searchbox', { name: 'Search term' }), 'Bau');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'ADOPTED');
    await screen.findByRole('option', { name: 'Eksempelby Kommune' });
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Organisation' }),
      musterstadt.id,
    );
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    await screen.findByRole('table');
    const last = api.calls('GET', '/api/v1/strategies').at(-1);
    expect(Object.fromEntries(last?.url.searchParams ?? [])).toEqual({
      limit: '20',
      q: 'Bau',
      status: 'ADOPTED',
      organizationId: musterstadt.id,
    });
    // The filters live in the address, so the filtered list can be bookmarked.
    expect(router.state.location.search).toBe(
      `?status=ADOPTED&organizationId=${musterstadt.id}&q=Bau`,
    );
  });

  it('offersANewStrategyOnlyToEditors', async () => {
    stubList(meWith([{ organization: musterstadt, role: 'VIEWER' }]));
    renderRoutes(routes, { initialEntry: '/strategies' });

    await screen.findByRole('table');
    expect(screen.queryByRole('link', { name: 'New strategy' })).not.toBeInTheDocument();
  });

  it('linksToTheCreateFormForEditors', async () => {
    stubList();
    renderRoutes(routes, { initialEntry: '/strategies' });

    expect(await screen.findByRole('link', { name: 'New strategy' })).toHaveAttribute(
      'href',
      '/strategies/new',
    );
  });

  it('saysSoWhenNothingMatches', async () => {
    stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/organizations': () => json(organizations),
      'GET /api/v1/strategies': () => json({ items: [], next: null }),
    });
    renderRoutes(routes, { initialEntry: '/strategies?status=SUPERSEDED' });

    expect(await screen.findByText('No strategies found.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('SUPERSEDED');
  });
});
