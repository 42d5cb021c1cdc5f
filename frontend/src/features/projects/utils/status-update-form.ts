export const STATUS_UPDATE_MAX_LENGTH = 4000;

/** A whole percent 0–100 as typed ("40", " 40 %"); undefined when empty. */
export function parsePercent(value: string): number | undefined | 'invalid' {
  const trimmed = value.replace(/\s*%\s*$/, '').trim();
  if (trimmed === '') {
    return undefined;
  }
  if (!/^\d{1,3}$/.test(trimmed)) {
    return 'invalid';
  }
  const percent = Number(trimmed);
  return percent <= 100 ? percent : 'invalid';
}
