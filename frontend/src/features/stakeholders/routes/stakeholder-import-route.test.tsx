import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { json, problem, stubApi } from '@/testing/fetch-stub';
import { eksempelby, makeStakeholder, meWith, musterstadt } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import { StakeholderImportRoute } from './stakeholder-import-route';

const routes = [
  { path: '/stakeholders/import', element: <StakeholderImportRoute /> },
  { path: '/stakeholders', element: <p>stakeholder register</p> },
];

const csv = [
  'name,sector,fieldsOfAction',
  'Handwerkskammer Musterstadt,CHAMBER,CONSTRUCTION_BUILDINGS',
  ',CIVIL_SOCIETY,FOOD_NUTRITION',
  'Stadtwerke,WATER,WASTE_RESOURCES|GARDENING',
].join('\n');

function csvFile(content = csv) {
  return new File([content], 'stakeholders.csv', { type: 'text/csv' });
}

const rejected = () =>
  problem(422, {
    type: 'https://circular-city-hub.example/problems/rule-violation',
    title: 'Rule violation',
    detail: '2 of 3 rows were rejected; nothing was imported.',
    errors: [
      { field: 'rows[4].sector', message: 'must be one of [BUSINESS, CHAMBER]' },
      { field: 'rows[3].name', message: 'must not be blank' },
      { field: 'rows[4].fieldsOfAction', message: 'must be one of [STRATEGY]' },
    ],
  });

describe('StakeholderImportRoute', () => {
  afterEach(() => {
    Reflect.deleteProperty(URL, 'createObjectURL');
    Reflect.deleteProperty(URL, 'revokeObjectURL');
  });

  it('listsEveryRejectedRowAndSaysThatNothingWasImported', async () => {
    const api = stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'POST /api/v1/stakeholders/import': rejected,
    });
    const { user } = renderRoutes(routes, { initialEntry: '/stakeholders/import' });

    await user.upload(await screen.findByLabelText(/CSV file/), csvFile());
    await user.click(screen.getByRole('button', { name: 'Import' }));

    const result = await screen.findByRole('region', { name: 'Result' });
    expect(within(result).getByRole('heading', { name: 'Result' })).toHaveFocus();
    const alert = within(result).getByRole('alert');
    expect(alert).toHaveTextContent('Nothing was imported');
    expect(alert).toHaveTextContent('2 of 3 rows were rejected; nothing was imported.');
    const table = within(result).getByRole('table', { name: '3 rejected entries' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['3', 'name', 'must not be blank'],
      ['4', 'sector', 'must be one of [BUSINESS, CHAMBER]'],
      ['4', 'fieldsOfAction', 'must be one of [STRATEGY]'],
    ]);

    const [request] = api.calls('POST', '/api/v1/stakeholders/import');
    expect(request?.headers.get('Content-Type')).toBe('text/csv');
    expect(request?.body).toBe(csv);
    // One organisation: the API takes it from the token.
    expect(request?.url.searchParams.has('organizationId')).toBe(false);
  });

  it('reportsAWrongHeaderRowAsRowOne', async () => {
    stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'POST /api/v1/stakeholders/import': () =>
        problem(400, {
          title: 'Invalid request',
          detail: 'The header row does not match the template.',
          errors: [{ field: 'header', message: "unknown column 'Name '" }],
        }),
    });
    const { user } = renderRoutes(routes, { initialEntry: '/stakeholders/import' });

    await user.upload(await screen.findByLabelText(/CSV file/), csvFile());
    await user.click(screen.getByRole('button', { name: 'Import' }));

    const table = await screen.findByRole('table', { name: '1 rejected entry' });
    expect(within(table).getByRole('rowheader')).toHaveTextContent('1 (header)');
    expect(table).toHaveTextContent("unknown column 'Name '");
    expect(screen.getByRole('alert')).toHaveTextContent('Nothing was imported');
  });

  it('showsHowManyWereImportedAndLinksToTheRegister', async () => {
    const api = stubApi({
      'GET /api/v1/me': () =>
        json(
          meWith([
            { organization: musterstadt, role: 'EDITOR' },
            { organization: eksempelby, role: 'ADMIN' },
          ]),
        ),
      'POST /api/v1/stakeholders/import': () =>
        json({ imported: 2, stakeholders: [makeStakeholder(), makeStakeholder({ id: 'x' })] }),
    });
    const { user } = renderRoutes(routes, { initialEntry: '/stakeholders/import' });

    await user.selectOptions(
      await screen.findByRole('combobox', { name: /Organisation/ }),
      eksempelby.id,
    );
    await user.upload(screen.getByLabelText(/CSV file/), csvFile());
    await user.click(screen.getByRole('button', { name: 'Import' }));

    const result = await screen.findByRole('region', { name: 'Result' });
    expect(within(result).getByRole('status')).toHaveTextContent('2 stakeholders were imported.');
    await user.click(within(result).getByRole('link', { name: 'Go to the stakeholder register' }));
    expect(await screen.findByText('stakeholder register')).toBeInTheDocument();
    expect(
      api.calls('POST', '/api/v1/stakeholders/import')[0]?.url.searchParams.get('organizationId'),
    ).toBe(eksempelby.id);
  });

  it('asksForAFileBeforeUploading', async () => {
    const api = stubApi({ 'GET /api/v1/me': () => json(meWith()) });
    const { user } = renderRoutes(routes, { initialEntry: '/stakeholders/import' });

    await user.click(await screen.findByRole('button', { name: 'Import' }));

    const input = screen.getByLabelText(/CSV file/);
    expect(input).toHaveFocus();
    expect(input).toHaveAccessibleDescription(
      'UTF-8 encoded, with the header row of the template. Please choose a CSV file.',
    );
    expect(api.calls('POST', '/api/v1/stakeholders/import')).toEqual([]);
  });

  it('downloadsTheTemplateWithTheBearerTokenAndSavesItAsAFile', async () => {
    const template = 'name,sector,fieldsOfAction\nHandwerkskammer,CHAMBER,STRATEGY\n';
    const api = stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/stakeholders/import-template': () =>
        new Response(template, { headers: { 'Content-Type': 'text/csv' } }),
    });
    // jsdom has no object URLs; the browser's are stood in for here.
    const saved: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: vi.fn((blob: Blob) => {
        saved.push(blob);
        return 'blob:template';
      }),
      revokeObjectURL: vi.fn(),
    });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    const { user } = renderRoutes(routes, { initialEntry: '/stakeholders/import' });

    await user.click(await screen.findByRole('button', { name: 'Download template (CSV)' }));

    await vi.waitFor(() => {
      expect(clicked).toHaveLength(1);
    });
    expect(clicked[0]?.download).toBe('stakeholder-import-template.csv');
    expect(clicked[0]?.href).toBe('blob:template');
    expect(await saved[0]?.text()).toBe(template);
    const [request] = api.calls('GET', '/api/v1/stakeholders/import-template');
    expect(request?.headers.get('Authorization')).toBe('Bearer test-access-token');
  });

  it('tellsViewersThatTheyCannotImport', async () => {
    stubApi({
      'GET /api/v1/me': () => json(meWith([{ organization: musterstadt, role: 'VIEWER' }])),
    });
    renderRoutes(routes, { initialEntry: '/stakeholders/import' });

    expect(
      await screen.findByText('You cannot import stakeholders in any organisation.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Import' })).not.toBeInTheDocument();
  });
});
