import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { StakeholderInput } from '@/lib/api/types';
import { json, stubApi } from '@/testing/fetch-stub';
import { fieldsOfActionList } from '@/testing/fields-of-action';
import { makeStakeholder, meWith } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import { StakeholderDetailRoute } from './stakeholder-detail-route';
import { StakeholderEditRoute } from './stakeholder-edit-route';

// Organisations' own fields of action in the stakeholder screens.
const stakeholder = makeStakeholder({
  version: 2,
  fieldsOfAction: ['URBAN_MINING', 'CONSTRUCTION_BUILDINGS', 'RETIRED_CODE'],
});
const path = `/api/v1/stakeholders/${stakeholder.id}`;
const routes = [
  { path: '/stakeholders/:stakeholderId/edit', element: <StakeholderEditRoute /> },
  { path: '/stakeholders/:stakeholderId', element: <StakeholderDetailRoute /> },
];

function stub() {
  return stubApi({
    'GET /api/v1/me': () => json(meWith()),
    'GET /api/v1/organizations': () => json([]),
    'GET /api/v1/fields-of-action': () => json(fieldsOfActionList()),
    [`GET ${path}`]: () => json(stakeholder, { headers: { ETag: '"2"' } }),
    [`GET ${path}/contacts`]: () => json([]),
    [`PUT ${path}`]: ({ body }) => json({ ...stakeholder, ...(body as object), version: 3 }),
  });
}

describe('Stakeholder fields of action', () => {
  it('showsTheOrganisationsOwnFieldsByName', async () => {
    stub();
    renderRoutes(routes, { initialEntry: `/stakeholders/${stakeholder.id}` });

    expect(await screen.findByText('Urban Mining')).toBeInTheDocument();
    expect(screen.getByText('Construction and buildings')).toBeInTheDocument();
    // A code the app cannot name is shown as it is.
    expect(screen.getByText('RETIRED_CODE')).toBeInTheDocument();
  });

  it('offersTheOwnersFieldsAndKeepsTheirCodesOnSave', async () => {
    const api = stub();
    const { user } = renderRoutes(routes, { initialEntry: `/stakeholders/${stakeholder.id}/edit` });

    const fields = await screen.findByRole('group', { name: 'Fields of action' });
    expect(await within(fields).findByRole('checkbox', { name: 'Urban Mining' })).toBeChecked();
    expect(within(fields).queryByRole('checkbox', { name: 'Genbrug' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await screen.findByRole('heading', { level: 1, name: stakeholder.name });
    const body = api.calls('PUT', path)[0]?.body as StakeholderInput;
    expect(body.fieldsOfAction).toEqual(['URBAN_MINING', 'CONSTRUCTION_BUILDINGS', 'RETIRED_CODE']);
  });
});
