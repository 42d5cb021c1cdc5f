import { useTranslation } from 'react-i18next';

import { useFormatters } from '@/lib/i18n/format';

/** "2025–2030", "from 2025", "until 2030" or the empty mark. */
export function usePeriodLabel() {
  const { t } = useTranslation('strategies');
  const { t: tCommon } = useTranslation();
  const { formatYear } = useFormatters();
  return (from: number | null | undefined, to: number | null | undefined): string => {
    if (from != null && to != null) {
      return t('period.range', { from: formatYear(from), to: formatYear(to) });
    }
    if (from != null) {
      return t('period.from', { from: formatYear(from) });
    }
    if (to != null) {
      return t('period.to', { to: formatYear(to) });
    }
    return tCommon('empty');
  };
}
