import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { Strategy } from '@/lib/api/types';
import { json, problem, stubApi } from '@/testing/fetch-stub';
import { eksempelby, makeStrategy, meWith, musterstadt, organizations } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import { StrategyEditRoute } from './strategy-edit-route';

const strategy = makeStrategy({ version: 3 });
const path = `/api/v1/strategies/${strategy.id}`;
const routes = [
  { path: '/strategies/:strategyId/edit', element: <StrategyEditRoute /> },
  { path: '/strategies/:strategyId', element: <p>strategy detail</p> },
];

function renderEdit() {
  return renderRoutes(routes, { initialEntry: `/strategies/${strategy.id}/edit` });
}

describe('StrategyEditRoute', () => {
  it('savesChangesWithIfMatchOfTheLoadedVersion', async () => {
    const api = stubApi({
      'GET /api/v1/me': () => json(meWith()),
      [`GET ${path}`]: () => json(strategy, { headers: { ETag: '"3"' } }),
      [`PUT ${path}`]: ({ body }) =>
        json(
          { ...strategy, ...(body as Partial<Strategy>), version: 4 },
          { headers: { ETag: '"4"' } },
        ),
    });
    const { user } = renderEdit();

    const title = await screen.findByRole('textbox', { name: /Title/ });
    expect(title).toHaveValue(strategy.title);
    // The user edits for one organisation: no choice to make.
    expect(screen.queryByRole('combobox', { name: /Organisation/ })).not.toBeInTheDocument();
    await user.clear(title);
    await user.type(title, 'Zirkuläres Musterstadt');
    await user.clear(screen.getByRole('textbox', { name: /Period to/ }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Visibility' }), 'PUBLIC');
    await user.type(screen.getByRole('textbox', { name: 'External ID' }), 'ris-17');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('strategy detail')).toBeInTheDocument();
    const [request] = api.calls('PUT', path);
    expect(request?.headers.get('If-Match')).toBe('"3"');
    expect(request?.body).toEqual({
      organizationId: musterstadt.id,
      title: 'Zirkuläres Musterstadt',
      summary: strategy.summary,
      periodFrom: 2025,
      visibility: 'PUBLIC',
      externalId: 'ris-17',
    });
  });

  it('reportsAConflictAndReloadsTheLatestVersion', async () => {
    let latest = strategy;
    const api = stubApi({
      'GET /api/v1/me': () => json(meWith()),
      [`GET ${path}`]: () => json(latest, { headers: { ETag: `"${latest.version}"` } }),
      [`PUT ${path}`]: ({ request }) => {
        if (request.headers.get('If-Match') !== `"${latest.version}"`) {
          return problem(412, {
            title: 'Precondition Failed',
            detail: 'The strategy was changed by someone else.',
          });
        }
        return json({ ...latest, version: latest.version + 1 });
      },
    });
    const { user } = renderEdit();

    const title = await screen.findByRole('textbox', { name: /Title/ });
    // Someone else saves in the meantime.
    latest = { ...strategy, title: 'Geändert von Jens', version: 4 };
    await user.type(title, ' (mein Entwurf)');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone else changed this strategy');
    expect(alert).toHaveTextContent('your unsaved changes will be lost');
    await user.click(within(alert).getByRole('button', { name: 'Load latest version' }));

    expect(await screen.findByDisplayValue('Geändert von Jens')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('strategy detail')).toBeInTheDocument();
    expect(api.calls('PUT', path).map((request) => request.headers.get('If-Match'))).toEqual([
      '"3"',
      '"4"',
    ]);
  });

  it('refusesToEditForViewers', async () => {
    stubApi({
      'GET /api/v1/me': () =>
        json(
          meWith([
            { organization: musterstadt, role: 'VIEWER' },
            { organization: eksempelby, role: 'EDITOR' },
          ]),
        ),
      'GET /api/v1/organizations': () => json(organizations),
      [`GET ${path}`]: () => json(strategy),
    });
    renderEdit();

    expect(await screen.findByRole('alert')).toHaveTextContent('You may not edit this strategy.');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });
});
