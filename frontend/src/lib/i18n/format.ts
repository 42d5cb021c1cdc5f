import { useTranslation } from 'react-i18next';

const localeFor: Record<string, string> = { de: 'de-DE', en: 'en-GB', da: 'da-DK' };

function intlLocale(language: string): string {
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

/** Years are labels, not quantities: no digit grouping ("2025", never "2.025"). */
export function formatYear(value: number, language: string): string {
  return new Intl.NumberFormat(intlLocale(language), { useGrouping: false }).format(value);
}

/** Formatters bound to the current UI language; components re-render when it changes. */
export function useFormatters() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return {
    language,
    formatDate: (value: string) => formatDate(value, language),
    formatDateTime: (value: string) => formatDateTime(value, language),
    formatNumber: (value: number) => formatNumber(value, language),
    formatYear: (value: number) => formatYear(value, language),
  };
}
