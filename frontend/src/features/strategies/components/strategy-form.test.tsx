import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { i18n } from '@/lib/i18n/i18n';
import { json, problem, stubApi } from '@/testing/fetch-stub';
import { eksempelby, makeStrategy, meWith, musterstadt } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import { StrategyCreateRoute } from '../routes/strategy-create-route';

const routes = [
  { path: '/strategies/new', element: <StrategyCreateRoute /> },
  { path: '/strategies/:strategyId', element: <p>strategy detail</p> },
];

function renderCreate() {
  return renderRoutes(routes, { initialEntry: '/strategies/new' });
}

describe('StrategyForm', () => {
  it('validatesWithTheSchemaBeforeSending', async () => {
    const api = stubApi({ 'GET /api/v1/me': () => json(meWith()) });
    const { user } = renderCreate();

    await user.type(await screen.findByRole('textbox', { name: /Period from/ }), '2030');
    await user.type(screen.getByRole('textbox', { name: /Period to/ }), '2025');
    await user.click(screen.getByRole('button', { name: 'Create strategy' }));

    const title = screen.getByRole('textbox', { name: /Title/ });
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription('Please fill in this field.');
    expect(title).toHaveFocus();
    expect(screen.getByRole('textbox', { name: /Period to/ })).toHaveAccessibleDescription(
      'Must not be before the start The end must not be before the start.',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Please correct the marked fields.');
    expect(api.calls('POST', '/api/v1/strategies')).toEqual([]);
  });

  it('showsServerFieldErrorsNextToTheirFields', async () => {
    const api = stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'POST /api/v1/strategies': () =>
        problem(400, {
          type: 'https://circular-city-hub.example/problems/validation',
          title: 'Bad Request',
          detail: 'The request is not valid.',
          errors: [
            {
              field: 'createStrategy.input.externalId',
              message: 'is already used by ANOTHER strategy',
            },
            { field: 'title', message: 'must not contain only whitespace' },
            { field: 'ownerEmail', message: 'is unknown' },
          ],
        }),
    });
    const { user } = renderCreate();

    await user.type(await screen.findByRole('textbox', { name: /Title/ }), 'Kreislauf 2030');
    await user.type(screen.getByRole('textbox', { name: 'External ID' }), 'ris-1');
    await user.click(screen.getByRole('button', { name: 'Create strategy' }));

    const externalId = screen.getByRole('textbox', { name: 'External ID' });
    expect(await screen.findByText('is already used by ANOTHER strategy')).toBeInTheDocument();
    expect(externalId).toHaveAttribute('aria-invalid', 'true');
    expect(externalId).toHaveAccessibleDescription(
      'Identifier in another system, used for synchronisation is already used by ANOTHER strategy',
    );
    const title = screen.getByRole('textbox', { name: /Title/ });
    expect(title).toHaveAccessibleDescription('must not contain only whitespace');
    // Focus goes to the first rejected field.
    expect(title).toHaveFocus();
    // A field error without a field in the form is still shown, in the alert.
    const alerts = screen.getAllByRole('alert');
    expect(alerts.map((alert) => alert.textContent).join(' ')).toContain('ownerEmail: is unknown');

    expect(api.calls('POST', '/api/v1/strategies')[0]?.body).toEqual({
      organizationId: musterstadt.id,
      title: 'Kreislauf 2030',
      visibility: 'PRIVATE',
      externalId: 'ris-1',
    });
  });

  it('showsTheDetailOfOtherProblemsInAnAlert', async () => {
    stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'POST /api/v1/strategies': () =>
        problem(403, { title: 'Forbidden', detail: 'You cannot write for Musterstadt.' }),
    });
    const { user } = renderCreate();

    await user.type(await screen.findByRole('textbox', { name: /Title/ }), 'Kreislauf 2030');
    await user.click(screen.getByRole('button', { name: 'Create strategy' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Forbidden');
    expect(alert).toHaveTextContent('You cannot write for Musterstadt.');
  });

  it('letsUsersWhoEditForSeveralOrganisationsChooseOne', async () => {
    const api = stubApi({
      'GET /api/v1/me': () =>
        json(
          meWith([
            { organization: musterstadt, role: 'EDITOR' },
            { organization: eksempelby, role: 'ADMIN' },
          ]),
        ),
      'POST /api/v1/strategies': () =>
        json(makeStrategy({ id: 'new-id', organizationId: eksempelby.id }), { status: 201 }),
    });
    const { user } = renderCreate();

    const organization = await screen.findByRole('combobox', { name: /Organisation/ });
    expect(
      within(organization)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Musterstadt', 'Eksempelby Kommune']);
    await user.selectOptions(organization, eksempelby.id);
    await user.type(screen.getByRole('textbox', { name: /Title/ }), 'Cirkulær Eksempelby');
    await user.click(screen.getByRole('button', { name: 'Create strategy' }));

    expect(await screen.findByText('strategy detail')).toBeInTheDocument();
    expect(api.calls('POST', '/api/v1/strategies')[0]?.body).toMatchObject({
      organizationId: eksempelby.id,
      title: 'Cirkulær Eksempelby',
    });
  });

  it('tellsViewersThatTheyCannotCreateStrategies', async () => {
    stubApi({
      'GET /api/v1/me': () => json(meWith([{ organization: musterstadt, role: 'VIEWER' }])),
    });
    renderCreate();

    expect(
      await screen.findByText('You cannot create strategies in any organisation.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('rendersClientMessagesInTheCurrentLanguage', async () => {
    stubApi({ 'GET /api/v1/me': () => json(meWith()) });
    await i18n.changeLanguage('de');
    const { user } = renderCreate();

    await user.click(await screen.findByRole('button', { name: 'Strategie anlegen' }));

    expect(screen.getByRole('textbox', { name: /Titel/ })).toHaveAccessibleDescription(
      'Bitte füllen Sie dieses Feld aus.',
    );
  });
});
