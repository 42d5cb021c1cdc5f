import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, stubApi } from '@/testing/fetch-stub';
import { eksempelby, meWith } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import { eksempelbyInvitation, makeNetwork, networkId } from '../testing/fixtures';

import { NetworksListRoute } from './networks-list-route';

const routes = [{ path: '/networks', element: <NetworksListRoute /> }];

describe('NetworksListRoute', () => {
  it('listsMyNetworksAndLetsTheInvitedAdminAcceptAnInvitation', async () => {
    let invitations = [eksempelbyInvitation];
    const api = stubApi({
      'GET /api/v1/me': () => json(meWith([{ organization: eksempelby, role: 'ADMIN' }])),
      'GET /api/v1/networks': () => json({ items: [makeNetwork()] }),
      'GET /api/v1/network-invitations': () => json({ items: invitations }),
      'POST /api/v1/networks/:id/members/:memberId/accept': () => {
        invitations = [];
        return json({ ...eksempelbyInvitation, status: 'ACCEPTED', joinedOn: '2026-03-01' });
      },
    });
    const { user } = renderRoutes(routes, { initialEntry: '/networks' });

    const table = await screen.findByRole('table', { name: 'My networks by name' });
    const row = within(table).getAllByRole('row')[1];
    expect(row).toHaveTextContent('Städtekonsortium Kreislaufstadt');
    expect(row).toHaveTextContent('City consortium');
    expect(row).toHaveTextContent('Netzwerk Kreislaufstädte');
    expect(row).toHaveTextContent('Active');
    expect(
      within(table).getByRole('link', { name: 'Städtekonsortium Kreislaufstadt' }),
    ).toHaveAttribute('href', `/networks/${networkId}`);

    const waiting = screen.getByRole('region', { name: 'Awaiting your decision' });
    expect(
      await within(waiting).findByText(/Eksempelby Kommune is invited as Member municipality to/),
    ).toBeInTheDocument();
    expect(within(waiting).getByText('Velkommen!')).toBeInTheDocument();

    await user.click(
      within(waiting).getByRole('button', {
        name: 'Accept for Eksempelby Kommune: Städtekonsortium Kreislaufstadt',
      }),
    );

    expect(
      await screen.findByText('Accepted: Städtekonsortium Kreislaufstadt.'),
    ).toBeInTheDocument();
    expect(
      api.calls('POST', `/api/v1/networks/${networkId}/members/${eksempelbyInvitation.id}/accept`),
    ).toHaveLength(1);
    expect(
      await within(waiting).findByText('No invitations or requests are waiting for you.'),
    ).toBeInTheDocument();
  });

  it('declinesAnInvitationAndShowsTheEmptyList', async () => {
    const api = stubApi({
      'GET /api/v1/me': () => json(meWith([{ organization: eksempelby, role: 'ADMIN' }])),
      'GET /api/v1/networks': () => json({ items: [] }),
      'GET /api/v1/network-invitations': () => json({ items: [eksempelbyInvitation] }),
      'POST /api/v1/networks/:id/members/:memberId/decline': () =>
        json({ ...eksempelbyInvitation, status: 'DECLINED' }),
    });
    const { user } = renderRoutes(routes, { initialEntry: '/networks' });

    expect(
      await screen.findByText('Your organisation takes part in no network yet.'),
    ).toBeInTheDocument();
    await user.click(
      await screen.findByRole('button', {
        name: 'Decline for Eksempelby Kommune: Städtekonsortium Kreislaufstadt',
      }),
    );
    expect(
      await screen.findByText('Declined: Städtekonsortium Kreislaufstadt.'),
    ).toBeInTheDocument();
    expect(
      api.calls('POST', `/api/v1/networks/${networkId}/members/${eksempelbyInvitation.id}/decline`),
    ).toHaveLength(1);
  });
});
