import { useTranslation } from 'react-i18next';

import type { ImpactTotals } from '../api/types';
import { useImpactFormat } from '../utils/use-impact-format';

interface ImpactSummaryProps {
  totals: ImpactTotals;
  captionId: string;
}

/** The project's impact: sums over its measures (cancelled ones excluded), each with its unit. */
export function ImpactSummary({ totals, captionId }: ImpactSummaryProps) {
  const { t } = useTranslation(['projects', 'common']);
  const impact = useImpactFormat();

  const rows: { key: string; label: string; value: string }[] = [
    { key: 'co2e', label: t('impact.co2e'), value: impact.co2e(totals.co2eTonnesPerYear) },
    {
      key: 'renewable',
      label: t('impact.renewable'),
      value: impact.mwh(totals.renewableMwhPerYear),
    },
    {
      key: 'energyReplaced',
      label: t('impact.energyReplaced'),
      value: impact.mwh(totals.energyReplacedMwhPerYear),
    },
    {
      key: 'materialAvoided',
      label: t('impact.materialAvoided'),
      value: impact.tonnes(totals.materialAvoidedT),
    },
    {
      key: 'materialReused',
      label: t('impact.materialReused'),
      value: impact.tonnes(totals.materialReusedT),
    },
    {
      key: 'materialRecycled',
      label: t('impact.materialRecycled'),
      value: impact.tonnes(totals.materialRecycledT),
    },
    { key: 'cost', label: t('impact.cost'), value: impact.euro(totals.cost) },
    {
      key: 'progress',
      label: t('impact.progress'),
      value: totals.progress != null ? impact.percent(totals.progress) : t('progress.none'),
    },
  ];

  return (
    <>
      <p className="impact__basis">{t('impact.basis', { count: totals.measureCount })}</p>
      <table className="table impact" aria-labelledby={captionId}>
        <thead>
          <tr>
            <th scope="col">{t('impact.indicator')}</th>
            <th scope="col" className="table__number">
              {t('impact.value')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="table__number">{row.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
