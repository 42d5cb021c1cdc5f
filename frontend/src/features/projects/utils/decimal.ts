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
    return 'invalid';
  }
  return Number(normalized);
}

/** A number for an input field in the current language, without digit grouping ("120,5"). */
export function formatDecimalInput(value: number | null | undefined, language: string): string {
  if (value == null) {
    return '';
  }
  return String(value).replace('.', separators(language).decimal);
}
