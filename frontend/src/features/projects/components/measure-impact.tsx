import { useTranslation } from 'react-i18next';

import type { Measure } from '../api/types';
import { useImpactFormat } from '../utils/use-impact-format';

/** What one measure is expected to achieve; only the figures that were estimated. */
export function MeasureImpact({ measure }: { measure: Measure }) {
  const { t } = useTranslation('projects');
  const impact = useImpactFormat();

  const facts: { key: string; term: string; value: string }[] = [];
  if (measure.co2eTonnesPerYear != null) {
    const details = [
      measure.co2eMethod ? t('measure.co2eMethod', { method: measure.co2eMethod }) : null,
      measure.co2eConfidence
        ? t('measure.co2eConfidence', { confidence: t(`confidence.${measure.co2eConfidence}`) })
        : null,
    ].filter(Boolean);
    facts.push({
      key: 'co2e',
      term: t('impact.co2e'),
      value: [impact.co2e(measure.co2eTonnesPerYear), ...details].join(' · '),
    });
  }
  if (measure.renewableMwhPerYear != null) {
    facts.push({
      key: 'renewable',
      term: t('impact.renewable'),
      value: impact.mwh(measure.renewableMwhPerYear),
    });
  }
  if (
    measure.energyCarrierFrom ||
    measure.energyCarrierTo ||
    measure.energyReplacedMwhPerYear != null
  ) {
    const carriers =
      measure.energyCarrierFrom || measure.energyCarrierTo
        ? t('measure.carrierChange', {
            from: measure.energyCarrierFrom ?? t('measure.unknownCarrier'),
            to: measure.energyCarrierTo ?? t('measure.unknownCarrier'),
          })
        : null;
    facts.push({
      key: 'energy',
      term: t('impact.energyReplaced'),
      value: [
        carriers,
        measure.energyReplacedMwhPerYear != null
          ? impact.mwh(measure.energyReplacedMwhPerYear)
          : null,
      ]
        .filter(Boolean)
        .join(' · '),
    });
  }
  const materials = [
    ['materialAvoided', measure.materialAvoidedT],
    ['materialReused', measure.materialReusedT],
    ['materialRecycled', measure.materialRecycledT],
  ] as const;
  for (const [key, value] of materials) {
    if (value != null) {
      facts.push({ key, term: t(`impact.${key}`), value: impact.tonnes(value) });
    }
  }
  if (measure.cost != null) {
    facts.push({ key: 'cost', term: t('impact.cost'), value: impact.euro(measure.cost) });
  }

  if (facts.length === 0) {
    return <p className="measure__no-impact">{t('measure.noImpact')}</p>;
  }
  return (
    <dl className="details details--compact">
      {facts.map((fact) => (
        <div key={fact.key}>
          <dt>{fact.term}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
