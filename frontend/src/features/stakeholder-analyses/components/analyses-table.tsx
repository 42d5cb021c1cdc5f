import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { StakeholderAnalysis } from '@/lib/api/types';
import { useFormatters } from '@/lib/i18n/format';

import { AnalysisStatusBadge } from './analysis-status-badge';

interface AnalysesTableProps {
  analyses: readonly StakeholderAnalysis[];
  captionId: string;
  ref?: Ref<HTMLDivElement>;
}

export function AnalysesTable({ analyses, captionId, ref }: AnalysesTableProps) {
  const { t } = useTranslation(['analyses', 'common']);
  const { formatDate } = useFormatters();
  const empty = t('common:empty');
  return (
    <div className="table-scroll" ref={ref}>
      <table className="table" aria-labelledby={captionId}>
        <thead>
          <tr>
            <th scope="col">{t('columns.title')}</th>
            <th scope="col">{t('columns.method')}</th>
            <th scope="col">{t('columns.conductedOn')}</th>
            <th scope="col">{t('columns.status')}</th>
            <th scope="col">{t('columns.facilitator')}</th>
          </tr>
        </thead>
        <tbody>
          {analyses.map((analysis) => (
            <tr key={analysis.id}>
              <th scope="row">
                <Link to={`/stakeholder-analyses/${analysis.id}`}>{analysis.title}</Link>
              </th>
              <td>{t(`method.${analysis.method}`)}</td>
              <td>
                {analysis.conductedOn ? (
                  <time dateTime={analysis.conductedOn}>{formatDate(analysis.conductedOn)}</time>
                ) : (
                  empty
                )}
              </td>
              <td>
                <AnalysisStatusBadge status={analysis.status} />
              </td>
              <td>{analysis.facilitator ?? empty}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
