import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { problem, stubApi } from '@/testing/fetch-stub';
import { renderRoutes } from '@/testing/render';

import { workshopId } from '../testing/fixtures';

import { WorkshopExports } from './workshop-exports';

describe('WorkshopExports', () => {
  const downloads: { href: string; download: string }[] = [];
  const recordDownload = (event: MouseEvent) => {
    if (event.target instanceof HTMLAnchorElement && event.target.download) {
      downloads.push({ href: event.target.href, download: event.target.download });
      event.preventDefault();
    }
  };

  beforeEach(() => {
    downloads.length = 0;
    // jsdom has no object URLs; the browser's own implementation is not under test here.
    Object.defineProperty(URL, 'createObjectURL', {
      configurable: true,
      value: vi.fn(() => 'blob:http://localhost/export-1'),
    });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: vi.fn() });
    document.addEventListener('click', recordDownload);
  });

  afterEach(() => {
    document.removeEventListener('click', recordDownload);
  });

  function renderExports() {
    return renderRoutes([{ path: '/w', element: <WorkshopExports workshopId={workshopId} /> }], {
      initialEntry: '/w',
    });
  }

  it('downloadsParticipantsAndOutcomesWithTheTokenInTheChosenFormat', async () => {
    const api = stubApi({
      'GET /api/v1/workshops/:id/participants/export': () =>
        new Response('Name;Status\n', { headers: { 'Content-Type': 'text/csv' } }),
      'GET /api/v1/workshops/:id/outcomes/export': () =>
        new Response('xlsx', {
          headers: {
            'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          },
        }),
    });
    const { user } = renderExports();

    await user.click(screen.getByRole('button', { name: 'Participants as CSV' }));

    expect(
      await screen.findByText('The file workshop-participants.csv has been downloaded.'),
    ).toBeInTheDocument();
    const [participants] = api.calls('GET', `/api/v1/workshops/${workshopId}/participants/export`);
    expect(participants?.headers.get('Authorization')).toBe('Bearer test-access-token');
    expect(participants?.url.searchParams.get('format')).toBe('csv');

    await user.click(screen.getByRole('button', { name: 'Outcomes as XLSX' }));

    await waitFor(() => {
      expect(downloads.at(-1)?.download).toBe('workshop-outcomes.xlsx');
    });
    const [outcomes] = api.calls('GET', `/api/v1/workshops/${workshopId}/outcomes/export`);
    expect(outcomes?.url.searchParams.get('format')).toBe('xlsx');
    expect(outcomes?.headers.get('Accept')).toContain(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(downloads.map((download) => download.download)).toEqual([
      'workshop-participants.csv',
      'workshop-outcomes.xlsx',
    ]);
  });

  it('showsTheProblemWhenAnExportFails', async () => {
    stubApi({
      'GET /api/v1/workshops/:id/outcomes/export': () =>
        problem(404, {
          title: 'Not found',
          detail: 'No such record, or one the caller may not read.',
        }),
    });
    const { user } = renderExports();

    await user.click(screen.getByRole('button', { name: 'Outcomes as CSV' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'No such record, or one the caller may not read.',
    );
    expect(downloads).toEqual([]);
  });
});
