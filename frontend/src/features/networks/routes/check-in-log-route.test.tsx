import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, noContent, problem, stubApi } from '@/testing/fetch-stub';
import { meWith, musterstadt } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import {
  assignmentId,
  coordinatorOrganization,
  makeAssignment,
  makeCheckIn,
  makeNetwork,
  networkId,
} from '../testing/fixtures';

import { CheckInLogRoute } from './check-in-log-route';

const routes = [
  { path: '/networks/:networkId/advisors/:assignmentId', element: <CheckInLogRoute /> },
];
const path = `/networks/${networkId}/advisors/${assignmentId}`;
const coordinator = { ...coordinatorOrganization, officialCode: undefined, population: undefined };
const advisor = {
  ...meWith([{ organization: coordinator, role: 'VIEWER' }]),
  username: 'anna.berater',
};

describe('CheckInLogRoute', () => {
  it('showsTheLogAndLetsTheAdvisorRecordACheckIn', async () => {
    let checkIns = [makeCheckIn()];
    const api = stubApi({
      'GET /api/v1/me': () => json(advisor),
      'GET /api/v1/networks/:id': () => json(makeNetwork()),
      'GET /api/v1/networks/:id/advisor-assignments/:assignmentId': () => json(makeAssignment()),
      'GET /api/v1/networks/:id/advisor-assignments/:assignmentId/check-ins': () =>
        json({ items: checkIns }),
      'POST /api/v1/networks/:id/advisor-assignments/:assignmentId/check-ins': ({ body }) => {
        const created = makeCheckIn({ id: 'c2', ...(body as object) });
        checkIns = [created, ...checkIns];
        return json(created, { status: 201 });
      },
    });
    const { user } = renderRoutes(routes, { initialEntry: path });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Check-in log: Musterstadt' }),
    ).toBeInTheDocument();
    const log = screen.getByRole('region', { name: 'Check-ins' });
    expect(within(log).getByRole('heading', { name: /Video call/ })).toBeInTheDocument();
    expect(within(log).getByText('Entwurf bis April')).toBeInTheDocument();

    const form = screen.getByRole('form', { name: 'Record a check-in' });
    await user.click(within(form).getByRole('button', { name: 'Save check-in' }));
    const date = within(form).getByLabelText(/^Date/);
    expect(await within(form).findByText('Please enter a valid date.')).toBeInTheDocument();
    expect(date).toHaveFocus();

    await user.type(date, '2026-04-02');
    await user.selectOptions(within(form).getByRole('combobox', { name: /Format/ }), 'Phone');
    await user.type(within(form).getByRole('textbox', { name: /Topics/ }), 'Vergabe');
    await user.type(within(form).getByLabelText(/Follow-up on/), '2026-04-01');
    await user.click(within(form).getByRole('button', { name: 'Save check-in' }));
    expect(
      await within(form).findByText('The end must not be before the start.'),
    ).toBeInTheDocument();

    const followUp = within(form).getByLabelText(/Follow-up on/);
    await user.clear(followUp);
    await user.type(followUp, '2026-05-01');
    await user.click(within(form).getByRole('button', { name: 'Save check-in' }));

    expect(await screen.findByText('The check-in was saved.')).toBeInTheDocument();
    expect(
      api.calls(
        'POST',
        `/api/v1/networks/${networkId}/advisor-assignments/${assignmentId}/check-ins`,
      )[0]?.body,
    ).toEqual({
      heldOn: '2026-04-02',
      format: 'PHONE',
      topics: 'Vergabe',
      followUpOn: '2026-05-01',
    });
    expect(await within(log).findByRole('heading', { name: /Phone/ })).toBeInTheDocument();
  });

  it('letsTheAdvisorChangeACheckInInPlaceWithItsVersion', async () => {
    let checkIns = [makeCheckIn({ version: 3 })];
    const api = stubApi({
      'GET /api/v1/me': () => json(advisor),
      'GET /api/v1/networks/:id': () => json(makeNetwork()),
      'GET /api/v1/networks/:id/advisor-assignments/:assignmentId': () => json(makeAssignment()),
      'GET /api/v1/networks/:id/advisor-assignments/:assignmentId/check-ins': () =>
        json({ items: checkIns }),
      'PUT /api/v1/networks/:id/advisor-assignments/:assignmentId/check-ins/:checkInId': ({
        body,
      }) => {
        const saved = makeCheckIn({ ...(body as object), version: 4 });
        checkIns = [saved];
        return json(saved);
      },
    });
    const { user } = renderRoutes(routes, { initialEntry: path });

    const log = await screen.findByRole('region', { name: 'Check-ins' });
    const edit = within(log).getByRole('button', { name: /^Edit: .*Video call/ });
    await user.click(edit);
    const form = within(log).getByRole('form', { name: /Change the check-in of/ });
    expect(within(form).getByRole('heading', { name: /Change the check-in of/ })).toHaveFocus();
    const topics = within(form).getByRole('textbox', { name: /Topics/ });
    expect(topics).toHaveValue('Bauteilkataster');
    await user.clear(topics);
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await within(form).findByText('Please fill in this field.')).toBeInTheDocument();
    expect(topics).toHaveFocus();

    await user.type(topics, 'Bauteilkataster und Vergabe');
    await user.selectOptions(within(form).getByRole('combobox', { name: /Format/ }), 'On site');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));

    expect(await within(log).findByRole('heading', { name: /On site/ })).toBeInTheDocument();
    const [put] = api.calls(
      'PUT',
      `/api/v1/networks/${networkId}/advisor-assignments/${assignmentId}/check-ins/${makeCheckIn().id}`,
    );
    expect(put?.headers.get('If-Match')).toBe('"3"');
    expect(put?.body).toEqual({
      heldOn: '2026-03-12',
      format: 'ON_SITE',
      topics: 'Bauteilkataster und Vergabe',
      agreements: 'Entwurf bis April',
      followUpOn: '2026-04-30',
    });
    expect(screen.getByText(/The check-in of .* was changed\./)).toBeInTheDocument();
    expect(within(log).getByRole('button', { name: /^Edit: .*On site/ })).toHaveFocus();
  });

  it('showsAConflictWhenTheCheckInChangedMeanwhileAndReloadsTheLog', async () => {
    let checkIns = [makeCheckIn()];
    const api = stubApi({
      'GET /api/v1/me': () => json(advisor),
      'GET /api/v1/networks/:id': () => json(makeNetwork()),
      'GET /api/v1/networks/:id/advisor-assignments/:assignmentId': () => json(makeAssignment()),
      'GET /api/v1/networks/:id/advisor-assignments/:assignmentId/check-ins': () =>
        json({ items: checkIns }),
      'PUT /api/v1/networks/:id/advisor-assignments/:assignmentId/check-ins/:checkInId': () => {
        checkIns = [makeCheckIn({ topics: 'Von jemand anderem geändert', version: 1 })];
        return problem(412, { title: 'Precondition Failed', detail: 'Version mismatch.' });
      },
    });
    const { user } = renderRoutes(routes, { initialEntry: path });

    const log = await screen.findByRole('region', { name: 'Check-ins' });
    await user.click(within(log).getByRole('button', { name: /^Edit: / }));
    const form = within(log).getByRole('form', { name: /Change the check-in of/ });
    await user.type(within(form).getByRole('textbox', { name: /Topics/ }), ' und mehr');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));

    expect(await within(form).findByText('Someone else changed this check-in')).toBeInTheDocument();
    expect(api.requests.filter((request) => request.method === 'PUT')).toHaveLength(1);
    await user.click(within(form).getByRole('button', { name: 'Load latest version' }));
    expect(await within(log).findByText('Von jemand anderem geändert')).toBeInTheDocument();
    expect(within(log).queryByRole('form')).toBeNull();
  });

  it('deletesACheckInAfterConfirmingAndKeepsTheKeyboardInTheLog', async () => {
    let checkIns = [makeCheckIn({ version: 2 })];
    const api = stubApi({
      'GET /api/v1/me': () => json(advisor),
      'GET /api/v1/networks/:id': () => json(makeNetwork()),
      'GET /api/v1/networks/:id/advisor-assignments/:assignmentId': () => json(makeAssignment()),
      'GET /api/v1/networks/:id/advisor-assignments/:assignmentId/check-ins': () =>
        json({ items: checkIns }),
      'DELETE /api/v1/networks/:id/advisor-assignments/:assignmentId/check-ins/:checkInId': () => {
        checkIns = [];
        return noContent();
      },
    });
    const { user } = renderRoutes(routes, { initialEntry: path });

    const log = await screen.findByRole('region', { name: 'Check-ins' });
    await user.click(within(log).getByRole('button', { name: /^Delete: / }));
    const confirm = within(log).getByRole('group', { name: 'Delete this check-in?' });
    await user.click(within(confirm).getByRole('button', { name: 'Delete check-in' }));

    expect(await within(log).findByText('No check-in recorded yet.')).toBeInTheDocument();
    const [deleted] = api.calls(
      'DELETE',
      `/api/v1/networks/${networkId}/advisor-assignments/${assignmentId}/check-ins/${makeCheckIn().id}`,
    );
    expect(deleted?.headers.get('If-Match')).toBe('"2"');
    expect(within(log).getByRole('heading', { name: 'Check-ins' })).toHaveFocus();
    expect(screen.getByText(/The check-in .* was deleted\./)).toBeInTheDocument();
  });

  it('letsTheMunicipalityReadWithoutWritingAndShowsTheServersRefusal', async () => {
    stubApi({
      'GET /api/v1/me': () => json(meWith([{ organization: musterstadt, role: 'EDITOR' }])),
      'GET /api/v1/networks/:id': () => json(makeNetwork()),
      'GET /api/v1/networks/:id/advisor-assignments/:assignmentId': () => json(makeAssignment()),
      'GET /api/v1/networks/:id/advisor-assignments/:assignmentId/check-ins': () =>
        json({ items: [] }),
    });
    renderRoutes(routes, { initialEntry: path });
    expect(await screen.findByText('No check-in recorded yet.')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Record a check-in' })).toBeNull();
  });

  it('offersNoEditOrDeleteToTheMunicipality', async () => {
    stubApi({
      'GET /api/v1/me': () => json(meWith([{ organization: musterstadt, role: 'EDITOR' }])),
      'GET /api/v1/networks/:id': () => json(makeNetwork()),
      'GET /api/v1/networks/:id/advisor-assignments/:assignmentId': () => json(makeAssignment()),
      'GET /api/v1/networks/:id/advisor-assignments/:assignmentId/check-ins': () =>
        json({ items: [makeCheckIn()] }),
    });
    renderRoutes(routes, { initialEntry: path });
    expect(await screen.findByText('Entwurf bis April')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Edit/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Delete/ })).toBeNull();
  });

  it('showsNotFoundForOthers', async () => {
    stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/networks/:id': () => json(makeNetwork()),
      'GET /api/v1/networks/:id/advisor-assignments/:assignmentId': () =>
        problem(404, {
          title: 'Not found',
          detail: 'Advisor assignment does not exist or is not visible to you.',
        }),
    });
    renderRoutes(routes, { initialEntry: path });
    expect(
      await screen.findByText('Advisor assignment does not exist or is not visible to you.'),
    ).toBeInTheDocument();
  });
});
