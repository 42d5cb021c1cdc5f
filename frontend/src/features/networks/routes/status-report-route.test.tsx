import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, problem, stubApi } from '@/testing/fetch-stub';
import { meWith, musterstadt } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import { eventId, makeDraft, makeEvent, networkId } from '../testing/fixtures';

import { StatusReportRoute } from './status-report-route';

const path = `/networks/${networkId}/events/${eventId}`;
const routes = [
  { path: '/networks/:networkId/events/:eventId/report', element: <StatusReportRoute /> },
  { path: '/networks/:networkId/events/:eventId', element: <h1>Event page</h1> },
];

describe('StatusReportRoute', () => {
  it('prefillsTheReportFromTheDraftAndSubmitsIt', async () => {
    const api = stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/networks/:id/events/:eventId': () => json(makeEvent()),
      'GET /api/v1/networks/:id/events/:eventId/status-reports/draft': () =>
        json(makeDraft({ previousNextSteps: 'Stakeholderanalyse abschließen' })),
      'POST /api/v1/networks/:id/events/:eventId/status-reports': ({ body }) =>
        json({ id: 'r1', ...(body as object) }, { status: 201 }),
      'GET /api/v1/networks/:id/events/:eventId/status-reports': () =>
        json({ items: [], members: [] }),
    });
    const { user } = renderRoutes(routes, { initialEntry: `${path}/report` });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Status report' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Report of Musterstadt, pre-filled from its own records/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: '1 starter project changed status' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '1 measure completed' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '0 indicator values added' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '1 workshop held' })).toBeInTheDocument();
    expect(screen.getByText('Stakeholderanalyse abschließen')).toBeInTheDocument();

    const progress = screen.getByRole('textbox', { name: /Progress/ });
    expect(progress).toHaveValue(
      [
        '- Starter project "Materialbörse" is now: Selected',
        '- Measure "Bauteile erfassen" completed (Materialbörse)',
        '- Workshop held: Auftaktworkshop',
      ].join('\n'),
    );
    await user.type(screen.getByRole('textbox', { name: 'Help needed' }), 'Vergabekriterien');
    await user.click(screen.getByRole('button', { name: 'Submit report' }));

    expect(await screen.findByRole('heading', { name: 'Event page' })).toBeInTheDocument();
    const post = api.calls(
      'POST',
      `/api/v1/networks/${networkId}/events/${eventId}/status-reports`,
    )[0];
    expect(post?.body).toEqual({
      organizationId: musterstadt.id,
      progress: (progress as HTMLTextAreaElement).value,
      helpNeeded: 'Vergabekriterien',
    });
  });

  it('asksForProgressAndShowsTheServersProblem', async () => {
    stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/networks/:id/events/:eventId': () => json(makeEvent()),
      'GET /api/v1/networks/:id/events/:eventId/status-reports/draft': () =>
        json(
          makeDraft({
            figures: {
              projectsChangedStatus: [],
              measuresCompleted: [],
              indicatorValuesAdded: [],
              workshopsHeld: [],
            },
          }),
        ),
      'POST /api/v1/networks/:id/events/:eventId/status-reports': () =>
        problem(409, {
          title: 'Conflict',
          detail: 'Musterstadt has reported for this status update already; change that report.',
        }),
    });
    const { user } = renderRoutes(routes, { initialEntry: `${path}/report` });

    const progress = await screen.findByRole('textbox', { name: /Progress/ });
    expect(progress).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Submit report' }));
    expect(await screen.findByText('Please fill in this field.')).toBeInTheDocument();
    expect(progress).toHaveFocus();

    await user.type(progress, 'Läuft');
    await user.click(screen.getByRole('button', { name: 'Submit report' }));
    expect(
      await screen.findByText(
        'Musterstadt has reported for this status update already; change that report.',
      ),
    ).toBeInTheDocument();
  });
});
