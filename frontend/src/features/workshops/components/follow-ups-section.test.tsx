import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, noContent, problem, stubApi } from '@/testing/fetch-stub';
import { renderRoutes } from '@/testing/render';

import type { WorkshopFollowUp } from '../api/types';
import { makeFollowUp, workshopId } from '../testing/fixtures';

import { FollowUpsSection } from './follow-ups-section';

const open = makeFollowUp();
const overdue = makeFollowUp({
  id: 'f0000000-0000-4000-8000-000000000002',
  title: 'Fördermittel prüfen',
  owner: undefined,
  dueDate: '2026-01-15',
  overdue: true,
  version: 7,
});

function renderSection(canWrite = true) {
  return renderRoutes(
    [{ path: '/w', element: <FollowUpsSection workshopId={workshopId} canWrite={canWrite} /> }],
    { initialEntry: '/w' },
  );
}

const listPath = `/api/v1/workshops/${workshopId}/follow-ups`;

describe('FollowUpsSection', () => {
  it('marksOverdueFollowUpsInWordsAndTogglesDoneWithIfMatch', async () => {
    let items: WorkshopFollowUp[] = [overdue, open];
    const api = stubApi({
      'GET /api/v1/workshops/:id/follow-ups': () => json({ workshopId, items }),
      'PUT /api/v1/workshops/:id/follow-ups/:followUpId': ({ body }) => {
        const saved = {
          ...overdue,
          ...(body as Partial<WorkshopFollowUp>),
          overdue: false,
          version: 8,
        };
        items = [saved, open];
        return json(saved);
      },
    });
    const { user } = renderSection();

    const table = await screen.findByRole('table', {
      name: 'Follow-ups of the workshop by due date',
    });
    const row = within(table).getByRole('row', { name: /Fördermittel prüfen/ });
    expect(within(row).getByText('Overdue')).toBeInTheDocument();
    expect(within(row).getByText('No owner')).toBeInTheDocument();
    expect(
      within(within(table).getByRole('row', { name: /Protokoll versenden/ })).queryByText(
        'Overdue',
      ),
    ).not.toBeInTheDocument();

    await user.click(within(row).getByRole('checkbox', { name: 'Done: Fördermittel prüfen' }));

    expect(await screen.findByText('“Fördermittel prüfen” marked as done.')).toBeInTheDocument();
    const [put] = api.calls('PUT', `${listPath}/${overdue.id}`);
    expect(put?.headers.get('If-Match')).toBe('"7"');
    expect(put?.body).toEqual({ title: 'Fördermittel prüfen', dueDate: '2026-01-15', done: true });
    await waitFor(() => {
      expect(screen.getByRole('checkbox', { name: 'Done: Fördermittel prüfen' })).toBeChecked();
    });
    expect(screen.queryByText('Overdue')).not.toBeInTheDocument();
  });

  it('addsEditsAndDeletesFollowUps', { timeout: 20_000 }, async () => {
    const api = stubApi({
      'GET /api/v1/workshops/:id/follow-ups': () => json({ workshopId, items: [open] }),
      'POST /api/v1/workshops/:id/follow-ups': ({ body }) =>
        json(makeFollowUp({ ...(body as Partial<WorkshopFollowUp>), id: 'new' }), { status: 201 }),
      'PUT /api/v1/workshops/:id/follow-ups/:followUpId': ({ body }) =>
        json(makeFollowUp({ ...(body as Partial<WorkshopFollowUp>) })),
      'DELETE /api/v1/workshops/:id/follow-ups/:followUpId': () => noContent(),
    });
    const { user } = renderSection();

    const add = await screen.findByRole('group', { name: 'Add a follow-up' });
    await user.click(within(add).getByRole('button', { name: 'Add follow-up' }));
    expect(within(add).getByRole('textbox', { name: /^Task/ })).toHaveAccessibleDescription(
      'Please fill in this field.',
    );
    expect(api.calls('POST', listPath)).toHaveLength(0);

    await user.type(within(add).getByRole('textbox', { name: /^Task/ }), 'Fotos teilen');
    await user.type(within(add).getByLabelText(/^Due/), '2026-03-01');
    await user.click(within(add).getByRole('button', { name: 'Add follow-up' }));
    expect(await screen.findByText('Follow-up “Fotos teilen” added.')).toBeInTheDocument();
    expect(api.calls('POST', listPath)[0]?.body).toEqual({
      title: 'Fotos teilen',
      dueDate: '2026-03-01',
      done: false,
    });

    await user.click(screen.getByRole('button', { name: 'Edit: Protokoll versenden' }));
    const edit = screen.getByRole('group', { name: 'Edit follow-up: Protokoll versenden' });
    const owner = within(edit).getByRole('textbox', { name: /^Owner/ });
    await user.clear(owner);
    await user.type(owner, 'Umweltamt');
    await user.click(within(edit).getByRole('button', { name: 'Save follow-up' }));
    expect(await screen.findByText('Follow-up “Protokoll versenden” saved.')).toBeInTheDocument();
    const [put] = api.calls('PUT', `${listPath}/${open.id}`);
    expect(put?.headers.get('If-Match')).toBe('"2"');
    expect(put?.body).toEqual({
      title: 'Protokoll versenden',
      owner: 'Umweltamt',
      dueDate: '2026-02-20',
      done: false,
    });

    await user.click(screen.getByRole('button', { name: 'Delete: Protokoll versenden' }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Follow-up “Protokoll versenden” deleted.')).toBeInTheDocument();
    expect(api.calls('DELETE', `${listPath}/${open.id}`)[0]?.headers.get('If-Match')).toBe('"2"');
  });

  it('movesTheFocusIntoTheEditFormAndBackToTheRowAndToTheHeadingAfterDelete', async () => {
    stubApi({
      'GET /api/v1/workshops/:id/follow-ups': () => json({ workshopId, items: [open] }),
      'PUT /api/v1/workshops/:id/follow-ups/:followUpId': ({ body }) =>
        json(makeFollowUp({ ...(body as Partial<WorkshopFollowUp>), version: 3 })),
      'DELETE /api/v1/workshops/:id/follow-ups/:followUpId': () => noContent(),
    });
    const { user } = renderSection();

    const editButton = await screen.findByRole('button', { name: 'Edit: Protokoll versenden' });
    await user.click(editButton);
    const edit = screen.getByRole('group', { name: 'Edit follow-up: Protokoll versenden' });
    expect(within(edit).getByRole('textbox', { name: /^Task/ })).toHaveFocus();

    await user.click(within(edit).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => {
      expect(screen.getByRole('button', { name: 'Edit: Protokoll versenden' })).toHaveFocus();
    });

    await user.click(screen.getByRole('button', { name: 'Edit: Protokoll versenden' }));
    await user.click(screen.getByRole('button', { name: 'Save follow-up' }));
    expect(await screen.findByText('Follow-up “Protokoll versenden” saved.')).toBeInTheDocument();
    await waitFor(() => {
      expect(screen.getByRole('button', { name: 'Edit: Protokoll versenden' })).toHaveFocus();
    });

    await user.click(screen.getByRole('button', { name: 'Delete: Protokoll versenden' }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Follow-up “Protokoll versenden” deleted.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Follow-ups', level: 2 })).toHaveFocus();
  });

  it('savesTheEditFormOnTopOfADoneTickedMeanwhileAndKeepsOtherRowsErrorsOutOfIt', async () => {
    let items: WorkshopFollowUp[] = [open, overdue];
    const api = stubApi({
      'GET /api/v1/workshops/:id/follow-ups': () => json({ workshopId, items }),
      'PUT /api/v1/workshops/:id/follow-ups/:followUpId': ({ body, params }) => {
        if (params.followUpId === overdue.id) {
          return problem(422, { title: 'Unprocessable Content', detail: 'Nicht erlaubt.' });
        }
        const current = items.find((item) => item.id === open.id) ?? open;
        const saved = {
          ...current,
          ...(body as Partial<WorkshopFollowUp>),
          version: current.version + 1,
        };
        items = items.map((item) => (item.id === saved.id ? saved : item));
        return json(saved);
      },
    });
    const { user } = renderSection();

    await user.click(await screen.findByRole('button', { name: 'Edit: Protokoll versenden' }));
    await user.click(screen.getByRole('checkbox', { name: 'Done: Protokoll versenden' }));
    expect(await screen.findByText('“Protokoll versenden” marked as done.')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Done: Fördermittel prüfen' }));
    expect(await screen.findByText('Nicht erlaubt.')).toBeInTheDocument();
    const edit = screen.getByRole('group', { name: 'Edit follow-up: Protokoll versenden' });
    expect(within(edit).queryByText('Nicht erlaubt.')).not.toBeInTheDocument();

    const owner = within(edit).getByRole('textbox', { name: /^Owner/ });
    await user.clear(owner);
    await user.type(owner, 'Umweltamt');
    await user.click(within(edit).getByRole('button', { name: 'Save follow-up' }));
    expect(await screen.findByText('Follow-up “Protokoll versenden” saved.')).toBeInTheDocument();
    const puts = api.calls('PUT', `${listPath}/${open.id}`);
    expect(puts).toHaveLength(2);
    expect(puts[1]?.headers.get('If-Match')).toBe('"3"');
    expect(puts[1]?.body).toEqual({
      title: 'Protokoll versenden',
      owner: 'Umweltamt',
      dueDate: '2026-02-20',
      done: true,
    });
  });

  it('offersToReloadWhenSomeoneElseChangedTheFollowUp', async () => {
    stubApi({
      'GET /api/v1/workshops/:id/follow-ups': () => json({ workshopId, items: [open] }),
      'PUT /api/v1/workshops/:id/follow-ups/:followUpId': () =>
        problem(412, { title: 'Precondition Failed' }),
    });
    const { user } = renderSection();

    await user.click(await screen.findByRole('checkbox', { name: 'Done: Protokoll versenden' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The follow-up has changed meanwhile');
    expect(within(alert).getByRole('button', { name: 'Load latest version' })).toBeInTheDocument();
  });

  it('showsFollowUpsReadOnlyToReaders', async () => {
    stubApi({
      'GET /api/v1/workshops/:id/follow-ups': () =>
        json({ workshopId, items: [overdue, makeFollowUp({ done: true })] }),
    });
    renderSection(false);

    const table = await screen.findByRole('table');
    expect(
      within(table).getByRole('row', { name: /Fördermittel prüfen.*Open.*Overdue/ }),
    ).toBeInTheDocument();
    expect(
      within(table).getByRole('row', { name: /Protokoll versenden.*Done/ }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
