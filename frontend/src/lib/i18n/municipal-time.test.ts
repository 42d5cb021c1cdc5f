import { describe, expect, it } from 'vitest';

import { formatClock, fromLocalInput, toLocalInput } from './municipal-time';

const BERLIN = 'Europe/Berlin';
const NUUK = 'America/Nuuk';

describe('workshop times on their organisation clock', () => {
  it('readsTypedTimesOnTheZonesClockWithTheOffsetOfTheDay', () => {
    expect(fromLocalInput('2026-03-10T09:00', BERLIN)).toBe('2026-03-10T09:00:00+01:00');
    expect(fromLocalInput('2026-06-10T09:00', BERLIN)).toBe('2026-06-10T09:00:00+02:00');
    expect(fromLocalInput('2026-03-29T12:00', BERLIN)).toBe('2026-03-29T12:00:00+02:00');
    expect(fromLocalInput('2026-03-10T09:00', 'Europe/Copenhagen')).toBe(
      '2026-03-10T09:00:00+01:00',
    );
    expect(fromLocalInput('2026-03-10T09:00', NUUK)).toBe('2026-03-10T09:00:00-02:00');
    expect(fromLocalInput('10.03.2026 09:00', BERLIN)).toBeUndefined();
  });

  it('showsInstantsOnTheZonesClock', () => {
    expect(toLocalInput('2026-03-10T08:00:00Z', BERLIN)).toBe('2026-03-10T09:00');
    expect(toLocalInput('2026-06-10T07:30:00Z', BERLIN)).toBe('2026-06-10T09:30');
    expect(toLocalInput('2026-03-10T08:00:00Z', NUUK)).toBe('2026-03-10T06:00');
    expect(toLocalInput(undefined, BERLIN)).toBe('');
  });

  it('showsClockTimesOnTheZonesClock', () => {
    const instant = new Date('2026-03-10T08:00:00Z');
    expect(formatClock(instant, 'de', BERLIN)).toBe('09:00');
    expect(formatClock(instant, 'da', NUUK)).toBe('06.00');
  });
});
