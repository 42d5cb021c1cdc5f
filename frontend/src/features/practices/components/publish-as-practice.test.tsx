import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, stubApi } from '@/testing/fetch-stub';
import { renderRoutes } from '@/testing/render';

import { makePractice, makeSummary } from '../testing/fixtures';

import { PublishAsPractice } from './publish-as-practice';

const projectId = 'd0000000-0000-4000-8000-000000000001';

describe('PublishAsPractice', () => {
  it('draftsAPracticeFromTheProjectAndOpensItsForm', async () => {
    const api = stubApi({
      'GET /api/v1/practices': () => json({ items: [], total: 0, facets: {} }),
      'POST /api/v1/practices/from-project/:projectId': () =>
        json(makePractice({ status: 'DRAFT', visibility: 'PRIVATE', version: 0 }), { status: 201 }),
    });
    const { user } = renderRoutes(
      [
        {
          path: '/projects/:projectId',
          element: <PublishAsPractice projectId={projectId} canWrite />,
        },
        { path: '/practices/:practiceId/edit', element: <h1>Edit form</h1> },
      ],
      { initialEntry: `/projects/${projectId}` },
    );

    await user.click(await screen.findByRole('button', { name: 'Publish as good practice' }));
    expect(await screen.findByRole('heading', { name: 'Edit form' })).toBeInTheDocument();
    expect(api.calls('POST', `/api/v1/practices/from-project/${projectId}`)).toHaveLength(1);
    expect(api.calls('GET', '/api/v1/practices')[0]?.url.searchParams.get('sourceProjectId')).toBe(
      projectId,
    );
  });

  it('linksThePracticesOfTheProjectForReaders', async () => {
    stubApi({
      'GET /api/v1/practices': () => json({ items: [makeSummary()], total: 1, facets: {} }),
    });
    renderRoutes([
      { path: '/', element: <PublishAsPractice projectId={projectId} canWrite={false} /> },
    ]);
    expect(await screen.findByRole('link', { name: 'Bauteilbörse Musterstadt' })).toHaveAttribute(
      'href',
      '/practices/b0000000-0000-4000-8000-000000000001',
    );
    expect(
      screen.queryByRole('button', { name: 'Publish as good practice' }),
    ).not.toBeInTheDocument();
  });
});
