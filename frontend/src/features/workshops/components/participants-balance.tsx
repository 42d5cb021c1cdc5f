import { useTranslation } from 'react-i18next';

import { BarChart } from '@/components/ui/bar-chart';
import { useVocabulary } from '@/lib/vocabulary/vocabulary';

import type { WorkshopSectorBalance } from '../api/types';

/** How the sectors are represented: seats taken and attendance, each a chart with its table. */
export function ParticipantsBalance({ balance }: { balance: WorkshopSectorBalance[] }) {
  const { t } = useTranslation('workshops');
  const { sectorLabel } = useVocabulary();
  return (
    <div className="participants__balance">
      <h3>{t('participants.balance.heading')}</h3>
      <BarChart
        title={t('participants.balance.registered')}
        categoryHeader={t('participants.columns.sector')}
        valueHeader={t('participants.balance.seats')}
        bars={balance.map((row) => ({
          key: row.sector,
          label: sectorLabel(row.sector),
          value: row.registered,
        }))}
      />
      <BarChart
        title={t('participants.balance.attended')}
        categoryHeader={t('participants.columns.sector')}
        valueHeader={t('participants.balance.attendees')}
        bars={balance.map((row) => ({
          key: row.sector,
          label: sectorLabel(row.sector),
          value: row.attended,
        }))}
      />
    </div>
  );
}
