import { useTranslation } from 'react-i18next';

import { useFormatters } from '@/lib/i18n/format';

/** Impact figures with their units, numbers and money formatted for the current language. */
export function useImpactFormat() {
  const { t } = useTranslation('projects');
  const { formatNumber, formatCurrency, formatPercent } = useFormatters();
  return {
    co2e: (value: number) => t('units.co2e', { value: formatNumber(value) }),
    mwh: (value: number) => t('units.mwh', { value: formatNumber(value) }),
    tonnes: (value: number) => t('units.tonnes', { value: formatNumber(value) }),
    euro: (value: number) => formatCurrency(value),
    percent: (value: number) => formatPercent(value),
  };
}
