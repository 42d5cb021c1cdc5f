import { describe, expect, it } from 'vitest';

import {
  formatCurrency,
  formatDate,
  formatDateTime,
  formatEventTime,
  formatNumber,
  formatPercent,
  formatYear,
} from './format';

describe('Intl formatting per language', () => {
  it.each([
    ['de', '05.03.2026'],
    ['en', '5 Mar 2026'],
    ['da', '5. mar. 2026'],
  ])('formatsCalendarDatesWithoutTimeZoneShiftIn_%s', (language, expected) => {
    expect(formatDate('2026-03-05', language)).toBe(expected);
  });

  it.each([
    ['de', '1.234.567,5'],
    ['en', '1,234,567.5'],
    ['da', '1.234.567,5'],
  ])('formatsNumbersIn_%s', (language, expected) => {
    expect(formatNumber(1234567.5, language)).toBe(expected);
  });

  it.each([
    ['de', '250.000\u00a0€', '1.234,50\u00a0€'],
    ['en', '€250,000', '€1,234.50'],
    ['da', '250.000\u00a0€', '1.234,50\u00a0€'],
  ])('formatsEurosIn_%s', (language, whole, withCents) => {
    expect(formatCurrency(250000, language)).toBe(whole);
    expect(formatCurrency(1234.5, language)).toBe(withCents);
  });

  it.each([
    ['de', '40\u00a0%'],
    ['en', '40%'],
    ['da', '40\u00a0%'],
  ])('formatsPercentIn_%s', (language, expected) => {
    expect(formatPercent(40, language)).toBe(expected);
  });

  it('neverGroupsTheDigitsOfAYear', () => {
    expect(formatYear(2030, 'de')).toBe('2030');
  });

  it('formatsTimestampsWithDateAndTime', () => {
    expect(formatDateTime('2026-02-01T14:05:00Z', 'de')).toMatch(/^01\.02\.2026, \d{2}:\d{2}$/);
  });

  it('formatsEventTimesOnTheOrganisationsClockWhateverTheBrowserZone', () => {
    // 08:00 UTC is 09:00 in Berlin in winter and 10:00 in summer, 06:00 in Nuuk in winter.
    expect(formatEventTime('2027-03-10T08:00:00Z', 'de', 'Europe/Berlin')).toBe(
      '10.03.2027, 09:00',
    );
    expect(formatEventTime('2027-06-10T08:00:00Z', 'de', 'Europe/Berlin')).toBe(
      '10.06.2027, 10:00',
    );
    expect(formatEventTime('2027-03-10T08:00:00Z', 'de', 'America/Nuuk')).toBe('10.03.2027, 06:00');
  });

  it('leavesUnparseableValuesAsTheyAre', () => {
    expect(formatDate('not a date', 'en')).toBe('not a date');
  });
});
