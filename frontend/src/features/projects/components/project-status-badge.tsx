import { useTranslation } from 'react-i18next';

import { Badge } from '@/components/ui/badge';

import type { MeasureStatus, ProjectStatus } from '../api/types';
import { measureStatusTone, projectStatusTone } from '../utils/project-options';

export function ProjectStatusBadge({ status }: { status: ProjectStatus }) {
  const { t } = useTranslation('projects');
  return <Badge tone={projectStatusTone[status]}>{t(`status.${status}`)}</Badge>;
}

export function MeasureStatusBadge({ status }: { status: MeasureStatus }) {
  const { t } = useTranslation('projects');
  return <Badge tone={measureStatusTone[status]}>{t(`measureStatus.${status}`)}</Badge>;
}
