/**
 * Parses a number as typed in any of the UI languages: "405", "-12.5" or "12,5". Digit grouping is
 * not accepted, as "1.234" would mean 1234 in German and 1.234 in English.
 */
export function parseDecimal(text: string): number | undefined {
  const trimmed = text.trim().replace(/\s/g, '');
  if (!/^-?\d+([.,]\d+)?$/.test(trimmed)) {
    return undefined;
  }
  return Number(trimmed.replace(',', '.'));
}

/** A number for an input field in the UI language's decimal separator, without grouping. */
export function formatDecimalInput(value: number, language: string): string {
  return new Intl.NumberFormat(language, { useGrouping: false, maximumFractionDigits: 6 }).format(
    value,
  );
}
