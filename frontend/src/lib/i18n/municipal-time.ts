import { intlLocale } from './format';

/*
 * Workshops and network events are meant on their organisation's clock (an IANA zone the API gives
 * with them), so their times read the same whatever zone the browser is in.
 */

/** A clock time such as "09:15" on the given zone's clock. */
export function formatClock(value: Date, language: string, timeZone: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(value);
}

const localPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The wall-clock parts of an instant in a zone. */
function zonedParts(value: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(value);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((candidate) => candidate.type === type)?.value ?? 0);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
  };
}

/** Minutes a zone is ahead of UTC at an instant (60 in Berlin's winter, 120 in its summer). */
function offsetMinutes(value: Date, timeZone: string): number {
  const wall = zonedParts(value, timeZone);
  const wallAsUtc = Date.UTC(
    wall.year,
    wall.month - 1,
    wall.day,
    wall.hour,
    wall.minute,
    wall.second,
  );
  return Math.round((wallAsUtc - Math.floor(value.getTime() / 1000) * 1000) / 60_000);
}

const two = (value: number) => String(value).padStart(2, '0');

/** An instant as a datetime-local value ("2026-03-10T09:00"), on the zone's clock. */
export function toLocalInput(instant: string | undefined, timeZone: string): string {
  if (!instant) {
    return '';
  }
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) {
    return '';
  }
  const wall = zonedParts(date, timeZone);
  return `${String(wall.year)}-${two(wall.month)}-${two(wall.day)}T${two(wall.hour)}:${two(wall.minute)}`;
}

export function isLocalInput(value: string): boolean {
  return localPattern.test(value);
}

/**
 * A datetime-local value, read on the zone's clock, as the instant the API wants, with the offset
 * that applied then ("2026-03-10T09:00" in Europe/Berlin → "2026-03-10T09:00:00+01:00").
 */
export function fromLocalInput(value: string, timeZone: string): string | undefined {
  const match = localPattern.exec(value);
  if (!match) {
    return undefined;
  }
  const [year = 0, month = 1, day = 1, hour = 0, minute = 0] = match.slice(1).map(Number);
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute);
  // The offset at the wall time itself, checked once more at the instant it gives (DST changes).
  let offset = offsetMinutes(new Date(wallAsUtc), timeZone);
  offset = offsetMinutes(new Date(wallAsUtc - offset * 60_000), timeZone);
  const sign = offset < 0 ? '-' : '+';
  const absolute = Math.abs(offset);
  return `${value}:00${sign}${two(Math.floor(absolute / 60))}:${two(absolute % 60)}`;
}

/** The browser's own zone, for the rare form that has no organisation yet to take one from. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
