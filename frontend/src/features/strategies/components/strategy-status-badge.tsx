import { useTranslation } from 'react-i18next';

import { Badge } from '@/components/ui/badge';
import type { StrategyStatus } from '@/lib/api/types';

import { statusTone } from '../utils/strategy-options';

export function StrategyStatusBadge({ status }: { status: StrategyStatus }) {
  const { t } = useTranslation('strategies');
  return <Badge tone={statusTone[status]}>{t(`status.${status}`)}</Badge>;
}
