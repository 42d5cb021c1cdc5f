import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Badge } from '@/components/ui/badge';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { useFormatters } from '@/lib/i18n/format';

import { useCouncilDecisions, useFollowGroups } from '../api/anchoring';

interface StrategyAnchoringSectionProps {
  strategyId: string;
  organizationId: string;
  /** The council decision that adopted the strategy, if its adoption links one. */
  adoptedBy?: string | undefined;
}

/**
 * Political anchoring on a strategy's page: the council decisions on this strategy and the
 * municipality's follow groups; the anchoring page is where they are recorded.
 */
export function StrategyAnchoringSection({
  strategyId,
  organizationId,
  adoptedBy,
}: StrategyAnchoringSectionProps) {
  const { t } = useTranslation('anchoring');
  const format = useFormatters();
  const decisions = useCouncilDecisions({ strategyId });
  const groups = useFollowGroups(organizationId);

  return (
    <section aria-labelledby="strategy-anchoring-heading">
      <h2 id="strategy-anchoring-heading">{t('strategy.heading')}</h2>
      <h3 id="strategy-decisions-heading">{t('strategy.decisions')}</h3>
      {decisions.isPending ? <Loading /> : null}
      {decisions.isError ? <ProblemAlert error={decisions.error} /> : null}
      {decisions.isSuccess && decisions.data.items.length === 0 ? (
        <p>{t('strategy.noDecisions')}</p>
      ) : null}
      {decisions.isSuccess && decisions.data.items.length > 0 ? (
        <ul aria-labelledby="strategy-decisions-heading">
          {decisions.data.items.map((decision) => (
            <li key={decision.id}>
              <time dateTime={decision.decidedOn}>{format.formatDate(decision.decidedOn)}</time>,{' '}
              {decision.body}:{' '}
              {decision.link ? (
                <a href={decision.link} rel="noreferrer" target="_blank">
                  {decision.reference}
                </a>
              ) : (
                decision.reference
              )}{' '}
              – {decision.subject}
              {decision.id === adoptedBy ? (
                <>
                  {' '}
                  <Badge tone="success">{t('strategy.adoptedBy')}</Badge>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <h3 id="strategy-groups-heading">{t('strategy.groups')}</h3>
      {groups.isPending ? <Loading /> : null}
      {groups.isError ? <ProblemAlert error={groups.error} /> : null}
      {groups.isSuccess && groups.data.items.length === 0 ? <p>{t('strategy.noGroups')}</p> : null}
      {groups.isSuccess && groups.data.items.length > 0 ? (
        <ul aria-labelledby="strategy-groups-heading">
          {groups.data.items.map((group) => (
            <li key={group.id}>
              <strong>{group.name}</strong>
              {group.description ? <p className="pre-line">{group.description}</p> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        <Link to="/anchoring">{t('strategy.open')}</Link>
      </p>
    </section>
  );
}
