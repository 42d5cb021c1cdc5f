import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { i18n } from '@/lib/i18n/i18n';
import { json, stubApi } from '@/testing/fetch-stub';
import { renderRoutes } from '@/testing/render';

import { RecordHistory } from './record-history';

const page1 = {
  items: [
    {
      type: 'strategy',
      id: 's-1',
      operation: 'UPDATE',
      changedAt: '2026-12-02T09:15:00Z',
      actor: 'erika',
      requestId: 'r-2',
      changes: [{ field: 'title', before: 'Erster Entwurf', after: 'Zweiter Entwurf' }],
    },
  ],
  next: 'older',
};
const page2 = {
  items: [
    {
      type: 'strategy-component',
      id: 'c-1',
      operation: 'CREATE',
      changedAt: '2026-12-01T08:00:00Z',
      actor: 'max',
      changes: [{ field: 'title', after: 'Vision' }],
    },
  ],
};

describe('RecordHistory', () => {
  it('loadsWhenOpenedAndShowsEachFieldBeforeAndAfterThenOlderChanges', async () => {
    const api = stubApi({
      'GET /api/v1/strategies/s-1/history': ({ url }) =>
        json(url.searchParams.get('cursor') === 'older' ? page2 : page1),
    });
    const { user } = renderRoutes([
      { path: '/', element: <RecordHistory kind="strategies" id="s-1" /> },
    ]);

    expect(api.requests).toEqual([]);
    const toggle = screen.getByRole('button', { name: 'Show history' });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');

    expect(await screen.findByText('erika: strategy changed')).toBeInTheDocument();
    const table = screen.getByRole('table', {
      name: 'Changed fields with their value before and after',
    });
    const row = within(table).getByRole('row', { name: /title/ });
    expect(within(row).getByText('Erster Entwurf')).toBeInTheDocument();
    expect(within(row).getByText('Zweiter Entwurf')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Load older changes' }));
    expect(await screen.findByText('max: strategy component created')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load older changes' })).not.toBeInTheDocument();
    expect(api.requests.map((request) => request.url.searchParams.get('cursor'))).toEqual([
      null,
      'older',
    ]);
  });

  it('speaksGermanAndDanish', async () => {
    stubApi({ 'GET /api/v1/workshops/w-1/history': () => json({ items: [] }) });
    await i18n.changeLanguage('de');
    const { user } = renderRoutes([
      { path: '/', element: <RecordHistory kind="workshops" id="w-1" /> },
    ]);
    await user.click(screen.getByRole('button', { name: 'Verlauf anzeigen' }));
    expect(await screen.findByText('Noch keine Änderungen aufgezeichnet.')).toBeInTheDocument();
    await i18n.changeLanguage('da');
    expect(await screen.findByText('Ingen ændringer registreret endnu.')).toBeInTheDocument();
  });
});
