import { useTranslation } from 'react-i18next';

import { Badge } from '@/components/ui/badge';
import type { IndicatorProgress } from '@/lib/api/types';
import { useFormatters } from '@/lib/i18n/format';

import { progressTone } from '../utils/outline-options';

/** The computed progress status, with the share of the way done where there is one. */
export function ProgressBadge({ progress }: { progress: IndicatorProgress }) {
  const { t } = useTranslation('outline');
  const { formatNumber } = useFormatters();
  const label = t(`progress.${progress.status}`);
  return (
    <Badge tone={progressTone[progress.status]}>
      {progress.percent !== undefined
        ? t('progress.withPercent', { status: label, percent: formatNumber(progress.percent) })
        : label}
    </Badge>
  );
}
