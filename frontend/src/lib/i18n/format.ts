import { useTranslation } from 'react-i18next';

const localeFor: Record<string, string> = { de: 'de-DE', en: 'en-GB', da: 'da-DK' };

/** The Intl locale for a UI language ("de" → "de-DE"); other tags are passed on as they are. */
export function intlLocale(language: string): string {
  return localeFor[language] ?? language;
}

/** Formats a calendar date (`YYYY-MM-DD`) without shifting it through the local time zone. */
export function formatDate(value: string, language: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) {
    return value;
  }
  return new Intl.DateTimeFormat(intlLocale(language), {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(date);
}

export function formatDateTime(value: string, language: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    return value;
  }
  return new Intl.DateTimeFormat(intlLocale(language), {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}

export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(intlLocale(language)).format(value);
}

/** An amount of money, in euros unless said otherwise ("250.000 €", "€250,000"). */
export function formatCurrency(value: number, language: string, currency = 'EUR'): string {
  return new Intl.NumberFormat(intlLocale(language), {
    style: 'currency',
    currency,
    maximumFractionDigits: Number.isInteger(value) ? 0 : 2,
  }).format(value);
}

/** A share given in percent (0–100), written the way the language writes it ("40 %", "40%"). */
export function formatPercent(value: number, language: string): string {
  return new Intl.NumberFormat(intlLocale(language), {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(value / 100);
}

/** Years are labels, not quantities: no digit grouping ("2025", never "2.025"). */
export function formatYear(value: number, language: string): string {
  return new Intl.NumberFormat(intlLocale(language), { useGrouping: false }).format(value);
}

/**
 * The date and time of an event such as a workshop on its organisation's clock (an IANA zone), so
 * that a workshop at 09:00 reads 09:00 whatever zone the browser is in.
 */
export function formatEventTime(value: string, language: string, timeZone: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    return value;
  }
  return new Intl.DateTimeFormat(intlLocale(language), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(date);
}

/** Formatters bound to the current UI language; components re-render when it changes. */
export function useFormatters() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return {
    language,
    formatDate: (value: string) => formatDate(value, language),
    formatDateTime: (value: string) => formatDateTime(value, language),
    formatEventTime: (value: string, timeZone: string) =>
      formatEventTime(value, language, timeZone),
    formatNumber: (value: number) => formatNumber(value, language),
    formatCurrency: (value: number) => formatCurrency(value, language),
    formatPercent: (value: number) => formatPercent(value, language),
    formatYear: (value: number) => formatYear(value, language),
  };
}
