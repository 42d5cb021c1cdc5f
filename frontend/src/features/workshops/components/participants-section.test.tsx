import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { registerKeys } from '@/lib/registers/registers';
import { json, problem, stubApi } from '@/testing/fetch-stub';
import { makeStakeholder, musterstadt } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import { workshopKeys } from '../api/query-keys';
import type { WorkshopParticipant } from '../api/types';
import {
  makeParticipant,
  makeWorkshop,
  participantList,
  seatsInTests,
  workshopId,
} from '../testing/fixtures';

import { ParticipantsSection } from './participants-section';

const participantsPath = `/api/v1/workshops/${workshopId}/participants`;

function renderSection(canWrite = true) {
  return renderRoutes([
    {
      path: '/',
      element: (
        <ParticipantsSection
          workshop={makeWorkshop({ capacity: seatsInTests })}
          canWrite={canWrite}
        />
      ),
    },
  ]);
}

/** A full workshop (2 seats): two registered, two waiting in the order they joined. */
function fullWorkshop() {
  return [
    makeParticipant('Handwerkskammer Musterstadt', 'CHAMBER', { version: 2 }),
    makeParticipant('Stadtwerke Musterstadt', 'UTILITY'),
    makeParticipant('Repair Café Süd', 'CIVIL_SOCIETY', {
      status: 'WAITLIST',
      waitlistedAt: '2026-01-07T10:00:00Z',
    }),
    makeParticipant('Baustoff Recycling GmbH', 'BUSINESS', {
      status: 'WAITLIST',
      waitlistedAt: '2026-01-06T10:00:00Z',
    }),
  ];
}

describe('ParticipantsSection', () => {
  it('showsSeatsWaitlistPositionsAndTheSectorBalance', async () => {
    stubApi({
      'GET /api/v1/workshops/:id/participants': () => json(participantList(fullWorkshop())),
    });
    const { user } = renderSection(false);

    expect(
      await screen.findByText('2 of 2 seats taken, 0 free. 2 on the waitlist.'),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Participants by status' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'Handwerkskammer MusterstadtChamberRegistered',
      'Stadtwerke MusterstadtUtilityRegistered',
      'Baustoff Recycling GmbHBusinessWaitlist1',
      'Repair Café SüdCivil societyWaitlist2',
    ]);
    const seats = screen.getByRole('table', { name: 'Seats taken by sector' });
    expect(within(seats).getByRole('row', { name: 'Chamber 1' })).toBeInTheDocument();
    expect(within(seats).getByRole('row', { name: 'Business 0' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Attendance by sector' })).toBeInTheDocument();

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Show participants' }),
      'Waitlist (2)',
    );
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).queryByText('Stadtwerke Musterstadt')).not.toBeInTheDocument();
  });

  it('registersAStakeholderFromTheRegisterOnTheWaitlistWhenTheWorkshopIsFull', async () => {
    let items: WorkshopParticipant[] = fullWorkshop().slice(0, 2);
    const registered = makeStakeholder({ id: items[0]?.stakeholder.id ?? '' });
    const newcomer = makeStakeholder({
      id: 'c0000000-0000-4000-8000-0000000000ff',
      name: 'Handwerk Hilft e.V.',
      sector: 'ASSOCIATION',
    });
    const api = stubApi({
      'GET /api/v1/workshops/:id/participants': () => json(participantList(items)),
      'GET /api/v1/stakeholders': () => json({ items: [registered, newcomer] }),
      'POST /api/v1/workshops/:id/participants': () => {
        const added = makeParticipant('Handwerk Hilft e.V.', 'ASSOCIATION', {
          status: 'WAITLIST',
          waitlistedAt: '2026-01-08T10:00:00Z',
        });
        items = [...items, added];
        return json(added, { status: 201 });
      },
    });
    const { user } = renderSection();

    await user.type(
      await screen.findByRole('searchbox', { name: 'Search the stakeholder register' }),
      'Handwerk',
    );

    expect(await screen.findByText('1 stakeholder found.')).toBeInTheDocument();
    expect(
      screen.getByText('The workshop is full: new registrations go to the waitlist.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add Handwerkskammer Musterstadt' })).toBeNull();
    const search = api.calls('GET', '/api/v1/stakeholders').at(-1);
    expect(search?.url.searchParams.get('q')).toBe('Handwerk');
    expect(search?.url.searchParams.get('organizationId')).toBe(musterstadt.id);

    await user.click(screen.getByRole('button', { name: 'Add Handwerk Hilft e.V.' }));

    expect(
      await screen.findByText('Every seat is taken: Handwerk Hilft e.V. is on the waitlist.'),
    ).toBeInTheDocument();
    expect(api.calls('POST', participantsPath)[0]?.body).toEqual({
      stakeholderId: newcomer.id,
      status: 'REGISTERED',
    });
    expect(
      await screen.findByText('2 of 2 seats taken, 0 free. 1 on the waitlist.'),
    ).toBeInTheDocument();
  });

  it('addsANewStakeholderOnTheSpotAndAsksForItsSector', async () => {
    const api = stubApi({
      'GET /api/v1/workshops/:id/participants': () => json(participantList([])),
      'POST /api/v1/workshops/:id/participants': () =>
        json(makeParticipant('Unverpackt-Laden', 'BUSINESS', { status: 'INVITED' }), {
          status: 201,
        }),
    });
    const { user, queryClient } = renderSection();
    const stakeholderList = ['stakeholders', 'list', {}];
    const options = registerKeys.stakeholders(musterstadt.id);
    const search = workshopKeys.stakeholderSearch(musterstadt.id, 'Unver');
    for (const key of [stakeholderList, options, search]) {
      queryClient.setQueryData(key, { items: [] });
    }

    await user.click(await screen.findByRole('radio', { name: 'New stakeholder' }));
    await user.click(screen.getByRole('radio', { name: 'Invited' }));
    await user.type(
      screen.getByRole('textbox', { name: /Name of the organisation/ }),
      ' Unverpackt-Laden ',
    );
    await user.click(screen.getByRole('button', { name: 'Add to the register and the workshop' }));

    const sector = screen.getByRole('combobox', { name: /Sector/ });
    expect(sector).toHaveAccessibleDescription('Choose the sector of the organisation.');
    expect(api.calls('POST', participantsPath)).toHaveLength(0);

    await user.selectOptions(sector, 'Business');
    await user.click(screen.getByRole('button', { name: 'Add to the register and the workshop' }));

    expect(await screen.findByText('Unverpackt-Laden added: Invited.')).toBeInTheDocument();
    expect(api.calls('POST', participantsPath)[0]?.body).toEqual({
      newStakeholder: { name: 'Unverpackt-Laden', sector: 'BUSINESS' },
      status: 'INVITED',
    });
    expect(screen.getByRole('textbox', { name: /Name of the organisation/ })).toHaveValue('');
    // The register now holds the new stakeholder: its lists and pickers load afresh.
    for (const key of [stakeholderList, options, search]) {
      expect(queryClient.getQueryState(key)?.isInvalidated).toBe(true);
    }
  });

  it('cancellingARegistrationNamesWhoMovedUpFromTheWaitlist', async () => {
    let items = fullWorkshop();
    const api = stubApi({
      'GET /api/v1/workshops/:id/participants': () => json(participantList(items)),
      'PUT /api/v1/workshops/:id/participants/:participantId': ({ params, body }) => {
        // The API frees the seat and gives it to the longest-waiting participant.
        items = items.map((item) =>
          item.id === params.participantId
            ? { ...item, status: 'CANCELLED', version: item.version + 1 }
            : item.stakeholder.name === 'Baustoff Recycling GmbH'
              ? { ...item, status: 'REGISTERED', waitlistedAt: undefined, version: 2 }
              : item,
        );
        expect(body).toEqual({ status: 'CANCELLED' });
        return json(items.find((item) => item.id === params.participantId));
      },
    });
    const { user } = renderSection();

    await user.click(
      await screen.findByRole('button', {
        name: 'Cancel the registration of Handwerkskammer Musterstadt',
      }),
    );

    const message = await screen.findByText(
      'Handwerkskammer Musterstadt: Cancelled. Baustoff Recycling GmbH moved up from the waitlist.',
    );
    expect(message).toHaveAttribute('role', 'status');
    // The focus goes to the heading, not into the live region, which announces the news once.
    await waitFor(() => {
      expect(screen.getByRole('heading', { name: 'Participants' })).toHaveFocus();
    });
    const [put] = api.calls('PUT', `${participantsPath}/${items[0]?.id ?? ''}`);
    expect(put?.headers.get('If-Match')).toBe('"2"');
    // The summary is plain text: a refetch does not announce it again.
    expect(screen.getByText('2 of 2 seats taken, 0 free. 1 on the waitlist.')).not.toHaveAttribute(
      'role',
    );
  });

  it('removesAParticipantAfterConfirmationAndNamesWhoMovedUp', async () => {
    let items = fullWorkshop();
    const api = stubApi({
      'GET /api/v1/workshops/:id/participants': () => json(participantList(items)),
      'DELETE /api/v1/workshops/:id/participants/:participantId': ({ params }) => {
        items = items
          .filter((item) => item.id !== params.participantId)
          .map((item) =>
            item.stakeholder.name === 'Baustoff Recycling GmbH'
              ? { ...item, status: 'REGISTERED', waitlistedAt: undefined, version: 2 }
              : item,
          );
        return new Response(null, { status: 204 });
      },
    });
    const { user } = renderSection();
    await screen.findByRole('row', { name: /Handwerkskammer Musterstadt/ });

    await user.click(
      await screen.findByRole('button', { name: 'Remove Handwerkskammer Musterstadt' }),
    );
    // Nothing happens before the confirmation.
    expect(api.calls('DELETE', `${participantsPath}/${items[0]?.id ?? ''}`)).toHaveLength(0);
    const removedId = items[0]?.id ?? '';
    await user.click(screen.getByRole('button', { name: 'Remove' }));

    expect(
      await screen.findByText(
        'Handwerkskammer Musterstadt was removed. Baustoff Recycling GmbH moved up from the waitlist.',
      ),
    ).toBeInTheDocument();
    const [deleted] = api.calls('DELETE', `${participantsPath}/${removedId}`);
    expect(deleted?.headers.get('If-Match')).toBe('"2"');
    expect(
      screen.queryByRole('row', { name: /Handwerkskammer Musterstadt/ }),
    ).not.toBeInTheDocument();
  });

  it('marksAttendanceWithIfMatchAndOffersToReloadAfterAConflict', async () => {
    const items = fullWorkshop();
    let conflict = false;
    const api = stubApi({
      'GET /api/v1/workshops/:id/participants': () => json(participantList(items)),
      'PUT /api/v1/workshops/:id/participants/:participantId': ({ params }) =>
        conflict
          ? problem(412, { title: 'Precondition Failed', detail: 'Stale version' })
          : json({
              ...items.find((item) => item.id === params.participantId),
              status: 'ATTENDED',
            }),
    });
    const { user } = renderSection();

    await user.click(
      await screen.findByRole('button', { name: 'Mark Stadtwerke Musterstadt as attended' }),
    );

    expect(await screen.findByText('Stadtwerke Musterstadt: Attended.')).toBeInTheDocument();
    const [put] = api.calls('PUT', `${participantsPath}/${items[1]?.id ?? ''}`);
    expect(put?.headers.get('If-Match')).toBe('"1"');
    expect(put?.body).toEqual({ status: 'ATTENDED' });

    conflict = true;
    await user.click(
      screen.getByRole('button', { name: 'Mark Stadtwerke Musterstadt as no-show' }),
    );

    expect(await screen.findByText('The participant has changed meanwhile')).toBeInTheDocument();
  });

  it('showsReadersNoWriteControls', async () => {
    stubApi({
      'GET /api/v1/workshops/:id/participants': () => json(participantList(fullWorkshop())),
    });
    renderSection(false);

    expect(
      await screen.findByRole('table', { name: 'Participants by status' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Actions' })).not.toBeInTheDocument();
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
