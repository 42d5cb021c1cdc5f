import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, stubApi } from '@/testing/fetch-stub';
import { fieldsOfActionList } from '@/testing/fields-of-action';
import { meWith } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import { makePage, makeSummary } from '../testing/fixtures';

import { PracticeLibraryRoute } from './practice-library-route';

const routes = [{ path: '/practices', element: <PracticeLibraryRoute /> }];

describe('PracticeLibraryRoute', () => {
  it('searchesAndShowsHighlightsAsTextNeverAsHtml', async () => {
    const api = stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/fields-of-action': () => json(fieldsOfActionList()),
      'GET /api/v1/practices': ({ url }) =>
        json(
          makePage(
            url.searchParams.get('q')
              ? [
                  makeSummary({
                    rank: 0.6,
                    highlight: {
                      title: '<mark>Bauteilbörse</mark> &lt;img src=x onerror=alert(1)&gt;',
                      excerpt: 'gebrauchte <mark>Bauteile</mark> aus dem Rückbau',
                    },
                  }),
                ]
              : [
                  makeSummary(),
                  makeSummary({ id: 'b0000000-0000-4000-8000-000000000002', title: 'Repair-Café' }),
                ],
          ),
        ),
    });
    const { user, container } = renderRoutes(routes, { initialEntry: '/practices' });

    expect(await screen.findByRole('status')).toHaveTextContent('2 practices found');
    await user.type(screen.getByRole('searchbox', { name: /Search words/ }), 'Bauteile');
    await user.click(screen.getByRole('button', { name: 'Search' }));

    expect(await screen.findByRole('status')).toHaveTextContent('1 practice found');
    expect(api.calls('GET', '/api/v1/practices').at(-1)?.url.searchParams.get('q')).toBe(
      'Bauteile',
    );
    const results = screen.getByRole('region', { name: 'Results' });
    const link = within(results).getByRole('link', {
      name: 'Bauteilbörse <img src=x onerror=alert(1)>',
    });
    expect(link).toHaveAttribute('href', '/practices/b0000000-0000-4000-8000-000000000001');
    expect(within(link).getByText('Bauteilbörse').tagName).toBe('MARK');
    expect(within(results).getByText('Bauteile').tagName).toBe('MARK');
    expect(container.querySelector('img')).toBeNull();
    expect(within(results).getByText(/adopted 2 times/)).toBeInTheDocument();
  });

  it('filtersByAFacetValueAndClearsItAgain', async () => {
    const api = stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/fields-of-action': () => json(fieldsOfActionList()),
      'GET /api/v1/practices': () => json(makePage([makeSummary()])),
    });
    const { user } = renderRoutes(routes, { initialEntry: '/practices?q=Bauteile' });

    const facets = await screen.findByRole('complementary', { name: 'Narrow the results' });
    const lighthouse = within(facets).getByRole('button', { name: 'Lighthouse (1)' });
    expect(lighthouse).toHaveAttribute('aria-pressed', 'false');
    expect(
      within(facets).getByRole('button', { name: 'Kreislaufstädte DE-DK (1)' }),
    ).toBeInTheDocument();
    expect(
      within(facets).getByRole('button', { name: 'Construction and buildings (1)' }),
    ).toBeInTheDocument();

    await user.click(lighthouse);
    const filtered = api.calls('GET', '/api/v1/practices').at(-1)?.url.searchParams;
    expect(filtered?.get('maturity')).toBe('LIGHTHOUSE');
    expect(filtered?.get('q')).toBe('Bauteile');
    expect(
      await screen.findByRole('button', { name: 'Lighthouse (1)', pressed: true }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    const cleared = api.calls('GET', '/api/v1/practices').at(-1)?.url.searchParams;
    expect(cleared?.get('maturity')).toBeNull();
    expect(cleared?.get('q')).toBe('Bauteile');
  });

  it('loadsTheNextPageWithTheCursor', async () => {
    const api = stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/fields-of-action': () => json(fieldsOfActionList()),
      'GET /api/v1/practices': ({ url }) =>
        url.searchParams.get('cursor') === 'page-2'
          ? json(
              makePage([
                makeSummary({ id: 'b0000000-0000-4000-8000-000000000009', title: 'Kompost' }),
              ]),
            )
          : json({ ...makePage([makeSummary()]), next: 'page-2', total: 2 }),
    });
    const { user } = renderRoutes(routes, { initialEntry: '/practices' });

    await user.click(await screen.findByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('link', { name: 'Kompost' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Bauteilbörse Musterstadt' })).toBeInTheDocument();
    expect(api.calls('GET', '/api/v1/practices').at(-1)?.url.searchParams.get('cursor')).toBe(
      'page-2',
    );
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });
});
