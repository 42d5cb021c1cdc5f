import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, noContent, stubApi } from '@/testing/fetch-stub';
import { renderRoutes } from '@/testing/render';

import type { Workshop, WorkshopOutcome } from '../api/types';
import { makeOutcome, makeWorkshop, workshopId } from '../testing/fixtures';

import { OutcomesSection } from './outcomes-section';

const outcomesPath = `/api/v1/workshops/${workshopId}/outcomes`;
const strategyId = '5c1f6a2e-2222-4222-8222-222222222222';
const projectId = 'e0000000-0000-4000-8000-000000000001';

function renderSection(options: { canWrite?: boolean; workshop?: Partial<Workshop> } = {}) {
  return renderRoutes([
    {
      path: '/',
      element: (
        <OutcomesSection
          workshop={makeWorkshop(options.workshop)}
          canWrite={options.canWrite ?? true}
        />
      ),
    },
    { path: '/projects/:projectId', element: <h1>Project page</h1> },
  ]);
}

function outcomeList(items: WorkshopOutcome[]) {
  return json({ workshopId, items });
}

describe('OutcomesSection', () => {
  it('capturesOutcomesWithEnterAndKeepsTheFocusInTheTextField', async () => {
    let items: WorkshopOutcome[] = [];
    const api = stubApi({
      'GET /api/v1/workshops/:id/outcomes': () => outcomeList(items),
      'POST /api/v1/workshops/:id/outcomes': ({ body }) => {
        const added = makeOutcome({ ...(body as Partial<WorkshopOutcome>), votes: 0 });
        items = [...items, added];
        return json(added, { status: 201 });
      },
    });
    const { user } = renderSection();

    expect(await screen.findByText('No outcomes recorded yet.')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'Risk');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Priority (1 = highest)' }), '2');
    const text = screen.getByRole('textbox', { name: /Outcome/ });
    await user.type(text, 'Kein Lagerplatz für Bauteile{Enter}');

    expect(await screen.findByText('Risk added.')).toBeInTheDocument();
    expect(api.calls('POST', outcomesPath)[0]?.body).toEqual({
      type: 'RISK',
      text: 'Kein Lagerplatz für Bauteile',
      priority: 2,
    });
    expect(text).toHaveValue('');
    expect(text).toHaveFocus();
    expect(await screen.findByRole('heading', { name: 'Risks (1)' })).toBeInTheDocument();

    await user.type(text, '{Enter}');
    expect(text).toHaveAccessibleDescription('Enter the outcome.');
    expect(api.calls('POST', outcomesPath)).toHaveLength(1);
  });

  it('groupsByTypeAndVotesWithIfMatch', async () => {
    let idea = makeOutcome({ version: 4, priority: 1 });
    const api = stubApi({
      'GET /api/v1/workshops/:id/outcomes': () =>
        outcomeList([
          idea,
          makeOutcome({
            id: 'd0000000-0000-4000-8000-000000000002',
            type: 'OPEN_QUESTION',
            text: 'Wer betreibt die Börse?',
            votes: 0,
          }),
        ]),
      'PUT /api/v1/workshops/:id/outcomes/:outcomeId': ({ body }) => {
        idea = { ...idea, ...(body as Partial<WorkshopOutcome>), version: idea.version + 1 };
        return json(idea);
      },
    });
    const { user } = renderSection();

    expect(await screen.findByRole('heading', { name: 'Ideas (1)' })).toBeInTheDocument();
    expect(screen.getByText('3 votes · Priority 1')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Open questions (1)' })).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'One vote less for: Wer betreibt die Börse?' }),
    ).toBeDisabled();

    await user.click(
      screen.getByRole('button', { name: 'One vote more for: Bauteilbörse für Rückbaumaterial' }),
    );

    expect(await screen.findByText('4 votes · Priority 1')).toBeInTheDocument();
    const [put] = api.calls('PUT', `${outcomesPath}/${idea.id}`);
    expect(put?.headers.get('If-Match')).toBe('"4"');
    expect(put?.body).toEqual({
      type: 'IDEA',
      text: 'Bauteilbörse für Rückbaumaterial',
      votes: 4,
      priority: 1,
    });
  });

  it('editsAnOutcome', async () => {
    let idea = makeOutcome();
    const api = stubApi({
      'GET /api/v1/workshops/:id/outcomes': () => outcomeList([idea]),
      'PUT /api/v1/workshops/:id/outcomes/:outcomeId': ({ body }) => {
        idea = { ...idea, ...(body as Partial<WorkshopOutcome>), version: 2 };
        return json(idea);
      },
    });
    const { user } = renderSection();

    await user.click(
      await screen.findByRole('button', { name: 'Edit: Bauteilbörse für Rückbaumaterial' }),
    );
    const form = screen.getByRole('form', { name: 'Edit: Bauteilbörse für Rückbaumaterial' });
    await user.selectOptions(
      within(form).getByRole('combobox', { name: 'Type' }),
      'Project proposal',
    );
    const votes = within(form).getByRole('textbox', { name: 'Votes' });
    await user.clear(votes);
    await user.type(votes, '7');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(
      await screen.findByRole('heading', { name: 'Project proposals (1)' }),
    ).toBeInTheDocument();
    expect(api.calls('PUT', `${outcomesPath}/${idea.id}`)[0]?.body).toEqual({
      type: 'PROJECT_PROPOSAL',
      text: 'Bauteilbörse für Rückbaumaterial',
      votes: 7,
    });
  });

  it('focusesTheFirstFieldOfTheEditFormAndReturnsToTheEditButton', async () => {
    let idea = makeOutcome();
    stubApi({
      'GET /api/v1/workshops/:id/outcomes': () => outcomeList([idea]),
      'PUT /api/v1/workshops/:id/outcomes/:outcomeId': ({ body }) => {
        idea = { ...idea, ...(body as Partial<WorkshopOutcome>), version: 2 };
        return json(idea);
      },
    });
    const { user } = renderSection();
    const editName = 'Edit: Bauteilbörse für Rückbaumaterial';

    await user.click(await screen.findByRole('button', { name: editName }));
    let form = screen.getByRole('form', { name: editName });
    expect(within(form).getByRole('combobox', { name: 'Type' })).toHaveFocus();
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => {
      expect(screen.getByRole('button', { name: editName })).toHaveFocus();
    });

    await user.click(screen.getByRole('button', { name: editName }));
    form = screen.getByRole('form', { name: editName });
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => {
      expect(screen.getByRole('button', { name: editName })).toHaveFocus();
    });
  });

  it('announcesEachDeletionAfresh', async () => {
    let items = [
      makeOutcome({ id: 'a0000000-0000-4000-8000-00000000000a', text: 'Erstes' }),
      makeOutcome({ id: 'a0000000-0000-4000-8000-00000000000b', text: 'Zweites' }),
    ];
    stubApi({
      'GET /api/v1/workshops/:id/outcomes': () => outcomeList(items),
      'DELETE /api/v1/workshops/:id/outcomes/:outcomeId': ({ params }) => {
        items = items.filter((item) => item.id !== params.outcomeId);
        return noContent();
      },
    });
    const { user } = renderSection();

    await user.click(await screen.findByRole('button', { name: 'Delete: Erstes' }));
    await user.click(screen.getByRole('button', { name: 'Delete outcome' }));
    const first = await screen.findByText('Outcome deleted.');
    await user.click(await screen.findByRole('button', { name: 'Delete: Zweites' }));
    await user.click(screen.getByRole('button', { name: 'Delete outcome' }));
    expect(await screen.findByText('No outcomes recorded yet.')).toBeInTheDocument();
    const second = screen.getByText('Outcome deleted.');
    // A new node in the live region, not the same text left in place.
    expect(second).not.toBe(first);
    expect(first).not.toBeInTheDocument();
  });

  it('turnsAnIdeaIntoAStarterProjectAndLinksToIt', async () => {
    let idea = makeOutcome({ version: 2 });
    const api = stubApi({
      'GET /api/v1/workshops/:id/outcomes': () => outcomeList([idea]),
      'POST /api/v1/workshops/:id/outcomes/:outcomeId/convert': () => {
        idea = { ...idea, version: 3, convertedTo: { kind: 'STARTER_PROJECT', id: projectId } };
        return json({ outcome: idea, starterProject: { id: projectId } }, { status: 201 });
      },
    });
    const { user } = renderSection();

    await user.click(
      await screen.findByRole('button', {
        name: 'Turn into starter project: Bauteilbörse für Rückbaumaterial',
      }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Turn into starter project' });
    const title = within(dialog).getByRole('textbox', { name: /Project title/ });
    expect(title).toHaveValue('Bauteilbörse für Rückbaumaterial');
    await user.clear(title);
    await user.type(title, 'Bauteilbörse Musterstadt');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Construction and buildings' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Waste and resources' }));
    await user.click(within(dialog).getByRole('button', { name: 'Create starter project' }));

    const link = await within(dialog).findByRole('link', {
      name: 'Open project “Bauteilbörse Musterstadt”',
    });
    expect(link).toHaveAttribute('href', `/projects/${projectId}`);
    const [post] = api.calls('POST', `${outcomesPath}/${idea.id}/convert`);
    expect(post?.headers.get('If-Match')).toBe('"2"');
    expect(post?.body).toEqual({
      target: 'STARTER_PROJECT',
      title: 'Bauteilbörse Musterstadt',
      fieldsOfAction: ['CONSTRUCTION_BUILDINGS', 'WASTE_RESOURCES'],
    });

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const became = screen.getByRole('link', { name: 'Became a starter project' });
    expect(became).toHaveAttribute('href', `/projects/${projectId}`);
    await waitFor(() => {
      expect(became).toHaveFocus();
    });
    expect(screen.queryByRole('button', { name: /Turn into starter project/ })).toBeNull();
    const remove = screen.getByRole('button', { name: /Delete/ });
    expect(remove).toBeDisabled();
    expect(remove).toHaveAccessibleDescription(
      'Converted outcomes cannot be deleted: what was created from them refers to them.',
    );
  });

  it('offersGoalProposalsAsGoalsOnlyWhenTheWorkshopHasAStrategy', async () => {
    let proposal = makeOutcome({ type: 'GOAL_PROPOSAL', text: 'Bauabfälle halbieren' });
    const api = stubApi({
      'GET /api/v1/workshops/:id/outcomes': () => outcomeList([proposal]),
      'POST /api/v1/workshops/:id/outcomes/:outcomeId/convert': () => {
        proposal = { ...proposal, version: 2, convertedTo: { kind: 'GOAL', id: 'goal-1' } };
        return json({ outcome: proposal }, { status: 201 });
      },
    });
    const { user } = renderSection({ workshop: { strategyId } });

    await user.click(
      await screen.findByRole('button', { name: 'Turn into goal: Bauabfälle halbieren' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Turn into goal' });
    expect(within(dialog).queryByRole('group', { name: 'Fields of action' })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Create goal' }));

    expect(
      await within(dialog).findByRole('link', { name: 'Open the strategy outline' }),
    ).toHaveAttribute('href', `/strategies/${strategyId}/outline`);
    expect(api.calls('POST', `${outcomesPath}/${proposal.id}/convert`)[0]?.body).toEqual({
      target: 'GOAL',
      title: 'Bauabfälle halbieren',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.getByRole('link', { name: 'Became a goal of the strategy' })).toBeInTheDocument();
  });

  it('hidesTheGoalOptionWithoutAStrategyAndDeletesWithIfMatch', async () => {
    let items = [makeOutcome({ type: 'GOAL_PROPOSAL', text: 'Bauabfälle halbieren', version: 5 })];
    const api = stubApi({
      'GET /api/v1/workshops/:id/outcomes': () => outcomeList(items),
      'DELETE /api/v1/workshops/:id/outcomes/:outcomeId': () => {
        items = [];
        return noContent();
      },
    });
    const { user } = renderSection();

    await user.click(await screen.findByRole('button', { name: 'Delete: Bauabfälle halbieren' }));
    expect(screen.queryByRole('button', { name: /Turn into/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Delete outcome' }));

    expect(await screen.findByText('No outcomes recorded yet.')).toBeInTheDocument();
    expect(screen.getByText('Outcome deleted.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Outcomes' })).toHaveFocus();
    const [remove] = api.calls('DELETE', `${outcomesPath}/${makeOutcome().id}`);
    expect(remove?.headers.get('If-Match')).toBe('"5"');
  });

  it('showsReadersTheOutcomesWithoutWriteControls', async () => {
    stubApi({
      'GET /api/v1/workshops/:id/outcomes': () =>
        outcomeList([
          makeOutcome({ convertedTo: { kind: 'STARTER_PROJECT', id: projectId } }),
          makeOutcome({
            id: 'd0000000-0000-4000-8000-000000000002',
            type: 'DECISION',
            text: 'Wir starten im März',
          }),
        ]),
    });
    renderSection({ canWrite: false });

    expect(await screen.findByText('Wir starten im März')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Became a starter project' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    await waitFor(() => {
      expect(screen.queryByRole('button')).not.toBeInTheDocument();
    });
  });
});
