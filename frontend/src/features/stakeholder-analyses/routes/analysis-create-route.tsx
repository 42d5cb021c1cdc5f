import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { isNotFound } from '@/lib/api/errors';
import { canWriteIn, useMe } from '@/lib/auth/me';
import { useDocumentTitle } from '@/lib/use-document-title';

import { useCreateAnalysis } from '../api/create-analysis';
import { useAnalysedStrategy } from '../api/get-analysed-strategy';
import { AnalysisForm } from '../components/analysis-form';
import { toAnalysisFormValues } from '../utils/analysis-form-schema';

export function AnalysisCreateRoute() {
  const { t } = useTranslation('analyses');
  useDocumentTitle(t('create.heading'));
  const { strategyId = '' } = useParams();
  const navigate = useNavigate();
  const strategy = useAnalysedStrategy(strategyId);
  const me = useMe();
  const mutation = useCreateAnalysis();

  if (strategy.isPending || me.isPending) {
    return <Loading />;
  }
  if (strategy.isError) {
    return isNotFound(strategy.error) ? (
      <Alert tone="error" title={t('list.strategyNotFound')} />
    ) : (
      <ProblemAlert error={strategy.error} />
    );
  }
  const listPath = `/strategies/${strategyId}/analyses`;
  return (
    <>
      <p>
        <Link to={listPath}>{t('list.backToList')}</Link>
      </p>
      <h1>{t('create.heading')}</h1>
      <p className="lead">{strategy.data.title}</p>
      {canWriteIn(me.data, strategy.data.organizationId) ? (
        <AnalysisForm
          strategyId={strategyId}
          initialValues={toAnalysisFormValues()}
          submitLabel={t('create.submit')}
          cancelTo={listPath}
          submitting={mutation.isPending}
          serverError={mutation.error}
          onSubmit={(input) => {
            mutation.mutate(input, {
              onSuccess: (created) => {
                void navigate(`/stakeholder-analyses/${created.analysis.id}`);
              },
            });
          }}
        />
      ) : (
        <Alert tone="info">{t('create.noPermission')}</Alert>
      )}
    </>
  );
}
