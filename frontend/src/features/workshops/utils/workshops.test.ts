import { describe, expect, it } from 'vitest';

import type { WorkshopSummary } from '../api/types';

import { minutesOf, moveItem, plannedMinutes } from './agenda';
import { upcomingFirst } from './workshops';

function summary(id: string, startsAt: string, endsAt: string): WorkshopSummary {
  return {
    id,
    organizationId: 'o',
    title: id,
    purpose: 'KICK_OFF',
    format: 'ONLINE',
    startsAt,
    endsAt,
    timeZone: 'Europe/Berlin',
    capacity: 10,
    seatsTaken: 0,
    waitlisted: 0,
    status: 'PLANNED',
    visibility: 'PRIVATE',
    version: 0,
    updatedAt: startsAt,
    updatedBy: 'x',
  };
}

describe('workshop utils', () => {
  it('listsUpcomingWorkshopsFirstThenThePastLatestFirst', () => {
    const now = new Date('2026-03-01T12:00:00Z');
    const items = [
      summary('past-old', '2026-01-01T09:00:00Z', '2026-01-01T12:00:00Z'),
      summary('later', '2026-05-01T09:00:00Z', '2026-05-01T12:00:00Z'),
      summary('past-recent', '2026-02-01T09:00:00Z', '2026-02-01T12:00:00Z'),
      summary('soon', '2026-03-02T09:00:00Z', '2026-03-02T12:00:00Z'),
    ];

    expect(upcomingFirst(items, now).map((item) => item.id)).toEqual([
      'soon',
      'later',
      'past-recent',
      'past-old',
    ]);
  });

  it('countsOnlyWholePositiveDurations', () => {
    expect(minutesOf('45')).toBe(45);
    expect(minutesOf(' 10 ')).toBe(10);
    expect(minutesOf('1,5')).toBe(0);
    expect(minutesOf('')).toBe(0);
    expect(
      plannedMinutes([
        {
          key: 'a',
          title: '',
          durationMinutes: '15',
          method: '',
          responsible: '',
          expectedOutput: '',
        },
        {
          key: 'b',
          title: '',
          durationMinutes: 'x',
          method: '',
          responsible: '',
          expectedOutput: '',
        },
      ]),
    ).toBe(15);
  });

  it('movesItemsWithinBounds', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
  });
});
