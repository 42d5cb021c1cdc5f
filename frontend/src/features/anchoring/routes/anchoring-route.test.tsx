import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, problem, stubApi } from '@/testing/fetch-stub';
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
});
