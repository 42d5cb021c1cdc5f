import { describe, expect, it } from 'vitest';

import { fromLocalInput, toLocalInput } from './municipal-time';

describe('workshop times', () => {
  it('readsTypedTimesOnTheBerlinClockWithTheOffsetOfTheDay', () => {
    expect(fromLocalInput('2026-03-10T09:00')).toBe('2026-03-10T09:00:00+01:00');
    expect(fromLocalInput('2026-06-10T09:00')).toBe('2026-06-10T09:00:00+02:00');
    expect(fromLocalInput('2026-03-29T12:00')).toBe('2026-03-29T12:00:00+02:00');
    expect(fromLocalInput('10.03.2026 09:00')).toBeUndefined();
  });

  it('showsInstantsOnTheBerlinClock', () => {
    expect(toLocalInput('2026-03-10T08:00:00Z')).toBe('2026-03-10T09:00');
    expect(toLocalInput('2026-06-10T07:30:00Z')).toBe('2026-06-10T09:30');
    expect(toLocalInput(undefined)).toBe('');
  });
});
