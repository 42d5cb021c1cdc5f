import { useTranslation } from 'react-i18next';

import { LinkButton } from '@/components/ui/link-button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';

import { useOutline } from '../api/get-outline';

import { CompletenessMeter } from './completeness-meter';

interface StrategyOutlineSectionProps {
  strategyId: string;
}

/** On the strategy's page: how complete its outline is, and the way to it. */
export function StrategyOutlineSection({ strategyId }: StrategyOutlineSectionProps) {
  const { t } = useTranslation('outline');
  const outline = useOutline(strategyId);
  return (
    <section aria-labelledby="strategy-outline-heading" className="related-section">
      <h2 id="strategy-outline-heading">{t('section.heading')}</h2>
      {outline.isPending ? <Loading /> : null}
      {outline.isError ? <ProblemAlert error={outline.error} /> : null}
      {outline.isSuccess ? (
        <>
          <p>{t('section.count', { count: outline.data.items.length })}</p>
          <CompletenessMeter completeness={outline.data.completeness} headingLevel={3} />
        </>
      ) : null}
      <LinkButton to={`/strategies/${strategyId}/outline`} variant="primary">
        {t('section.open')}
      </LinkButton>
    </section>
  );
}
