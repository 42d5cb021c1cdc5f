import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, problem, stubApi } from '@/testing/fetch-stub';
import { eksempelby, meWith, musterstadt } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import {
  coordinatorMember,
  coordinatorOrganization,
  eksempelbyInvitation,
  makeEvent,
  makeMember,
  makeNetwork,
  networkId,
} from '../testing/fixtures';

import { NetworkDetailRoute } from './network-detail-route';

const routes = [{ path: '/networks/:networkId', element: <NetworkDetailRoute /> }];
const coordinator = { ...coordinatorOrganization, officialCode: undefined, population: undefined };

describe('NetworkDetailRoute', () => {
  it('showsTheProgrammeMembersAndScheduleAndLetsTheCoordinatorInvite', async () => {
    let members = [coordinatorMember, makeMember()];
    const api = stubApi({
      'GET /api/v1/me': () => json(meWith([{ organization: coordinator, role: 'ADMIN' }])),
      'GET /api/v1/networks/:id': () => json(makeNetwork()),
      'GET /api/v1/networks/:id/members': () => json({ items: members }),
      'GET /api/v1/networks/:id/events': () => json({ items: [makeEvent()] }),
      'GET /api/v1/organizations': () => json([musterstadt, eksempelby, coordinator]),
      'POST /api/v1/networks/:id/members': () => {
        members = [...members, eksempelbyInvitation];
        return json(eksempelbyInvitation, { status: 201 });
      },
    });
    const { user } = renderRoutes(routes, { initialEntry: `/networks/${networkId}` });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Städtekonsortium Kreislaufstadt' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Bundesministerium für Umwelt – Kommunale Kreislaufwirtschaft'),
    ).toBeInTheDocument();
    expect(screen.getByText('€1,250,000')).toBeInTheDocument();

    const table = await screen.findByRole('table', { name: 'Members with their roles' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Netzwerk Kreislaufstädte');
    expect(rows[1]).toHaveTextContent('Coordinator');
    expect(rows[2]).toHaveTextContent('Musterstadt');
    expect(rows[2]).toHaveTextContent('Member municipality');
    expect(within(rows[1]!).queryByRole('button')).toBeNull();
    expect(within(table).getByRole('button', { name: 'Remove: Musterstadt' })).toBeInTheDocument();
    // Only the member's own admin decides on sharing its figures, not the coordinator.
    expect(screen.queryByRole('heading', { name: 'Share figures with this network' })).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();

    const schedule = await screen.findByRole('table', { name: 'Events by start' });
    expect(
      within(schedule).getByRole('link', { name: 'Virtueller Statustermin März' }),
    ).toHaveAttribute('href', `/networks/${networkId}/events/${makeEvent().id}`);
    expect(screen.getByRole('link', { name: 'Plan an event' })).toBeInTheDocument();

    // Organisations with an open membership cannot be invited again.
    const organization = await screen.findByRole('combobox', { name: /Organisation/ });
    expect(within(organization).queryByRole('option', { name: 'Musterstadt' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Send invitation' }));
    expect(await screen.findByText('Please fill in this field.')).toBeInTheDocument();
    expect(organization).toHaveFocus();

    await user.selectOptions(organization, 'Eksempelby Kommune');
    await user.selectOptions(screen.getByRole('combobox', { name: /Role/ }), 'Research partner');
    await user.type(screen.getByRole('textbox', { name: 'Message to the organisation' }), 'Hej');
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));

    expect(
      await screen.findByText('Eksempelby Kommune is invited. Its admin decides.'),
    ).toBeInTheDocument();
    expect(api.calls('POST', `/api/v1/networks/${networkId}/members`)[0]?.body).toEqual({
      organizationId: eksempelby.id,
      role: 'RESEARCH_PARTNER',
      note: 'Hej',
    });
    expect(await within(table).findByText('Invited')).toBeInTheDocument();
  });

  it('letsAMembersAdminLeaveAndTellsInviteesThatEventsAreForMembers', async () => {
    const api = stubApi({
      'GET /api/v1/me': () =>
        json(
          meWith([
            { organization: musterstadt, role: 'ADMIN' },
            { organization: eksempelby, role: 'VIEWER' },
          ]),
        ),
      'GET /api/v1/networks/:id': () => json(makeNetwork()),
      'GET /api/v1/networks/:id/members': () =>
        json({ items: [coordinatorMember, makeMember(), eksempelbyInvitation] }),
      'GET /api/v1/networks/:id/events': () =>
        problem(404, { title: 'Not found', detail: 'Network event does not exist.' }),
      'POST /api/v1/networks/:id/members/:memberId/leave': () =>
        json(makeMember({ status: 'LEFT', leftOn: '2026-03-01' })),
    });
    const { user } = renderRoutes(routes, { initialEntry: `/networks/${networkId}` });

    expect(
      await screen.findByText(
        "The events are visible to the network's members once the membership is accepted.",
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Invite an organisation' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Accept: Eksempelby/ })).toBeNull();

    await user.click(await screen.findByRole('button', { name: 'Leave: Musterstadt' }));
    expect(await screen.findByText('Musterstadt has left the network.')).toBeInTheDocument();
    expect(
      api.calls('POST', `/api/v1/networks/${networkId}/members/${makeMember().id}/leave`),
    ).toHaveLength(1);
  });

  it('letsTheMembersAdminShareFiguresAndWithdraw', async () => {
    let member = makeMember();
    const api = stubApi({
      'GET /api/v1/me': () => json(meWith([{ organization: musterstadt, role: 'ADMIN' }])),
      'GET /api/v1/networks/:id': () => json(makeNetwork()),
      'GET /api/v1/networks/:id/members': () => json({ items: [coordinatorMember, member] }),
      'GET /api/v1/networks/:id/events': () => json({ items: [] }),
      'PUT /api/v1/networks/:id/members/:memberId/aggregate-consent': ({ body }) => {
        const { sharesAggregates } = body as { sharesAggregates: boolean };
        member = makeMember({
          sharesAggregates,
          aggregatesDecidedAt: '2026-03-02T09:30:00Z',
          aggregatesDecidedBy: 'musterstadt-admin',
          version: member.version + 1,
        });
        return json(member);
      },
    });
    const { user } = renderRoutes(routes, { initialEntry: `/networks/${networkId}` });

    expect(
      await screen.findByRole('heading', { name: 'Share figures with this network' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/No title, content or other detail of a private record/),
    ).toBeInTheDocument();
    const toggle = screen.getByRole('checkbox', {
      name: 'Share aggregate figures of all records of Musterstadt with this network',
    });
    expect(toggle).not.toBeChecked();
    expect(toggle).toHaveAccessibleDescription(
      'Musterstadt shares only the records visible to networks. Not decided yet.',
    );

    await user.click(toggle);
    expect(
      await screen.findByText('Musterstadt now shares aggregate figures with this network.'),
    ).toBeInTheDocument();
    const [consent] = api.calls(
      'PUT',
      `/api/v1/networks/${networkId}/members/${makeMember().id}/aggregate-consent`,
    );
    expect(consent?.body).toEqual({ sharesAggregates: true });
    expect(consent?.headers.get('If-Match')).toBe('"1"');
    await waitFor(() => {
      expect(toggle).toBeChecked();
    });
    expect(toggle).toHaveAccessibleDescription(
      /^Musterstadt shares aggregate figures with this network\. Consented on .+ by musterstadt-admin\.$/,
    );

    await user.click(toggle);
    expect(
      await screen.findByText('Musterstadt no longer shares aggregate figures with this network.'),
    ).toBeInTheDocument();
    const withdrawal = api.calls(
      'PUT',
      `/api/v1/networks/${networkId}/members/${makeMember().id}/aggregate-consent`,
    )[1];
    expect(withdrawal?.body).toEqual({ sharesAggregates: false });
    expect(withdrawal?.headers.get('If-Match')).toBe('"2"');
    await waitFor(() => {
      expect(toggle).not.toBeChecked();
    });
  });

  it('showsNoConsentToAMembersViewer', async () => {
    stubApi({
      'GET /api/v1/me': () => json(meWith([{ organization: musterstadt, role: 'VIEWER' }])),
      'GET /api/v1/networks/:id': () => json(makeNetwork()),
      'GET /api/v1/networks/:id/members': () => json({ items: [coordinatorMember, makeMember()] }),
      'GET /api/v1/networks/:id/events': () => json({ items: [] }),
    });
    renderRoutes(routes, { initialEntry: `/networks/${networkId}` });

    await screen.findByRole('table', { name: 'Members with their roles' });
    expect(screen.queryByRole('heading', { name: 'Share figures with this network' })).toBeNull();
  });

  it('showsTheProblemWhenTheNetworkIsNotVisible', async () => {
    stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/networks/:id': () =>
        problem(404, {
          title: 'Not found',
          detail: 'Network does not exist or is not visible to you.',
        }),
    });
    renderRoutes(routes, { initialEntry: `/networks/${networkId}` });
    expect(
      await screen.findByText('Network does not exist or is not visible to you.'),
    ).toBeInTheDocument();
  });
});
