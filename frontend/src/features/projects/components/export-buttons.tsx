import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';

import { useExportProjects, type ExportFormat } from '../api/export-projects';
import type { ProjectFilters } from '../api/query-keys';
import { saveFile } from '../utils/save-file';

const formats: ExportFormat[] = ['csv', 'xlsx'];

/** Exports what the filters match, one row per measure, as CSV or XLSX. */
export function ExportButtons({ filters }: { filters: ProjectFilters }) {
  const { t } = useTranslation('projects');
  const mutation = useExportProjects();
  const [saved, setSaved] = useState<string | null>(null);

  return (
    <div className="export" role="group" aria-labelledby="project-export-label">
      <span id="project-export-label" className="export__label">
        {t('export.label')}
      </span>
      <div className="button-row">
        {formats.map((format) => (
          <Button
            key={format}
            disabled={mutation.isPending}
            onClick={() => {
              setSaved(null);
              mutation.mutate(
                { filters, format },
                {
                  onSuccess: ({ blob, fileName }) => {
                    saveFile(blob, fileName);
                    setSaved(fileName);
                  },
                },
              );
            }}
          >
            {t(`export.${format}`)}
          </Button>
        ))}
      </div>
      <p role="status" className="export__status">
        {mutation.isPending ? t('export.pending') : saved ? t('export.done', { file: saved }) : ''}
      </p>
      {mutation.isError ? <ProblemAlert error={mutation.error} /> : null}
    </div>
  );
}
