import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, problem, stubApi } from '@/testing/fetch-stub';
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
