import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, stubApi } from '@/testing/fetch-stub';
import { fieldsOfActionList } from '@/testing/fields-of-action';
import { eksempelby, meWith, musterstadt } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import { makeAdoption, makeComment, makePractice, practiceId } from '../testing/fixtures';

import { PracticeDetailRoute } from './practice-detail-route';

const routes = [
  { path: '/practices/:practiceId', element: <PracticeDetailRoute /> },
  { path: '/projects/:projectId', element: <h1>Project page</h1> },
];
const path = `/api/v1/practices/${practiceId}`;

function stub(
  me = meWith([{ organization: eksempelby, role: 'EDITOR' }]),
  practice = makePractice(),
) {
  return stubApi({
    'GET /api/v1/me': () => json(me),
    'GET /api/v1/fields-of-action': () => json(fieldsOfActionList()),
    'GET /api/v1/practices/:id': () =>
      json(practice, { headers: { ETag: `"${practice.version}"` } }),
    'GET /api/v1/practices/:id/adoptions': () =>
      json({
        items: [
          makeAdoption({
            feedback: {
              adapted: 'Lager på genbrugspladsen',
              results: '30 t',
              wouldRecommend: true,
              recordedAt: '2026-07-01T10:00:00Z',
            },
          }),
        ],
        total: 2,
      }),
    'PUT /api/v1/practices/:id/adoptions/:adoptionId/feedback': ({ body }) =>
      json(
        makeAdoption({
          version: 1,
          feedback: {
            ...(body as object),
            wouldRecommend: false,
            recordedAt: '2026-07-02T10:00:00Z',
          },
        }),
      ),
    'POST /api/v1/practices/:id/adoptions': () =>
      json(makeAdoption({ projectId: 'd0000000-0000-4000-8000-000000000042' }), { status: 201 }),
    'GET /api/v1/practices/:id/comments': () =>
      json({ items: [makeComment({ answer: 'Über einen Sachverständigen.' })] }),
    'POST /api/v1/practices/:id/comments': ({ body }) =>
      json(makeComment({ id: 'e0000000-0000-4000-8000-000000000002', ...(body as object) }), {
        status: 201,
      }),
    'PUT /api/v1/practices/:id/comments/:commentId/answer': ({ body }) =>
      json(makeComment({ version: 1, answer: (body as { text: string }).text })),
    'PUT /api/v1/practices/:id': ({ body }) =>
      json(
        { ...practice, ...(body as object), version: practice.version + 1 },
        {
          headers: { ETag: `"${practice.version + 1}"` },
        },
      ),
    'POST /api/v1/practices/:id/status': () =>
      json({
        ...practice,
        status: 'PUBLISHED',
        visibility: 'NETWORK',
        version: practice.version + 2,
      }),
  });
}

describe('PracticeDetailRoute', () => {
  it('showsEveryFieldAdoptionsWithFeedbackAndTheThread', async () => {
    stub();
    renderRoutes(routes, { initialEntry: `/practices/${practiceId}` });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Bauteilbörse Musterstadt' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/By Musterstadt/)).toBeInTheDocument();
    expect(screen.getByText('Stadt Musterstadt')).toBeInTheDocument();
    expect(screen.getByText('100,000 to 500,000')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Problem' })).toBeInTheDocument();
    expect(screen.getByText('Türen landeten im Container.')).toBeInTheDocument();
    expect(screen.getByText('225')).toBeInTheDocument();
    expect(screen.getByText('Estimated')).toBeInTheDocument();
    expect(screen.getByText('Construction and buildings')).toBeInTheDocument();
    expect(screen.getByText('12.5')).toBeInTheDocument();
    expect(screen.getByText('CC-BY-4.0')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Leitfaden/ })).toHaveAttribute(
      'rel',
      'noopener noreferrer',
    );

    const adoptions = screen.getByRole('region', { name: 'Adoptions and feedback' });
    expect(
      await within(adoptions).findByText('Adopted by 2 municipalities.', { exact: false }),
    ).toBeInTheDocument();
    expect(within(adoptions).getByText(/1 of them does not show its name/)).toBeInTheDocument();
    expect(within(adoptions).getByText('Eksempelby Kommune')).toBeInTheDocument();
    expect(within(adoptions).getByText('Lager på genbrugspladsen')).toBeInTheDocument();

    const thread = screen.getByRole('region', { name: 'Questions and comments' });
    expect(await within(thread).findByText('Hvordan håndterede I garantien?')).toBeInTheDocument();
    expect(within(thread).getByText('Über einen Sachverständigen.')).toBeInTheDocument();
    // A peer asks but does not answer, and does not publish someone else's practice.
    expect(within(thread).queryByRole('form', { name: 'Answer' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Publishing' })).not.toBeInTheDocument();
  });

  it('adoptsIntoANewStarterProjectAndOpensIt', async () => {
    const api = stub();
    const { user } = renderRoutes(routes, { initialEntry: `/practices/${practiceId}` });

    const adopt = await screen.findByRole('region', { name: 'Adopt this practice' });
    const title = within(adopt).getByRole('textbox', { name: 'Title of the new starter project' });
    await user.clear(title);
    await user.type(title, 'Bauteilbørs i Eksempelby');
    await user.click(within(adopt).getByRole('button', { name: 'Adopt into a starter project' }));

    expect(await screen.findByRole('heading', { name: 'Project page' })).toBeInTheDocument();
    expect(api.calls('POST', `${path}/adoptions`)[0]?.body).toEqual({
      organizationId: eksempelby.id,
      projectTitle: 'Bauteilbørs i Eksempelby',
    });
  });

  it('letsTheAdopterRecordFeedbackAndAskAQuestion', async () => {
    const api = stub();
    const { user } = renderRoutes(routes, { initialEntry: `/practices/${practiceId}` });

    const feedback = await screen.findByRole('form', { name: 'How did it go?' });
    await user.selectOptions(
      within(feedback).getByRole('combobox', { name: 'Would you recommend it?' }),
      'No',
    );
    await user.click(within(feedback).getByRole('button', { name: 'Save feedback' }));
    expect(await within(feedback).findByText('Feedback saved.')).toBeInTheDocument();
    const put = api.calls(
      'PUT',
      `${path}/adoptions/c0000000-0000-4000-8000-000000000001/feedback`,
    )[0];
    expect(put?.headers.get('If-Match')).toBe('"0"');
    expect(put?.body).toEqual({
      adapted: 'Lager på genbrugspladsen',
      results: '30 t',
      wouldRecommend: false,
    });

    const ask = screen.getByRole('form', { name: 'Ask a question or comment' });
    await user.click(within(ask).getByRole('button', { name: 'Send' }));
    expect(await within(ask).findByText('Please fill in this field.')).toBeInTheDocument();
    await user.type(
      within(ask).getByRole('textbox', { name: /Your question or comment/ }),
      'Hvor stort er lageret?',
    );
    await user.click(within(ask).getByRole('button', { name: 'Send' }));
    await screen.findByRole('form', { name: 'Ask a question or comment' });
    expect(api.calls('POST', `${path}/comments`)[0]?.body).toEqual({
      kind: 'QUESTION',
      text: 'Hvor stort er lageret?',
    });
  });

  it('letsTheOwnerAnswerAndPublishAPrivateDraftToTheNetwork', async () => {
    const api = stub(
      meWith([{ organization: musterstadt, role: 'EDITOR' }]),
      makePractice({ status: 'DRAFT', visibility: 'PRIVATE', version: 4 }),
    );
    const { user } = renderRoutes(routes, { initialEntry: `/practices/${practiceId}` });

    const answer = await screen.findByRole('form', { name: 'Answer' });
    const text = within(answer).getByRole('textbox', { name: /Answer/ });
    await user.clear(text);
    await user.type(text, 'Mit einem Gutachten.');
    await user.click(within(answer).getByRole('button', { name: 'Save answer' }));
    await screen.findByRole('form', { name: 'Answer' });
    const answered = api.calls(
      'PUT',
      `${path}/comments/e0000000-0000-4000-8000-000000000001/answer`,
    )[0];
    expect(answered?.body).toEqual({ text: 'Mit einem Gutachten.' });
    expect(answered?.headers.get('If-Match')).toBe('"0"');

    // The owner does not adopt its own practice.
    expect(screen.queryByRole('region', { name: 'Adopt this practice' })).not.toBeInTheDocument();
    const publishing = screen.getByRole('region', { name: 'Publishing' });
    expect(within(publishing).getByRole('combobox', { name: 'Publish to' })).toHaveValue('NETWORK');
    await user.click(within(publishing).getByRole('button', { name: 'Publish' }));

    await screen.findByText(/Published; visible to/);
    const saved = api.calls('PUT', path)[0];
    expect(saved?.headers.get('If-Match')).toBe('"4"');
    expect(saved?.body).toMatchObject({
      title: 'Bauteilbörse Musterstadt',
      visibility: 'NETWORK',
      language: 'de',
    });
    const published = api.calls('POST', `${path}/status`)[0];
    expect(published?.headers.get('If-Match')).toBe('"5"');
    expect(published?.body).toEqual({ status: 'PUBLISHED' });
  });
});
