import { useTranslation } from 'react-i18next';

import { Badge } from '@/components/ui/badge';
import { useFormatters } from '@/lib/i18n/format';

import type { NetworkMemberStanding } from '../api/types';

/**
 * One row per member municipality; every figure counts only what the member shares, or figures of
 * all its records where its admin consented, and such rows say so.
 */
export function ComparisonTable({ members }: { members: readonly NetworkMemberStanding[] }) {
  const { t } = useTranslation('networks');
  const format = useFormatters();
  const of = (count: number, part: number) =>
    t('dashboard.countOf', { count: format.formatNumber(count), of: format.formatNumber(part) });
  return (
    // Nine columns scroll sideways on narrow screens; the region takes focus so that keyboards can
    // scroll it (WCAG 2.1.1, axe scrollable-region-focusable).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-scroll" role="region" aria-label={t('dashboard.caption')} tabIndex={0}>
      <table className="table">
        <caption>{t('dashboard.caption')}</caption>
        <thead>
          <tr>
            {(
              [
                'municipality',
                'strategies',
                'completeness',
                'projects',
                'co2e',
                'workshops',
                'events',
                'reports',
                'practices',
              ] as const
            ).map((column) => (
              <th key={column} scope="col">
                {t(`dashboard.columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.organization.id}>
              <th scope="row">
                {member.organization.name}
                {member.basis === 'AGGREGATES_CONSENTED' ? (
                  <>
                    {' '}
                    <Badge tone="info">{t('dashboard.basis.AGGREGATES_CONSENTED')}</Badge>
                  </>
                ) : null}
              </th>
              <td>{of(member.strategies, member.adoptedStrategies)}</td>
              <td>
                {member.strategyCompleteness === undefined
                  ? t('dashboard.notShared')
                  : format.formatPercent(member.strategyCompleteness)}
              </td>
              <td>{format.formatNumber(member.projects.total)}</td>
              <td>{format.formatNumber(member.projects.impact.co2eTonnesPerYear)}</td>
              <td>{format.formatNumber(member.workshopsHeld)}</td>
              <td>{format.formatNumber(member.eventsAttended)}</td>
              <td>{format.formatNumber(member.statusReports)}</td>
              <td>{of(member.practicesPublished, member.practiceAdoptions)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
