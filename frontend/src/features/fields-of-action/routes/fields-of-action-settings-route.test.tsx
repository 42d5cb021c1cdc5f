import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, noContent, problem, stubApi } from '@/testing/fetch-stub';
import { fieldsOfActionList, makeCustomField, urbanMining } from '@/testing/fields-of-action';
import { eksempelby, meWith, musterstadt } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import { FieldsOfActionSettingsRoute } from './fields-of-action-settings-route';

const routes = [{ path: '/settings/fields-of-action', element: <FieldsOfActionSettingsRoute /> }];
const itemPath = `/api/v1/fields-of-action/${urbanMining.id ?? ''}`;

function setup(extra: Parameters<typeof stubApi>[0] = {}, me = meWith()) {
  const api = stubApi({
    'GET /api/v1/me': () => json(me),
    'GET /api/v1/fields-of-action': () => json(fieldsOfActionList()),
    ...extra,
  });
  const rendered = renderRoutes(routes, { initialEntry: '/settings/fields-of-action' });
  return { ...rendered, api };
}

describe('FieldsOfActionSettingsRoute', () => {
  it('listsTheBuiltInsAndTheOrganisationsOwnFields', async () => {
    setup();

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Fields of action' }),
    ).toBeVisible();
    const builtIn = screen.getByRole('table', { name: /Built-in fields of action/ });
    expect(
      within(builtIn)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual([
      'Construction and buildings',
      'Food and nutrition',
      'Procurement',
      'Waste and resources',
      'Business development',
      'Strategy',
    ]);
    expect(within(builtIn).queryByRole('button')).not.toBeInTheDocument();
    const own = await screen.findByRole('table', { name: 'Own fields of action of Musterstadt' });
    expect(
      within(own)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Urban Mining']);
    // The other organisation's field is not this organisation's to maintain.
    expect(screen.queryByText('Genbrug')).not.toBeInTheDocument();
  });

  it('addsAFieldWithADerivedCodeAndAnnouncesIt', async () => {
    const { user, api } = setup({
      'POST /api/v1/fields-of-action': ({ body }) =>
        json(makeCustomField({ id: 'new', code: 'URBANE_GAERTEN', ...(body as object) }), {
          status: 201,
          headers: { ETag: '"0"' },
        }),
    });

    const add = await screen.findByRole('region', { name: 'Add a field of action' });
    await user.click(within(add).getByRole('button', { name: 'Add' }));
    expect(within(add).getByRole('textbox', { name: /^Name/ })).toHaveFocus();
    expect(within(add).getByText('Please enter a name.')).toBeInTheDocument();
    expect(api.calls('POST', '/api/v1/fields-of-action')).toHaveLength(0);

    await user.type(within(add).getByRole('textbox', { name: /^Name/ }), 'Urbane Gärten');
    await user.type(within(add).getByRole('textbox', { name: 'Description' }), 'Gemeinschaftlich');
    await user.click(within(add).getByRole('button', { name: 'Add' }));

    expect(await screen.findByText('“Urbane Gärten” was added.')).toBeInTheDocument();
    expect(api.calls('POST', '/api/v1/fields-of-action')[0]?.body).toEqual({
      organizationId: musterstadt.id,
      name: 'Urbane Gärten',
      description: 'Gemeinschaftlich',
    });
    expect(within(add).getByRole('textbox', { name: /^Name/ })).toHaveValue('');
  });

  it('showsACodeClashNextToTheCodeField', async () => {
    const { user } = setup({
      'POST /api/v1/fields-of-action': () =>
        problem(409, {
          title: 'Conflict',
          detail: 'FOOD_NUTRITION is a built-in field of action; choose another code.',
          errors: [{ field: 'code', message: 'is a built-in code' }],
        }),
    });

    const add = await screen.findByRole('region', { name: 'Add a field of action' });
    await user.type(within(add).getByRole('textbox', { name: /^Name/ }), 'Essen');
    await user.type(within(add).getByRole('textbox', { name: /^Code/ }), 'food_nutrition');
    await user.click(within(add).getByRole('button', { name: 'Add' }));

    expect(await within(add).findByText('is a built-in code')).toBeInTheDocument();
    expect(within(add).getByRole('textbox', { name: /^Code/ })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(within(add).getByRole('textbox', { name: /^Code/ })).toHaveValue('FOOD_NUTRITION');
    await waitFor(() => {
      expect(within(add).getByRole('textbox', { name: /^Code/ })).toHaveFocus();
    });
    expect(
      within(add).getByText('FOOD_NUTRITION is a built-in field of action; choose another code.'),
    ).toBeInTheDocument();
  });

  it('renamesWithIfMatchAndKeepsTheCode', async () => {
    const { user, api } = setup({
      [`PUT ${itemPath}`]: ({ body }) =>
        json({ ...urbanMining, ...(body as object), version: 3 }, { headers: { ETag: '"3"' } }),
    });

    await user.click(await screen.findByRole('button', { name: 'Rename Urban Mining' }));
    const form = screen.getByRole('region', { name: 'Rename “Urban Mining”' });
    expect(within(form).queryByRole('textbox', { name: /^Code/ })).not.toBeInTheDocument();
    const name = within(form).getByRole('textbox', { name: /^Name/ });
    await user.clear(name);
    await user.type(name, 'Urbaner Bergbau');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('“Urbaner Bergbau” was saved.')).toBeInTheDocument();
    const [request] = api.calls('PUT', itemPath);
    expect(request?.headers.get('If-Match')).toBe('"2"');
    expect(request?.body).toEqual({
      name: 'Urbaner Bergbau',
      description: 'Rückbau und Wiederverwendung',
    });
  });

  it('offersAReloadWhenSomeoneElseRenamedTheField', async () => {
    const { user, api } = setup({
      [`PUT ${itemPath}`]: () => problem(412, { title: 'Stale version', detail: 'changed' }),
    });

    await user.click(await screen.findByRole('button', { name: 'Rename Urban Mining' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Someone else changed this field of action')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Load latest version' }));
    expect(screen.queryByText('Someone else changed this field of action')).not.toBeInTheDocument();
    expect(api.calls('GET', '/api/v1/fields-of-action')).toHaveLength(2);
  });

  it('explainsThatAFieldInUseIsKept', async () => {
    const { user, api } = setup({
      [`DELETE ${itemPath}`]: () =>
        problem(409, {
          title: 'Conflict',
          detail:
            'The field of action URBAN_MINING is used by 2 stakeholder(s) and 1 starter project(s); remove it from them first.',
        }),
    });

    await user.click(await screen.findByRole('button', { name: 'Delete Urban Mining' }));
    await user.click(screen.getByRole('button', { name: 'Delete permanently' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('“Urban Mining” is still in use and was not deleted');
    expect(alert).toHaveTextContent('used by 2 stakeholder(s) and 1 starter project(s)');
    expect(api.calls('DELETE', itemPath)[0]?.headers.get('If-Match')).toBe('"2"');
  });

  it('deletesAnUnusedFieldAfterConfirmation', async () => {
    let deleted = false;
    const { user } = setup({
      'GET /api/v1/fields-of-action': () => json(fieldsOfActionList(deleted ? [] : [urbanMining])),
      [`DELETE ${itemPath}`]: () => {
        deleted = true;
        return noContent();
      },
    });

    await user.click(await screen.findByRole('button', { name: 'Delete Urban Mining' }));
    expect(screen.getByRole('heading', { name: 'Delete “Urban Mining”?' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Delete permanently' }));

    expect(await screen.findByText('“Urban Mining” was deleted.')).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Own fields of action' }),
    ).toHaveFocus();
    expect(
      await screen.findByText('Your organisation has no fields of action of its own yet.'),
    ).toBeInTheDocument();
  });

  it('movesTheFocusIntoTheRenameFormAndBackToItsButton', async () => {
    const { user } = setup({
      [`PUT ${itemPath}`]: ({ body }) =>
        json({ ...urbanMining, ...(body as object), version: 3 }, { headers: { ETag: '"3"' } }),
    });

    await user.click(await screen.findByRole('button', { name: 'Rename Urban Mining' }));
    let form = screen.getByRole('region', { name: 'Rename “Urban Mining”' });
    expect(within(form).getByRole('textbox', { name: /^Name/ })).toHaveFocus();
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => {
      expect(screen.getByRole('button', { name: 'Rename Urban Mining' })).toHaveFocus();
    });

    await user.click(screen.getByRole('button', { name: 'Rename Urban Mining' }));
    form = screen.getByRole('region', { name: 'Rename “Urban Mining”' });
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('“Urban Mining” was saved.')).toBeInTheDocument();
    await waitFor(() => {
      expect(screen.getByRole('button', { name: 'Rename Urban Mining' })).toHaveFocus();
    });
  });

  it('dropsAFailedAddWhenAnotherOrganisationIsChosen', async () => {
    const { user } = setup(
      {
        'POST /api/v1/fields-of-action': () =>
          problem(500, { title: 'Internal Server Error', detail: 'Etwas ging schief.' }),
      },
      meWith([
        { organization: musterstadt, role: 'EDITOR' },
        { organization: eksempelby, role: 'EDITOR' },
      ]),
    );

    const add = await screen.findByRole('region', { name: 'Add a field of action' });
    await user.type(within(add).getByRole('textbox', { name: /^Name/ }), 'Essen');
    await user.click(within(add).getByRole('button', { name: 'Add' }));
    expect(await within(add).findByText('Etwas ging schief.')).toBeInTheDocument();

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Organisation' }),
      eksempelby.name,
    );
    expect(screen.queryByText('Etwas ging schief.')).not.toBeInTheDocument();
  });

  it('tellsViewersThatOnlyEditorsMaintainFields', async () => {
    setup({}, meWith([{ organization: musterstadt, role: 'VIEWER' }]));

    expect(
      await screen.findByText(
        'Only editors and admins of an organisation maintain its own fields of action.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /Built-in fields of action/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add' })).not.toBeInTheDocument();
  });
});
