import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { Strategy } from '@/lib/api/types';
import { useFormatters } from '@/lib/i18n/format';

import { usePeriodLabel } from '../utils/use-period-label';

import { StrategyStatusBadge } from './strategy-status-badge';

interface StrategiesTableProps {
  strategies: readonly Strategy[];
  organizationName: (id: string) => string | undefined;
  captionId: string;
  ref?: Ref<HTMLDivElement>;
}

export function StrategiesTable({
  strategies,
  organizationName,
  captionId,
  ref,
}: StrategiesTableProps) {
  const { t } = useTranslation('strategies');
  const { formatDateTime } = useFormatters();
  const periodLabel = usePeriodLabel();

  return (
    <div className="table-scroll" ref={ref}>
      <table className="table" aria-labelledby={captionId}>
        <thead>
          <tr>
            <th scope="col">{t('columns.title')}</th>
            <th scope="col">{t('columns.organization')}</th>
            <th scope="col">{t('columns.status')}</th>
            <th scope="col">{t('columns.period')}</th>
            <th scope="col">{t('columns.updated')}</th>
          </tr>
        </thead>
        <tbody>
          {strategies.map((strategy) => (
            <tr key={strategy.id}>
              <th scope="row">
                <Link to={`/strategies/${strategy.id}`}>{strategy.title}</Link>
              </th>
              <td>
                {organizationName(strategy.organizationId) ?? t('detail.unknownOrganization')}
              </td>
              <td>
                <StrategyStatusBadge status={strategy.status} />
              </td>
              <td>{periodLabel(strategy.periodFrom, strategy.periodTo)}</td>
              <td>
                <time dateTime={strategy.updatedAt}>{formatDateTime(strategy.updatedAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
