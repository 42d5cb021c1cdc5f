import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { RecordHistory } from '@/components/history/record-history';
import { Alert } from '@/components/ui/alert';
import { LinkButton } from '@/components/ui/link-button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { isNotFound } from '@/lib/api/errors';
import type { Strategy } from '@/lib/api/types';
import { canWriteIn, useMe } from '@/lib/auth/me';
import { useOrganizations } from '@/lib/organizations/organizations';
import { useDocumentTitle } from '@/lib/use-document-title';

import { useStrategy } from '../api/get-strategy';
import { strategyKeys } from '../api/query-keys';
import { DeleteStrategySection } from '../components/delete-strategy-section';
import { StrategyDetails } from '../components/strategy-details';
import { StrategyStatusActions } from '../components/strategy-status-actions';
import { StrategyStatusBadge } from '../components/strategy-status-badge';
import { StrategyVersions } from '../components/strategy-versions';

interface StrategyDetailRouteProps {
  /**
   * Sections of other features about this strategy (its stakeholder analyses, …). Features do not
   * import each other: the app's router composes them here.
   */
  renderRelated?: (context: { strategy: Strategy; canWrite: boolean }) => ReactNode;
}

export function StrategyDetailRoute({ renderRelated }: StrategyDetailRouteProps = {}) {
  const { t } = useTranslation('strategies');
  const { strategyId = '' } = useParams();
  const query = useStrategy(strategyId);
  const me = useMe();
  const organizations = useOrganizations();
  const queryClient = useQueryClient();
  useDocumentTitle(query.data?.strategy.title);

  const reload = () => {
    void queryClient.invalidateQueries({ queryKey: strategyKeys.detail(strategyId) });
  };

  const back = (
    <p>
      <Link to="/strategies">{t('detail.back')}</Link>
    </p>
  );

  if (query.isPending) {
    return (
      <>
        {back}
        <Loading />
      </>
    );
  }
  if (query.isError) {
    return (
      <>
        {back}
        {isNotFound(query.error) ? (
          <Alert tone="error" title={t('detail.notFound')} />
        ) : (
          <ProblemAlert error={query.error} />
        )}
      </>
    );
  }

  const { strategy } = query.data;
  const canWrite = canWriteIn(me.data, strategy.organizationId);

  return (
    <article aria-labelledby="strategy-title">
      {back}
      <div className="page-header">
        <h1 id="strategy-title">{strategy.title}</h1>
        <StrategyStatusBadge status={strategy.status} />
      </div>

      {canWrite ? (
        <section className="actions-panel" aria-labelledby="strategy-actions-heading">
          <h2 id="strategy-actions-heading">{t('detail.actions')}</h2>
          <div className="button-row">
            <LinkButton to={`/strategies/${strategy.id}/edit`} variant="primary">
              {t('detail.edit')}
            </LinkButton>
          </div>
          <StrategyStatusActions versioned={query.data} onReload={reload} />
          <DeleteStrategySection versioned={query.data} onReload={reload} />
        </section>
      ) : null}

      <section aria-labelledby="strategy-details-heading">
        <h2 id="strategy-details-heading">{t('detail.details')}</h2>
        <StrategyDetails
          strategy={strategy}
          organizationName={organizations.nameOf(strategy.organizationId)}
        />
      </section>

      {renderRelated?.({ strategy, canWrite })}

      <StrategyVersions strategyId={strategy.id} />

      <RecordHistory kind="strategies" id={strategy.id} />
    </article>
  );
}
