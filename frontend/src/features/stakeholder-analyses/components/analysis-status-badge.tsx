import { useTranslation } from 'react-i18next';

import { Badge } from '@/components/ui/badge';
import type { AnalysisStatus } from '@/lib/api/types';

import { statusTone } from '../utils/analysis-options';

export function AnalysisStatusBadge({ status }: { status: AnalysisStatus }) {
  const { t } = useTranslation('analyses');
  return <Badge tone={statusTone[status]}>{t(`status.${status}`)}</Badge>;
}
