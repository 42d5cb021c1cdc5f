import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, problem, stubApi } from '@/testing/fetch-stub';
import { meWith, musterstadt } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import { NetworkDetailRoute } from '../routes/network-detail-route';
import {
  coordinatorMember,
  coordinatorOrganization,
  makeAssignment,
  makeMember,
  makeNetwork,
  networkId,
} from '../testing/fixtures';

const routes = [{ path: '/networks/:networkId', element: <NetworkDetailRoute /> }];
const coordinator = { ...coordinatorOrganization, officialCode: undefined, population: undefined };

describe('AdvisorsSection', () => {
  it('letsTheCoordinatorAssignAnAdvisorToAMemberMunicipality', async () => {
    let assignments = [] as ReturnType<typeof makeAssignment>[];
    const api = stubApi({
      'GET /api/v1/me': () => json(meWith([{ organization: coordinator, role: 'ADMIN' }])),
      'GET /api/v1/networks/:id': () => json(makeNetwork()),
      'GET /api/v1/networks/:id/members': () => json({ items: [coordinatorMember, makeMember()] }),
      'GET /api/v1/networks/:id/events': () => json({ items: [] }),
      'GET /api/v1/organizations': () => json([musterstadt, coordinator]),
      'GET /api/v1/networks/:id/advisor-assignments': () => json({ items: assignments }),
      'POST /api/v1/networks/:id/advisor-assignments': () => {
        assignments = [makeAssignment()];
        return json(makeAssignment(), { status: 201 });
      },
    });
    const { user } = renderRoutes(routes, { initialEntry: `/networks/${networkId}` });

    expect(await screen.findByText('No advisor is assigned yet.')).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Assign an advisor' });
    await user.click(within(form).getByRole('button', { name: 'Assign' }));
    const municipality = within(form).getByRole('combobox', { name: /Municipality/ });
    expect(await within(form).findByText('Please choose an option.')).toBeInTheDocument();
    expect(municipality).toHaveFocus();
    expect(municipality).toHaveAccessibleDescription('Please choose an option.');

    await user.selectOptions(municipality, 'Musterstadt');
    await user.type(within(form).getByRole('textbox', { name: /username/ }), 'anna berater');
    await user.type(
      within(form).getByRole('textbox', { name: /name \*|Advisor's name/ }),
      'Anna Berater',
    );
    await user.type(within(form).getByLabelText(/From/), '2026-01-01');
    await user.click(within(form).getByRole('button', { name: 'Assign' }));
    expect(await within(form).findByText('This value is not valid.')).toBeInTheDocument();

    const username = within(form).getByRole('textbox', { name: /username/ });
    await user.clear(username);
    await user.type(username, 'anna.berater');
    await user.click(within(form).getByRole('button', { name: 'Assign' }));

    expect(await screen.findByText('Anna Berater now advises Musterstadt.')).toBeInTheDocument();
    expect(api.calls('POST', `/api/v1/networks/${networkId}/advisor-assignments`)[0]?.body).toEqual(
      {
        municipalityId: musterstadt.id,
        advisorOrganizationId: coordinatorOrganization.id,
        advisorUsername: 'anna.berater',
        advisorName: 'Anna Berater',
        startsOn: '2026-01-01',
      },
    );
    const table = await screen.findByRole('table', { name: 'Advisors by member municipality' });
    expect(
      within(table).getByRole('link', { name: 'Check-in log of Musterstadt' }),
    ).toHaveAttribute('href', `/networks/${networkId}/advisors/${makeAssignment().id}`);
  });

  it('showsMembersTheirAdvisorWithoutTheAssignFormAndHidesItFromInvitees', async () => {
    stubApi({
      'GET /api/v1/me': () => json(meWith([{ organization: musterstadt, role: 'ADMIN' }])),
      'GET /api/v1/networks/:id': () => json(makeNetwork()),
      'GET /api/v1/networks/:id/members': () => json({ items: [coordinatorMember, makeMember()] }),
      'GET /api/v1/networks/:id/events': () => json({ items: [] }),
      'GET /api/v1/networks/:id/advisor-assignments': () => json({ items: [makeAssignment()] }),
    });
    renderRoutes(routes, { initialEntry: `/networks/${networkId}` });
    const table = await screen.findByRole('table', { name: 'Advisors by member municipality' });
    expect(within(table).getByText('Anna Berater (Netzwerk Kreislaufstädte)')).toBeInTheDocument();
    expect(within(table).queryByRole('button')).toBeNull();
    expect(screen.queryByRole('form', { name: 'Assign an advisor' })).toBeNull();
  });

  it('staysHiddenWhenTheNetworksContentIsNotVisible', async () => {
    stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/networks/:id': () => json(makeNetwork()),
      'GET /api/v1/networks/:id/members': () => json({ items: [coordinatorMember] }),
      'GET /api/v1/networks/:id/events': () => json({ items: [] }),
      'GET /api/v1/networks/:id/advisor-assignments': () =>
        problem(404, { title: 'Not found', detail: 'Network does not exist.' }),
    });
    renderRoutes(routes, { initialEntry: `/networks/${networkId}` });
    expect(await screen.findByRole('heading', { name: 'Members' })).toBeInTheDocument();
    await waitFor(() => {
      expect(screen.queryByRole('heading', { name: 'Advisors' })).toBeNull();
    });
  });
});
