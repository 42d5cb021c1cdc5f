import { describe, expect, it } from 'vitest';

import { makeWorkshop } from '../testing/fixtures';

import { printFileName } from './print-text';

describe('printFileName', () => {
  it('datesTheFileOnTheBerlinClockNotInUtc', () => {
    // 00:30 in Berlin on 10 March is still 9 March in UTC.
    expect(
      printFileName(
        makeWorkshop({ title: 'Auftaktworkshop Kreislaufstadt', startsAt: '2026-03-09T23:30:00Z' }),
      ),
    ).toBe('2026-03-10-auftaktworkshop-kreislaufstadt.md');
    expect(
      printFileName(makeWorkshop({ title: 'Größe & Maß', startsAt: '2026-06-10T07:00:00Z' })),
    ).toBe('2026-06-10-grosse-mass.md');
  });
});
