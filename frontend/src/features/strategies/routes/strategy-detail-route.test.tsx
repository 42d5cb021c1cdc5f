import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { Strategy, StrategyStatus } from '@/lib/api/types';
import { json, noContent, problem, stubApi } from '@/testing/fetch-stub';
import { makeStrategy, meWith, musterstadt, organizations } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import { StrategyDetailRoute } from './strategy-detail-route';

const routes = [
  { path: '/strategies/:strategyId', element: <StrategyDetailRoute /> },
  { path: '/strategies', element: <p>strategy list</p> },
];

function setup(strategy: Strategy, me = meWith(), more: Parameters<typeof stubApi>[0] = {}) {
  const path = `/api/v1/strategies/${strategy.id}`;
  let current = strategy;
  const api = stubApi({
    'GET /api/v1/me': () => json(me),
    'GET /api/v1/organizations': () => json(organizations),
    [`GET ${path}`]: () => json(current, { headers: { ETag: `"${current.version}"` } }),
    [`POST ${path}/status`]: ({ body }) => {
      const change = body as { status: StrategyStatus; adoption?: Strategy['adoption'] };
      current = {
        ...current,
        status: change.status,
        adoption: change.adoption ?? current.adoption,
        version: current.version + 1,
      };
      return json(current, { headers: { ETag: `"${current.version}"` } });
    },
    [`DELETE ${path}`]: () => noContent(),
    ...more,
  });
  const rendered = renderRoutes(routes, { initialEntry: `/strategies/${strategy.id}` });
  return { ...rendered, api, path };
}

async function statusSection() {
  return screen.findByRole('region', { name: 'Change status' });
}

describe('StrategyDetailRoute', () => {
  it('showsAllFieldsOfTheStrategy', async () => {
    setup(
      makeStrategy({
        status: 'ADOPTED',
        visibility: 'NETWORK',
        externalId: 'ris-2025-17',
        adoption: { decisionBody: 'Stadtrat', decidedOn: '2026-03-05', reference: 'V/2026/017' },
      }),
    );

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kreislaufstadt Musterstadt 2030' }),
    ).toBeInTheDocument();
    const details = screen.getByRole('region', { name: 'Details' });
    expect(await within(details).findByText(musterstadt.name)).toBeInTheDocument();
    for (const text of [
      'Leitbild, Ziele und Maßnahmen für die Kreislaufwirtschaft.',
      '2025–2030',
      'Network',
      'ris-2025-17',
      'Stadtrat',
      '5 Mar 2026',
      'V/2026/017',
    ]) {
      expect(within(details).getByText(text)).toBeInTheDocument();
    }
    expect(within(details).getAllByText('Adopted').length).toBeGreaterThan(0);
  });

  it('showsFieldsThatTheApiSendsAsNullAsEmpty', async () => {
    const strategy = makeStrategy();
    // The API leaves absent values out; null must read the same way.
    const raw = {
      ...strategy,
      summary: null,
      periodFrom: null,
      periodTo: null,
      externalId: null,
      adoption: null,
      updatedBy: null,
    };
    stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/organizations': () => json(organizations),
      [`GET /api/v1/strategies/${strategy.id}`]: () => json(raw),
    });
    renderRoutes(routes, { initialEntry: `/strategies/${strategy.id}` });

    const details = await screen.findByRole('region', { name: 'Details' });
    expect(within(details).getByText('Not adopted yet')).toBeInTheDocument();
    expect(within(details).getAllByText('–')).toHaveLength(3);
    expect(within(details).getByText('1 Feb 2026, 14:05')).toBeInTheDocument();
  });

  it.each<[StrategyStatus, string[]]>([
    ['DRAFT', ['Submit for review']],
    ['IN_REVIEW', ['Return to draft', 'Record adoption …']],
    ['ADOPTED', ['Start a revision', 'Mark as superseded']],
    ['IN_REVISION', ['Record re-adoption …', 'Mark as superseded']],
    ['SUPERSEDED', []],
  ])('offersOnlyTheTransitionsAllowedFrom_%s', async (status, expected) => {
    setup(makeStrategy({ status }));

    const section = await statusSection();

    expect(
      within(section)
        .queryAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(expected);
  });

  it('hidesWriteActionsFromViewers', async () => {
    setup(makeStrategy(), meWith([{ organization: musterstadt, role: 'VIEWER' }]));

    await screen.findByRole('heading', { level: 1 });
    await screen.findByText('Musterstadt');

    expect(screen.queryByRole('region', { name: 'Actions' })).not.toBeInTheDocument();
    // Reading the adopted versions and the history is all a viewer can press.
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Show versions',
      'Show history',
    ]);
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
  });

  it('submitsForReviewWithIfMatchAndShowsTheNewStatus', async () => {
    const { user, api, path } = setup(makeStrategy({ status: 'DRAFT', version: 3 }));

    await user.click(await screen.findByRole('button', { name: 'Submit for review' }));

    expect(await screen.findByRole('button', { name: 'Return to draft' })).toBeInTheDocument();
    const [request] = api.calls('POST', `${path}/status`);
    expect(request?.headers.get('If-Match')).toBe('"3"');
    expect(request?.body).toEqual({ status: 'IN_REVIEW' });
    expect(screen.getAllByText('In review').length).toBeGreaterThan(0);
    expect(screen.getByText('New status: In review')).toHaveFocus();
  });

  it('asksForTheDecisionBeforeAdopting', async () => {
    const { user, api, path } = setup(makeStrategy({ status: 'IN_REVIEW', version: 5 }));

    await user.click(await screen.findByRole('button', { name: 'Record adoption …' }));
    const form = screen.getByRole('form', { name: 'Record adoption' });
    await user.click(within(form).getByRole('button', { name: 'Save as adopted' }));

    // Nothing is sent while the three adoption fields are empty.
    expect(within(form).getByLabelText(/Decision body/)).toHaveAccessibleDescription(
      'Please fill in this field.',
    );
    expect(within(form).getByLabelText(/Decided on/)).toHaveAttribute('aria-invalid', 'true');
    expect(api.calls('POST', `${path}/status`)).toEqual([]);

    await user.type(within(form).getByLabelText(/Decision body/), 'Stadtrat');
    await user.type(within(form).getByLabelText(/Decided on/), '2026-03-05');
    await user.type(within(form).getByLabelText(/Reference/), 'V/2026/017');
    await user.click(within(form).getByRole('button', { name: 'Save as adopted' }));

    expect(await screen.findByRole('button', { name: 'Mark as superseded' })).toBeInTheDocument();
    const [request] = api.calls('POST', `${path}/status`);
    expect(request?.headers.get('If-Match')).toBe('"5"');
    expect(request?.body).toEqual({
      status: 'ADOPTED',
      adoption: { decisionBody: 'Stadtrat', decidedOn: '2026-03-05', reference: 'V/2026/017' },
    });
  });

  it('revisesAnAdoptedStrategyAndAdoptsItAgainWithANewDecision', async () => {
    const { user, api, path } = setup(
      makeStrategy({
        status: 'ADOPTED',
        version: 5,
        adoption: { decisionBody: 'Stadtrat', decidedOn: '2026-03-05', reference: 'V/2026/017' },
      }),
    );

    await user.click(await screen.findByRole('button', { name: 'Start a revision' }));

    // Focus moves to the announcement on the next frame, after the new status has rendered.
    const announcement = await screen.findByText('New status: In revision');
    await waitFor(() => {
      expect(announcement).toHaveFocus();
    });
    const section = await statusSection();
    expect(
      within(section).getByText(
        'The strategy is being revised. The adoption of 5 Mar 2026 (V/2026/017) stays in force until the revision is adopted; each adoption freezes a new version.',
      ),
    ).toBeInTheDocument();
    expect(screen.getAllByText('In revision').length).toBeGreaterThan(0);

    await user.click(within(section).getByRole('button', { name: 'Record re-adoption …' }));
    const form = screen.getByRole('form', { name: 'Record adoption' });
    await user.type(within(form).getByLabelText(/Decision body/), 'Stadtrat');
    await user.type(within(form).getByLabelText(/Decided on/), '2027-02-04');
    await user.type(within(form).getByLabelText(/Reference/), 'V/2027/003');
    await user.click(within(form).getByRole('button', { name: 'Save as adopted' }));

    expect(await screen.findByText('New status: Adopted')).toBeInTheDocument();
    expect(api.calls('POST', `${path}/status`).map((request) => request.body)).toEqual([
      { status: 'IN_REVISION' },
      {
        status: 'ADOPTED',
        adoption: { decisionBody: 'Stadtrat', decidedOn: '2027-02-04', reference: 'V/2027/003' },
      },
    ]);
    expect(
      api.calls('POST', `${path}/status`).map((request) => request.headers.get('If-Match')),
    ).toEqual(['"5"', '"6"']);
  });

  it('refreshesTheVersionsShownOnceARevisionIsAdopted', async () => {
    const strategy = makeStrategy({
      status: 'IN_REVISION',
      version: 6,
      adoption: { decisionBody: 'Stadtrat', decidedOn: '2026-03-05', reference: 'V/2026/017' },
    });
    const summary = (n: number) => ({
      number: n,
      adoptedAt: '2026-03-06T08:00:00Z',
      adoptedBy: 'musterstadt-editor',
      decisionBody: 'Stadtrat',
      decidedOn: '2026-03-05',
      decisionReference: `V/${String(n)}`,
    });
    // Only a refetch after the re-adoption sees version 2.
    let reads = 0;
    const { user } = setup(strategy, meWith(), {
      [`GET /api/v1/strategies/${strategy.id}/versions`]: () => {
        reads += 1;
        return json({ items: reads > 1 ? [summary(2), summary(1)] : [summary(1)] });
      },
    });

    await user.click(await screen.findByRole('button', { name: 'Show versions' }));
    const versions = await screen.findByRole('table', { name: /Versions frozen by adoptions/ });
    expect(
      within(versions)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Version 1']);

    await user.click(screen.getByRole('button', { name: 'Record re-adoption …' }));
    const form = screen.getByRole('form', { name: 'Record adoption' });
    await user.type(within(form).getByLabelText(/Decision body/), 'Stadtrat');
    await user.type(within(form).getByLabelText(/Decided on/), '2027-02-04');
    await user.type(within(form).getByLabelText(/Reference/), 'V/2');
    await user.click(within(form).getByRole('button', { name: 'Save as adopted' }));

    await waitFor(() => {
      expect(
        within(screen.getByRole('table', { name: /Versions frozen by adoptions/ }))
          .getAllByRole('rowheader')
          .map((cell) => cell.textContent),
      ).toEqual(['Version 2', 'Version 1']);
    });
  });

  it('showsTheRuleViolationOfARejectedTransition', async () => {
    const strategy = makeStrategy({ status: 'DRAFT' });
    const path = `/api/v1/strategies/${strategy.id}`;
    stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/organizations': () => json(organizations),
      [`GET ${path}`]: () => json(strategy),
      [`POST ${path}/status`]: () =>
        problem(422, {
          title: 'Unprocessable Content',
          detail: 'A strategy needs a summary before review.',
        }),
    });
    const { user } = renderRoutes(routes, { initialEntry: `/strategies/${strategy.id}` });

    await user.click(await screen.findByRole('button', { name: 'Submit for review' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Unprocessable Content');
    expect(alert).toHaveTextContent('A strategy needs a summary before review.');
  });

  it('reportsAConflictOnAStatusChangeAndReloadsTheLatestVersion', async () => {
    const strategy = makeStrategy({ status: 'DRAFT', version: 3 });
    const path = `/api/v1/strategies/${strategy.id}`;
    let version = 3;
    stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/organizations': () => json(organizations),
      [`GET ${path}`]: () =>
        json(
          version === 3
            ? strategy
            : { ...strategy, status: 'IN_REVIEW', version, title: 'Von jemand anderem geändert' },
          { headers: { ETag: `"${version}"` } },
        ),
      [`POST ${path}/status`]: () => {
        version = 4;
        return problem(412, { title: 'Precondition Failed', detail: 'Stale version.' });
      },
    });
    const { user } = renderRoutes(routes, { initialEntry: `/strategies/${strategy.id}` });

    await user.click(await screen.findByRole('button', { name: 'Submit for review' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone else changed this strategy');
    await user.click(within(alert).getByRole('button', { name: 'Load latest version' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Von jemand anderem geändert' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Return to draft' })).toBeInTheDocument();
  });

  it('deletesOnlyAfterConfirmationWithIfMatch', async () => {
    const { user, api, path } = setup(makeStrategy({ version: 3 }));

    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const confirmation = screen.getByRole('group', { name: 'Delete strategy?' });
    expect(screen.getByRole('heading', { name: 'Delete strategy?' })).toHaveFocus();
    expect(api.calls('DELETE', path)).toEqual([]);

    await user.click(within(confirmation).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Delete' })).toHaveFocus();
    expect(api.calls('DELETE', path)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await user.click(screen.getByRole('button', { name: 'Delete permanently' }));

    expect(await screen.findByText('strategy list')).toBeInTheDocument();
    const [request] = api.calls('DELETE', path);
    expect(request?.headers.get('If-Match')).toBe('"3"');
  });

  it('saysSoWhenTheStrategyDoesNotExist', async () => {
    stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/organizations': () => json(organizations),
    });
    renderRoutes(routes, { initialEntry: '/strategies/unknown' });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This strategy does not exist, or you have no access to it.',
    );
  });
});

describe('StrategyDetailRoute headings', () => {
  it('marksUpActionsAndDetailsAsLabelledRegions', async () => {
    setup(makeStrategy());

    await waitFor(() => {
      expect(screen.getByRole('region', { name: 'Actions' })).toBeInTheDocument();
    });
    expect(screen.getByRole('region', { name: 'Details' })).toBeInTheDocument();
  });
});
