import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, problem, stubApi } from '@/testing/fetch-stub';
import { meWith, eksempelby } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import { makePractice, practiceId } from '../testing/fixtures';

import { PracticeEditRoute } from './practice-edit-route';

const routes = [
  { path: '/practices/:practiceId/edit', element: <PracticeEditRoute /> },
  { path: '/practices/:practiceId', element: <h1>Practice page</h1> },
];
const path = `/api/v1/practices/${practiceId}`;

describe('PracticeEditRoute', () => {
  it('savesTheEditedFieldsAndKeepsTheOnesTheFormDoesNotShow', async () => {
    const api = stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/practices/:id': () => json(makePractice(), { headers: { ETag: '"3"' } }),
      'PUT /api/v1/practices/:id': ({ body }) =>
        json({ ...makePractice(), ...(body as object), version: 4 }),
    });
    const { user } = renderRoutes(routes, { initialEntry: `/practices/${practiceId}/edit` });

    const title = await screen.findByRole('textbox', { name: /Title/ });
    expect(title).toHaveValue('Bauteilbörse Musterstadt');
    await user.clear(title);
    await user.type(title, 'Bauteilbörse 2.0');
    const co2e = screen.getByRole('textbox', { name: 'CO2e avoided (t per year)' });
    await user.clear(co2e);
    await user.type(co2e, '240.5');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Maturity' }), 'Scaled');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('heading', { name: 'Practice page' })).toBeInTheDocument();
    const put = api.calls('PUT', path)[0];
    expect(put?.headers.get('If-Match')).toBe('"3"');
    expect(put?.body).toMatchObject({
      title: 'Bauteilbörse 2.0',
      maturity: 'SCALED',
      results: { text: '220 t vermittelt.', co2eTonnesPerYear: 240.5, basis: 'ESTIMATED' },
      context: { municipality: 'Stadt Musterstadt', country: 'DE' },
      fieldsOfAction: ['CONSTRUCTION_BUILDINGS'],
      sdgTargets: ['12.5'],
      attachments: [{ title: 'Leitfaden', url: 'https://musterstadt.example/l.pdf' }],
      visibility: 'PUBLIC',
    });
  });

  it('checksTheFormAndShowsTheServersFieldErrors', async () => {
    stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/practices/:id': () => json(makePractice(), { headers: { ETag: '"3"' } }),
      'PUT /api/v1/practices/:id': () =>
        problem(422, {
          title: 'Rule violation',
          detail: 'A published practice is shared.',
          errors: [
            {
              field: 'visibility',
              message: 'must be NETWORK or PUBLIC while the practice is published',
            },
          ],
        }),
    });
    const { user } = renderRoutes(routes, { initialEntry: `/practices/${practiceId}/edit` });

    const co2e = await screen.findByRole('textbox', { name: 'CO2e avoided (t per year)' });
    await user.clear(co2e);
    await user.type(co2e, 'viel');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(co2e).toHaveAccessibleDescription(/number/i);

    await user.clear(co2e);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Visibility' }), 'PRIVATE');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText('must be NETWORK or PUBLIC while the practice is published'),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Visibility' })).toHaveFocus();
  });

  it('refusesToEditAnotherOrganisationsPractice', async () => {
    stubApi({
      'GET /api/v1/me': () => json(meWith([{ organization: eksempelby, role: 'EDITOR' }])),
      'GET /api/v1/practices/:id': () => json(makePractice()),
    });
    renderRoutes(routes, { initialEntry: `/practices/${practiceId}/edit` });
    expect(
      await screen.findByText('You may read this practice but not change it.'),
    ).toBeInTheDocument();
  });
});
