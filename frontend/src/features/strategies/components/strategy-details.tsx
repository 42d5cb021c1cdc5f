import { useTranslation } from 'react-i18next';

import type { Strategy } from '@/lib/api/types';
import { useFormatters } from '@/lib/i18n/format';

import { usePeriodLabel } from '../utils/use-period-label';

import { LinkedDecision } from './linked-decision';
import { StrategyStatusBadge } from './strategy-status-badge';

interface StrategyDetailsProps {
  strategy: Strategy;
  organizationName: string | undefined;
}

export function StrategyDetails({ strategy, organizationName }: StrategyDetailsProps) {
  const { t } = useTranslation(['strategies', 'common']);
  const { formatDate, formatDateTime, formatNumber } = useFormatters();
  const periodLabel = usePeriodLabel();
  const empty = t('common:empty');

  const byAt = (at: string, by: string | null | undefined) =>
    by ? t('fields.byAt', { at: formatDateTime(at), by }) : formatDateTime(at);

  return (
    <dl className="details">
      <div>
        <dt>{t('fields.organization')}</dt>
        <dd>{organizationName ?? t('detail.unknownOrganization')}</dd>
      </div>
      <div>
        <dt>{t('fields.status')}</dt>
        <dd>
          <StrategyStatusBadge status={strategy.status} />
        </dd>
      </div>
      <div className="details__wide">
        <dt>{t('fields.summary')}</dt>
        <dd className="details__text">{strategy.summary ?? empty}</dd>
      </div>
      <div>
        <dt>{t('fields.period')}</dt>
        <dd>{periodLabel(strategy.periodFrom, strategy.periodTo)}</dd>
      </div>
      <div>
        <dt>{t('fields.visibility')}</dt>
        <dd>{t(`visibility.${strategy.visibility}`)}</dd>
      </div>
      <div>
        <dt>{t('fields.externalId')}</dt>
        <dd>{strategy.externalId ?? empty}</dd>
      </div>
      <div className="details__wide">
        <dt>{t('fields.adoption')}</dt>
        <dd>
          {strategy.adoption ? (
            <dl className="details details--nested">
              <div>
                <dt>{t('fields.decisionBody')}</dt>
                <dd>{strategy.adoption.decisionBody}</dd>
              </div>
              <div>
                <dt>{t('fields.decidedOn')}</dt>
                <dd>
                  <time dateTime={strategy.adoption.decidedOn}>
                    {formatDate(strategy.adoption.decidedOn)}
                  </time>
                </dd>
              </div>
              <div>
                <dt>{t('fields.reference')}</dt>
                <dd>{strategy.adoption.reference}</dd>
              </div>
              <div className="details__wide">
                <dt>{t('fields.decision')}</dt>
                <dd>
                  {strategy.adoption.decisionId ? (
                    <LinkedDecision decisionId={strategy.adoption.decisionId} />
                  ) : (
                    t('linkedDecision.none')
                  )}
                </dd>
              </div>
            </dl>
          ) : (
            t('detail.noAdoption')
          )}
        </dd>
      </div>
      <div>
        <dt>{t('fields.version')}</dt>
        <dd>{formatNumber(strategy.version)}</dd>
      </div>
      <div>
        <dt>{t('fields.created')}</dt>
        <dd>{byAt(strategy.createdAt, strategy.createdBy)}</dd>
      </div>
      <div>
        <dt>{t('fields.updated')}</dt>
        <dd>{byAt(strategy.updatedAt, strategy.updatedBy)}</dd>
      </div>
    </dl>
  );
}
