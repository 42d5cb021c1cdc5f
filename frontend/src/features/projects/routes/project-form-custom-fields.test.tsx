import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, stubApi } from '@/testing/fetch-stub';
import { fieldsOfActionList } from '@/testing/fields-of-action';
import { meWith } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import type { StarterProjectInput } from '../api/types';
import { makeProject, stakeholders, strategy } from '../testing/fixtures';

import { ProjectEditRoute } from './project-edit-route';

// Organisations' own fields of action in the project form; kept apart from the form's main tests.
const project = makeProject({
  version: 4,
  fieldsOfAction: ['CONSTRUCTION_BUILDINGS', 'URBAN_MINING'],
});
const path = `/api/v1/starter-projects/${project.id}`;
const routes = [
  { path: '/projects/:projectId/edit', element: <ProjectEditRoute /> },
  { path: '/projects/:projectId', element: <p>project detail</p> },
];

describe('ProjectForm fields of action', () => {
  it('offersAndKeepsTheOrganisationsOwnFieldOfAction', async () => {
    const api = stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/strategies': () => json({ items: [strategy] }),
      'GET /api/v1/stakeholders': () => json({ items: stakeholders }),
      'GET /api/v1/fields-of-action': () => json(fieldsOfActionList()),
      [`GET ${path}`]: () => json(project, { headers: { ETag: '"4"' } }),
      [`PUT ${path}`]: () => json({ ...project, version: 5 }, { headers: { ETag: '"5"' } }),
    });
    const { user } = renderRoutes(routes, { initialEntry: `/projects/${project.id}/edit` });

    const fields = await screen.findByRole('group', { name: 'Fields of action' });
    const own = await within(fields).findByRole('checkbox', { name: 'Urban Mining' });
    expect(own).toBeChecked();
    expect(
      within(fields).getByRole('checkbox', { name: 'Construction and buildings' }),
    ).toBeChecked();
    // Another organisation's field is not offered for this organisation's project.
    expect(within(fields).queryByRole('checkbox', { name: 'Genbrug' })).not.toBeInTheDocument();

    await user.click(within(fields).getByRole('checkbox', { name: 'Procurement' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('project detail')).toBeInTheDocument();
    const body = api.calls('PUT', path)[0]?.body as StarterProjectInput;
    expect(body.fieldsOfAction).toEqual(['CONSTRUCTION_BUILDINGS', 'PROCUREMENT', 'URBAN_MINING']);
  });
});
