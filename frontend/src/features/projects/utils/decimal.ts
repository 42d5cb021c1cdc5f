/** The separators a language writes numbers with. */
function separators(language: string): { group: string; decimal: string } {
  return language === 'en' ? { group: ',', decimal: '.' } : { group: '.', decimal: ',' };
}

function escape(char: string): string {
  return char === '.' ? '\\.' : char;
}

/**
 * A number as typed in the current language: "120,5" or "250.000" in German and Danish, "120.5"
 * or "250,000" in English. Digit groups are read by the language's rules; a single other separator
 * between digits ("120.5" in German) still reads as the decimal one, as people paste figures from
 * elsewhere. Empty gives undefined; anything else 'invalid'.
 */
export function parseDecimal(value: string, language: string): number | undefined | 'invalid' {
  const normalized = normalizeDecimal(value, language);
  if (normalized === null) {
    return 'invalid';
  }
  return normalized === undefined ? undefined : Number(normalized);
}

/** What a column holds, as the API's contract states it: the largest magnitude, digits after the point. */
export interface DecimalBounds {
  max: number;
  fraction: number;
}

/** Euros (budgets, costs). */
export const moneyBounds: DecimalBounds = { max: 999_999_999_999.99, fraction: 2 };
/** Yearly quantities: tonnes, MWh. */
export const quantityBounds: DecimalBounds = { max: 99_999_999_999.999, fraction: 3 };
/** Indicator figures, such as a measure's contribution. */
export const figureBounds: DecimalBounds = { max: 999_999_999_999_999, fraction: 6 };

/** Why a typed number does not fit its column, or undefined when it does (or is not a number). */
export function boundsProblem(
  value: string,
  language: string,
  bounds: DecimalBounds,
): 'tooLarge' | 'decimals' | undefined {
  const normalized = normalizeDecimal(value, language);
  if (normalized == null) {
    return undefined;
  }
  if ((normalized.split('.')[1] ?? '').length > bounds.fraction) {
    return 'decimals';
  }
  return Math.abs(Number(normalized)) > bounds.max ? 'tooLarge' : undefined;
}

/** The typed number as JavaScript writes it ("1234.5"); undefined when empty, null when not a number. */
function normalizeDecimal(value: string, language: string): string | undefined | null {
  const compact = value.replace(/[\s\u00a0\u202f]/g, '').replace(/€$/, '');
  if (compact === '') {
    return undefined;
  }
  const { group, decimal } = separators(language);
  const grouped = new RegExp(`^-?\\d{1,3}(${escape(group)}\\d{3})+(${escape(decimal)}\\d+)?$`);
  const ungrouped = grouped.test(compact) ? compact.split(group).join('') : compact;
  // One separator between digits is a decimal one, whichever was typed.
  const normalized = ungrouped.replace(/^(-?\d+)[.,](\d+)$/, '$1.$2');
  if (!/^-?\d+(\.\d+)?$/.test(normalized)) {
    return null;
  }
  return normalized;
}

/** A number for an input field in the current language, without digit grouping ("120,5"). */
export function formatDecimalInput(value: number | null | undefined, language: string): string {
  if (value == null) {
    return '';
  }
  return String(value).replace('.', separators(language).decimal);
}
