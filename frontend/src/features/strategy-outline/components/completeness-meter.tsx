import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { Completeness } from '@/lib/api/types';

import { componentTypes } from '../utils/outline-options';

interface CompletenessMeterProps {
  completeness: Completeness;
  headingLevel?: 2 | 3;
}

/** Which of the model approach's seven component types the outline has, as a bar and in words. */
export function CompletenessMeter({ completeness, headingLevel = 2 }: CompletenessMeterProps) {
  const { t } = useTranslation('outline');
  const headingId = useId();
  const barId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const missing = componentTypes.filter((type) => completeness.missingTypes.includes(type));
  const present = componentTypes.length - missing.length;

  return (
    <section className="completeness" aria-labelledby={headingId}>
      <Heading id={headingId}>{t('completeness.heading')}</Heading>
      <label htmlFor={barId} className="completeness__label">
        {t('completeness.label', {
          present,
          total: componentTypes.length,
          percent: completeness.percent,
        })}
      </label>
      <progress id={barId} className="completeness__bar" max={100} value={completeness.percent}>
        {completeness.percent} %
      </progress>
      {missing.length === 0 ? (
        <p>{t('completeness.complete')}</p>
      ) : (
        <p>
          {t('completeness.missing')} {missing.map((type) => t(`type.${type}`)).join(', ')}
        </p>
      )}
    </section>
  );
}
