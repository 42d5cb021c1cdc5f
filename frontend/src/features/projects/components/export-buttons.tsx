import { useTranslation } from 'react-i18next';

import { ExportButtons as ExportButtonGroup } from '@/components/ui/export-buttons';
import { useApi } from '@/lib/api/api-context';

import { exportProjects } from '../api/export-projects';
import type { ProjectFilters } from '../api/query-keys';

/** Exports what the filters match, one row per measure, as CSV or XLSX. */
export function ExportButtons({ filters }: { filters: ProjectFilters }) {
  const { t } = useTranslation('projects');
  const api = useApi();
  return (
    <ExportButtonGroup
      label={t('export.label')}
      buttonLabel={(format) => t(`export.${format}`)}
      download={(format) => exportProjects(api, filters, format)}
    />
  );
}
