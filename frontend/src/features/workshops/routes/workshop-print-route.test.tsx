import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { readFileAsText } from '@/lib/files/files';
import { json, problem, stubApi } from '@/testing/fetch-stub';
import { meWith } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import { makeFollowUp, makeWorkshop, workshopId } from '../testing/fixtures';

import { WorkshopPrintRoute } from './workshop-print-route';

function stubPrint(extra: Parameters<typeof stubApi>[0] = {}) {
  return stubApi({
    'GET /api/v1/me': () => json(meWith()),
    'GET /api/v1/workshops/:id': () =>
      json(makeWorkshop({ minutes: 'Drei Projektideen ausgewählt.', status: 'HELD' })),
    'GET /api/v1/workshops/:id/follow-ups': () =>
      json({ workshopId, items: [makeFollowUp({ overdue: true })] }),
    'GET /api/v1/workshops/:id/outcomes': () =>
      json({
        workshopId,
        items: [
          {
            id: 'o1',
            workshopId,
            type: 'PROJECT_PROPOSAL',
            text: 'Materialbörse Bau',
            version: 0,
            createdAt: '2026-02-10T10:00:00Z',
            createdBy: 'erika',
            updatedAt: '2026-02-10T10:00:00Z',
            updatedBy: 'erika',
          },
        ],
      }),
    ...extra,
  });
}

function renderPrint() {
  return renderRoutes([{ path: '/workshops/:workshopId/print', element: <WorkshopPrintRoute /> }], {
    initialEntry: `/workshops/${workshopId}/print`,
  });
}

describe('WorkshopPrintRoute', () => {
  const downloads: { download: string }[] = [];
  const createObjectURL = vi.fn<(blob: Blob) => string>(() => 'blob:http://localhost/print-1');
  const recordDownload = (event: MouseEvent) => {
    if (event.target instanceof HTMLAnchorElement && event.target.download) {
      downloads.push({ download: event.target.download });
      event.preventDefault();
    }
  };

  beforeEach(() => {
    downloads.length = 0;
    createObjectURL.mockClear();
    Object.defineProperty(URL, 'createObjectURL', {
      configurable: true,
      value: createObjectURL,
    });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: vi.fn() });
    document.addEventListener('click', recordDownload);
  });

  afterEach(() => {
    document.removeEventListener('click', recordDownload);
  });

  it('showsFactsAgendaWithRunningTimesMinutesOutcomesAndFollowUps', async () => {
    stubPrint();
    renderPrint();

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Auftaktworkshop Kreislaufstadt' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Wuppertal Institut (Moderation)')).toBeInTheDocument();
    const agenda = screen.getByRole('table', { name: 'Agenda' });
    expect(within(agenda).getByRole('row', { name: /09:00–09:15 Begrüßung/ })).toBeInTheDocument();
    expect(
      within(agenda).getByRole('row', { name: /09:15–09:45 Ideen sammeln World Café/ }),
    ).toBeInTheDocument();
    expect(screen.getByText('Drei Projektideen ausgewählt.')).toBeInTheDocument();
    expect(await screen.findByText('Materialbörse Bau')).toBeInTheDocument();
    expect(screen.getByText('Project proposal:')).toBeInTheDocument();
    const followUps = await screen.findByRole('table', {
      name: 'Follow-ups of the workshop by due date',
    });
    expect(
      within(followUps).getByRole('row', { name: /Protokoll versenden .* Open \(Overdue\)/ }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Main navigation' })).not.toBeInTheDocument();
  });

  it('printsAndDownloadsTheAgendaAsMarkdown', async () => {
    stubPrint();
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const { user } = renderPrint();

    await user.click(await screen.findByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();

    await screen.findByText('Materialbörse Bau');
    await screen.findByRole('table', { name: 'Follow-ups of the workshop by due date' });
    await user.click(screen.getByRole('button', { name: 'Download as text file (Markdown)' }));
    await waitFor(() => {
      expect(downloads).toEqual([{ download: '2026-02-10-auftaktworkshop-kreislaufstadt.md' }]);
    });
    const blob = createObjectURL.mock.calls[0]?.[0];
    expect(blob).toBeDefined();
    const text = await readFileAsText(blob ?? new Blob());
    expect(text).toContain('# Auftaktworkshop Kreislaufstadt');
    expect(text).toContain('| 09:15–09:45 | Ideen sammeln | World Café |  |  |');
    expect(text).toContain('- Project proposal: Materialbörse Bau');
    expect(text).toContain('- [ ] Protokoll versenden – Amt für Wirtschaftsförderung');
  });

  it('showsLoadingSectionsAndHoldsTheDownloadBackUntilOutcomesAndFollowUpsAreThere', async () => {
    let answerFollowUps: (response: Response) => void = () => undefined;
    stubPrint({
      'GET /api/v1/workshops/:id/follow-ups': () =>
        new Promise<Response>((resolve) => {
          answerFollowUps = resolve;
        }),
      'GET /api/v1/workshops/:id/outcomes': () =>
        problem(500, { title: 'Internal Server Error', detail: 'Ergebnisse nicht lesbar.' }),
    });
    renderPrint();

    await screen.findByRole('heading', { level: 1, name: 'Auftaktworkshop Kreislaufstadt' });
    const download = screen.getByRole('button', { name: 'Download as text file (Markdown)' });
    expect(download).toBeDisabled();
    const followUps = screen.getByRole('region', { name: 'Follow-ups' });
    expect(within(followUps).getByRole('status')).toHaveTextContent('Loading');
    const outcomes = screen.getByRole('region', { name: 'Outcomes' });
    expect(await within(outcomes).findByText('Ergebnisse nicht lesbar.')).toBeInTheDocument();

    answerFollowUps(json({ workshopId, items: [makeFollowUp()] }));
    expect(
      await within(followUps).findByRole('table', {
        name: 'Follow-ups of the workshop by due date',
      }),
    ).toBeInTheDocument();
    // Without the outcomes the file would be incomplete.
    expect(download).toBeDisabled();
  });
});
