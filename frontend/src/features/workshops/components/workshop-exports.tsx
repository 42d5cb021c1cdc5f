import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { ExportButtons } from '@/components/ui/export-buttons';
import { useApi } from '@/lib/api/api-context';

import { exportWorkshopList, type WorkshopExportList } from '../api/export-workshop-lists';

const lists: WorkshopExportList[] = ['participants', 'outcomes'];

/** Participant and outcome lists as CSV or XLSX, for mail merges and reports. */
export function WorkshopExports({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation('workshops');
  const api = useApi();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('exports.heading')}</h2>
      {lists.map((list) => (
        <ExportButtons
          key={list}
          label={t(`exports.${list}`)}
          buttonLabel={(format) => t(`exports.${list}Format.${format}`)}
          download={(format) => exportWorkshopList(api, workshopId, list, format)}
        />
      ))}
    </section>
  );
}
