const localeFor: Record<string, string> = { de: 'de-DE', en: 'en-GB', da: 'da-DK' };

/**
 * A clock time such as "09:15". German and Danish workshops both take place in Central European
 * time, so times are shown there whatever the browser's zone.
 */
export function formatClock(value: Date, language: string): string {
  return new Intl.DateTimeFormat(localeFor[language] ?? language, {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Berlin',
  }).format(value);
}
