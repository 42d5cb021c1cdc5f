import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, noContent, problem, stubApi } from '@/testing/fetch-stub';
import { meWith, musterstadt } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import type { CouncilDecision, FollowGroup } from '../api/anchoring';

import { AnchoringRoute } from './anchoring-route';

const routes = [{ path: '/anchoring', element: <AnchoringRoute /> }];

const audit = {
  version: 0,
  createdAt: '2026-03-12T10:00:00Z',
  createdBy: 'musterstadt-editor',
  updatedAt: '2026-03-12T10:00:00Z',
  updatedBy: 'musterstadt-editor',
};

const decision: CouncilDecision = {
  id: 'd1000000-0000-4000-8000-000000000001',
  organizationId: musterstadt.id,
  body: 'Rat der Stadt Musterstadt',
  decidedOn: '2026-03-12',
  reference: 'DS 0815/2026',
  subject: 'Kreislaufwirtschaftsstrategie',
  link: 'https://ratsinfo.example/0815',
  visibility: 'NETWORK',
  ...audit,
};

const group: FollowGroup = {
  id: 'f1000000-0000-4000-8000-000000000001',
  organizationId: musterstadt.id,
  name: 'Politische Begleitgruppe',
  visibility: 'PRIVATE',
  ...audit,
};

describe('AnchoringRoute', () => {
  it('listsDecisionsAndLetsAnEditorRecordOne', async () => {
    let decisions: CouncilDecision[] = [];
    const api = stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/council-decisions': () => json({ items: decisions }),
      'GET /api/v1/follow-groups': () => json({ items: [] }),
      'POST /api/v1/council-decisions': () => {
        decisions = [decision];
        return json(decision, { status: 201 });
      },
    });
    const { user } = renderRoutes(routes, { initialEntry: '/anchoring' });

    expect(await screen.findByText('No decision recorded yet.')).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Record a decision' });
    await user.click(within(form).getByRole('button', { name: 'Record decision' }));
    const body = within(form).getByRole('textbox', { name: /Decision-making body/ });
    expect(await within(form).findAllByText('Please fill in this field.')).toHaveLength(3);
    expect(body).toHaveFocus();

    await user.type(body, 'Rat der Stadt Musterstadt');
    await user.type(within(form).getByLabelText(/Decided on/), '2026-03-12');
    await user.type(within(form).getByRole('textbox', { name: /Reference/ }), 'DS 0815/2026');
    await user.type(
      within(form).getByRole('textbox', { name: /Subject/ }),
      'Kreislaufwirtschaftsstrategie',
    );
    await user.type(within(form).getByRole('textbox', { name: /Link/ }), 'ratsinfo');
    await user.click(within(form).getByRole('button', { name: 'Record decision' }));
    expect(
      await within(form).findByText(
        'Please enter a web address starting with http:// or https://.',
      ),
    ).toBeInTheDocument();

    const link = within(form).getByRole('textbox', { name: /Link/ });
    await user.clear(link);
    await user.type(link, 'https://ratsinfo.example/0815');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Visibility' }), 'Network');
    await user.click(within(form).getByRole('button', { name: 'Record decision' }));

    expect(await screen.findByText('Decision DS 0815/2026 was recorded.')).toBeInTheDocument();
    expect(api.calls('POST', '/api/v1/council-decisions')[0]?.body).toEqual({
      organizationId: musterstadt.id,
      body: 'Rat der Stadt Musterstadt',
      decidedOn: '2026-03-12',
      reference: 'DS 0815/2026',
      subject: 'Kreislaufwirtschaftsstrategie',
      link: 'https://ratsinfo.example/0815',
      visibility: 'NETWORK',
    });
    const table = await screen.findByRole('table', {
      name: 'Council and committee decisions, the latest first',
    });
    expect(within(table).getByRole('link', { name: 'DS 0815/2026' })).toHaveAttribute(
      'href',
      'https://ratsinfo.example/0815',
    );
  });

  it('showsTheFollowGroupsMeetingsAndRecordsANewOne', async () => {
    let meetings = [
      { id: 'm1', followGroupId: group.id, heldOn: '2026-02-01', topics: 'Auftakt', ...audit },
    ];
    const api = stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/council-decisions': () => json({ items: [] }),
      'GET /api/v1/follow-groups': () => json({ items: [group] }),
      'GET /api/v1/follow-groups/:id/meetings': () => json({ items: meetings }),
      'POST /api/v1/follow-groups/:id/meetings': ({ body }) => {
        const created = { id: 'm2', followGroupId: group.id, ...(body as object), ...audit };
        meetings = [created as (typeof meetings)[number], ...meetings];
        return json(created, { status: 201 });
      },
    });
    const { user } = renderRoutes(routes, { initialEntry: '/anchoring' });

    const list = await screen.findByRole('list', { name: 'Meetings of Politische Begleitgruppe' });
    expect(within(list).getByText(/Auftakt/)).toBeInTheDocument();
    const form = screen.getByRole('form', {
      name: 'Record a meeting of Politische Begleitgruppe',
    });
    await user.type(within(form).getByLabelText(/Date/), '2026-04-20');
    await user.type(within(form).getByRole('textbox', { name: /Topics/ }), 'Strategie');
    await user.click(within(form).getByRole('button', { name: 'Save meeting' }));
    expect(await within(form).findByText('The meeting was saved.')).toBeInTheDocument();
    expect(api.calls('POST', `/api/v1/follow-groups/${group.id}/meetings`)[0]?.body).toEqual({
      heldOn: '2026-04-20',
      topics: 'Strategie',
    });
    expect(await within(list).findByText(/Strategie/)).toBeInTheDocument();
  });

  it('letsViewersReadWithoutForms', async () => {
    stubApi({
      'GET /api/v1/me': () => json(meWith([{ organization: musterstadt, role: 'VIEWER' }])),
      'GET /api/v1/council-decisions': () => json({ items: [decision] }),
      'GET /api/v1/follow-groups': () =>
        problem(503, { title: 'Service unavailable', detail: 'The database is not reachable.' }),
    });
    renderRoutes(routes, { initialEntry: '/anchoring' });
    expect(
      await screen.findByRole('cell', { name: 'Kreislaufwirtschaftsstrategie' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('The database is not reachable.')).toBeInTheDocument();
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('linksANewDecisionToAStrategyAndAProjectOfTheOrganisation', async () => {
    const api = stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/council-decisions': () => json({ items: [] }),
      'GET /api/v1/follow-groups': () => json({ items: [] }),
      'GET /api/v1/strategies': () =>
        json({ items: [{ id: 'a1000000-0000-4000-8000-000000000001', title: 'Strategie 2030' }] }),
      'GET /api/v1/starter-projects': () =>
        json({ items: [{ id: 'b1000000-0000-4000-8000-000000000001', title: 'Bauteilbörse' }] }),
      'POST /api/v1/council-decisions': () => json(decision, { status: 201 }),
    });
    const { user } = renderRoutes(routes, { initialEntry: '/anchoring' });

    const form = await screen.findByRole('form', { name: 'Record a decision' });
    await user.type(
      within(form).getByRole('textbox', { name: /Decision-making body/ }),
      'Rat der Stadt Musterstadt',
    );
    await user.type(within(form).getByLabelText(/Decided on/), '2026-03-12');
    await user.type(within(form).getByRole('textbox', { name: /Reference/ }), 'DS 0815/2026');
    await user.type(within(form).getByRole('textbox', { name: /Subject/ }), 'Strategie');
    const strategy = within(form).getByRole('combobox', { name: 'Related strategy' });
    await within(strategy).findByRole('option', { name: 'Strategie 2030' });
    await user.selectOptions(strategy, 'Strategie 2030');
    const project = within(form).getByRole('combobox', { name: 'Related starter project' });
    await within(project).findByRole('option', { name: 'Bauteilbörse' });
    await user.selectOptions(project, 'Bauteilbörse');
    await user.click(within(form).getByRole('button', { name: 'Record decision' }));

    expect(await screen.findByText('Decision DS 0815/2026 was recorded.')).toBeInTheDocument();
    expect(api.calls('POST', '/api/v1/council-decisions')[0]?.body).toMatchObject({
      strategyId: 'a1000000-0000-4000-8000-000000000001',
      projectId: 'b1000000-0000-4000-8000-000000000001',
    });
    expect(api.calls('GET', '/api/v1/strategies')[0]?.url.searchParams.get('organizationId')).toBe(
      musterstadt.id,
    );
  });

  it('changesADecisionWithItsVersionAndKeepsItsLinks', async () => {
    let decisions = [
      {
        ...decision,
        version: 2,
        strategyId: 'a1000000-0000-4000-8000-000000000001',
        externalId: 'ris-0815',
      },
    ];
    const api = stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/council-decisions': () => json({ items: decisions }),
      'GET /api/v1/follow-groups': () => json({ items: [] }),
      'PUT /api/v1/council-decisions/:id': ({ body }) => {
        const saved = { ...decisions[0]!, ...(body as object), version: 3 };
        decisions = [saved];
        return json(saved);
      },
    });
    const { user } = renderRoutes(routes, { initialEntry: '/anchoring' });

    await user.click(await screen.findByRole('button', { name: 'Edit: DS 0815/2026' }));
    const form = screen.getByRole('form', { name: 'Change decision DS 0815/2026' });
    expect(
      within(form).getByRole('heading', { name: 'Change decision DS 0815/2026' }),
    ).toHaveFocus();
    expect(screen.queryByRole('form', { name: 'Record a decision' })).toBeNull();
    const subject = within(form).getByRole('textbox', { name: /Subject/ });
    await user.clear(subject);
    await user.type(subject, 'Strategie 2030');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('cell', { name: 'Strategie 2030' })).toBeInTheDocument();
    const [put] = api.calls('PUT', `/api/v1/council-decisions/${decision.id}`);
    expect(put?.headers.get('If-Match')).toBe('"2"');
    expect(put?.body).toEqual({
      organizationId: musterstadt.id,
      body: 'Rat der Stadt Musterstadt',
      decidedOn: '2026-03-12',
      reference: 'DS 0815/2026',
      subject: 'Strategie 2030',
      link: 'https://ratsinfo.example/0815',
      visibility: 'NETWORK',
      strategyId: 'a1000000-0000-4000-8000-000000000001',
      externalId: 'ris-0815',
    });
    expect(screen.getByText('Decision DS 0815/2026 was changed.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit: DS 0815/2026' })).toHaveFocus();
    expect(screen.getByRole('form', { name: 'Record a decision' })).toBeInTheDocument();
  });

  it('showsAConflictWhenTheDecisionChangedMeanwhile', async () => {
    let decisions = [decision];
    stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/council-decisions': () => json({ items: decisions }),
      'GET /api/v1/follow-groups': () => json({ items: [] }),
      'PUT /api/v1/council-decisions/:id': () => {
        decisions = [{ ...decision, subject: 'Von anderen geändert', version: 1 }];
        return problem(412, { title: 'Precondition Failed', detail: 'Stale version.' });
      },
    });
    const { user } = renderRoutes(routes, { initialEntry: '/anchoring' });

    await user.click(await screen.findByRole('button', { name: 'Edit: DS 0815/2026' }));
    const form = screen.getByRole('form', { name: 'Change decision DS 0815/2026' });
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await within(form).findByText('Someone else changed this decision')).toBeInTheDocument();
    expect(within(form).queryByText('Stale version.')).toBeNull();
    await user.click(within(form).getByRole('button', { name: 'Load latest version' }));
    expect(await screen.findByRole('cell', { name: 'Von anderen geändert' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: /Change decision/ })).toBeNull();
  });

  it('deletesADecisionAfterConfirmingAndShowsAConflictOnAStaleOne', async () => {
    let decisions = [decision];
    let stale = true;
    const api = stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/council-decisions': () => json({ items: decisions }),
      'GET /api/v1/follow-groups': () => json({ items: [] }),
      'DELETE /api/v1/council-decisions/:id': () => {
        if (stale) {
          stale = false;
          decisions = [{ ...decision, version: 5 }];
          return problem(412, { title: 'Precondition Failed' });
        }
        decisions = [];
        return noContent();
      },
    });
    const { user } = renderRoutes(routes, { initialEntry: '/anchoring' });

    await user.click(await screen.findByRole('button', { name: 'Delete: DS 0815/2026' }));
    const confirm = screen.getByRole('group', { name: 'Delete this decision?' });
    expect(within(confirm).getByRole('heading', { name: 'Delete this decision?' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Delete decision' }));
    expect(await screen.findByText('Someone else changed this decision')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Load latest version' }));
    await screen.findByRole('cell', { name: 'Kreislaufwirtschaftsstrategie' });

    await user.click(within(confirm).getByRole('button', { name: 'Delete decision' }));
    expect(await screen.findByText('No decision recorded yet.')).toBeInTheDocument();
    const deletes = api.calls('DELETE', `/api/v1/council-decisions/${decision.id}`);
    expect(deletes.map((request) => request.headers.get('If-Match'))).toEqual(['"0"', '"5"']);
    expect(screen.getByRole('heading', { name: 'Council and committee decisions' })).toHaveFocus();
    expect(screen.getByText('Decision DS 0815/2026 was deleted.')).toBeInTheDocument();
  });

  it('offersNoEditOrDeleteForDecisionsOfOtherOrganisations', async () => {
    stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/council-decisions': () =>
        json({ items: [{ ...decision, organizationId: 'e1000000-0000-4000-8000-000000000009' }] }),
      'GET /api/v1/follow-groups': () => json({ items: [] }),
    });
    renderRoutes(routes, { initialEntry: '/anchoring' });
    expect(
      await screen.findByRole('cell', { name: 'Kreislaufwirtschaftsstrategie' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Edit/ })).toBeNull();
    expect(screen.queryByRole('columnheader', { name: 'Actions' })).toBeNull();
  });

  it('renamesAFollowGroupAndKeepsItsVisibility', async () => {
    let groups = [{ ...group, description: 'Fraktionen', version: 4 }];
    const api = stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/council-decisions': () => json({ items: [] }),
      'GET /api/v1/follow-groups': () => json({ items: groups }),
      'GET /api/v1/follow-groups/:id/meetings': () => json({ items: [] }),
      'PUT /api/v1/follow-groups/:id': ({ body }) => {
        const saved = { ...groups[0]!, ...(body as object), version: 5 };
        groups = [saved];
        return json(saved);
      },
    });
    const { user } = renderRoutes(routes, { initialEntry: '/anchoring' });

    await user.click(await screen.findByRole('button', { name: 'Edit: Politische Begleitgruppe' }));
    const form = screen.getByRole('form', { name: 'Change Politische Begleitgruppe' });
    const name = within(form).getByRole('textbox', { name: /Name/ });
    await user.clear(name);
    await user.type(name, 'Begleitgruppe Kreislaufstadt');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));

    expect(
      await screen.findByRole('heading', { name: 'Begleitgruppe Kreislaufstadt' }),
    ).toBeInTheDocument();
    const [put] = api.calls('PUT', `/api/v1/follow-groups/${group.id}`);
    expect(put?.headers.get('If-Match')).toBe('"4"');
    expect(put?.body).toEqual({
      organizationId: musterstadt.id,
      name: 'Begleitgruppe Kreislaufstadt',
      description: 'Fraktionen',
      visibility: 'PRIVATE',
    });
    expect(
      screen.getByRole('button', { name: 'Edit: Begleitgruppe Kreislaufstadt' }),
    ).toHaveFocus();
  });

  it('showsAConflictWhenTheFollowGroupChangedMeanwhile', async () => {
    stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/council-decisions': () => json({ items: [] }),
      'GET /api/v1/follow-groups': () => json({ items: [group] }),
      'GET /api/v1/follow-groups/:id/meetings': () => json({ items: [] }),
      'PUT /api/v1/follow-groups/:id': () => problem(412, { title: 'Precondition Failed' }),
    });
    const { user } = renderRoutes(routes, { initialEntry: '/anchoring' });
    await user.click(await screen.findByRole('button', { name: 'Edit: Politische Begleitgruppe' }));
    const form = screen.getByRole('form', { name: 'Change Politische Begleitgruppe' });
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(
      await within(form).findByText('Someone else changed this follow group'),
    ).toBeInTheDocument();
  });

  it('deletesAFollowGroupWithItsMeetingsAfterConfirming', async () => {
    let groups = [group];
    const api = stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/council-decisions': () => json({ items: [] }),
      'GET /api/v1/follow-groups': () => json({ items: groups }),
      'GET /api/v1/follow-groups/:id/meetings': () => json({ items: [] }),
      'DELETE /api/v1/follow-groups/:id': () => {
        groups = [];
        return noContent();
      },
    });
    const { user } = renderRoutes(routes, { initialEntry: '/anchoring' });
    await user.click(
      await screen.findByRole('button', { name: 'Delete: Politische Begleitgruppe' }),
    );
    const confirm = screen.getByRole('group', { name: 'Delete this follow group?' });
    expect(
      within(confirm).getByText(
        'Politische Begleitgruppe is removed for good, together with all its meetings.',
      ),
    ).toBeInTheDocument();
    await user.click(within(confirm).getByRole('button', { name: 'Delete follow group' }));
    expect(await screen.findByText('No follow group yet.')).toBeInTheDocument();
    expect(
      api.calls('DELETE', `/api/v1/follow-groups/${group.id}`)[0]?.headers.get('If-Match'),
    ).toBe('"0"');
    expect(screen.getByRole('heading', { name: "Politicians' follow group" })).toHaveFocus();
  });

  it('changesAndDeletesAMeeting', async () => {
    let meetings = [
      {
        id: 'm1',
        followGroupId: group.id,
        heldOn: '2026-02-01',
        topics: 'Auftakt',
        notes: 'Alle da',
        ...audit,
        version: 1,
      },
    ];
    const api = stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/council-decisions': () => json({ items: [] }),
      'GET /api/v1/follow-groups': () => json({ items: [group] }),
      'GET /api/v1/follow-groups/:id/meetings': () => json({ items: meetings }),
      'PUT /api/v1/follow-groups/:id/meetings/:meetingId': ({ body }) => {
        const saved = {
          id: 'm1',
          followGroupId: group.id,
          ...audit,
          ...(body as object),
          version: 2,
        };
        meetings = [saved as (typeof meetings)[number]];
        return json(saved);
      },
      'DELETE /api/v1/follow-groups/:id/meetings/:meetingId': () => {
        meetings = [];
        return noContent();
      },
    });
    const { user } = renderRoutes(routes, { initialEntry: '/anchoring' });

    const list = await screen.findByRole('list', { name: 'Meetings of Politische Begleitgruppe' });
    await user.click(within(list).getByRole('button', { name: /^Edit: meeting of/ }));
    const form = within(list).getByRole('form', { name: /Change the meeting of/ });
    expect(within(form).getByRole('heading', { name: /Change the meeting of/ })).toHaveFocus();
    const notes = within(form).getByRole('textbox', { name: /Notes/ });
    await user.clear(notes);
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await within(list).findByRole('button', { name: /^Edit: meeting of/ })).toHaveFocus();
    const [put] = api.calls('PUT', `/api/v1/follow-groups/${group.id}/meetings/m1`);
    expect(put?.headers.get('If-Match')).toBe('"1"');
    expect(put?.body).toEqual({ heldOn: '2026-02-01', topics: 'Auftakt' });
    expect(within(list).queryByText('Alle da')).toBeNull();

    await user.click(within(list).getByRole('button', { name: /^Delete: meeting of/ }));
    await user.click(within(list).getByRole('button', { name: 'Delete meeting' }));
    expect(await screen.findByText('No meeting recorded yet.')).toBeInTheDocument();
    expect(api.calls('DELETE', `/api/v1/follow-groups/${group.id}/meetings/m1`)).toHaveLength(1);
    expect(screen.getByRole('heading', { name: 'Politische Begleitgruppe' })).toHaveFocus();
  });

  it('showsAConflictWhenTheMeetingChangedMeanwhile', async () => {
    const meeting = {
      id: 'm1',
      followGroupId: group.id,
      heldOn: '2026-02-01',
      topics: 'Auftakt',
      ...audit,
    };
    stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/council-decisions': () => json({ items: [] }),
      'GET /api/v1/follow-groups': () => json({ items: [group] }),
      'GET /api/v1/follow-groups/:id/meetings': () => json({ items: [meeting] }),
      'PUT /api/v1/follow-groups/:id/meetings/:meetingId': () =>
        problem(412, { title: 'Precondition Failed' }),
    });
    const { user } = renderRoutes(routes, { initialEntry: '/anchoring' });
    const list = await screen.findByRole('list', { name: 'Meetings of Politische Begleitgruppe' });
    await user.click(within(list).getByRole('button', { name: /^Edit: meeting of/ }));
    await user.click(within(list).getByRole('button', { name: 'Save changes' }));
    expect(await within(list).findByText('Someone else changed this meeting')).toBeInTheDocument();
    await user.click(within(list).getByRole('button', { name: 'Load latest version' }));
    expect(
      await within(list).findByRole('button', { name: /^Edit: meeting of/ }),
    ).toBeInTheDocument();
  });
});
