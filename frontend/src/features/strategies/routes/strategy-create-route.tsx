import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { useMe, writableOrganizations } from '@/lib/auth/me';
import { useDocumentTitle } from '@/lib/use-document-title';

import { useCreateStrategy } from '../api/create-strategy';
import { StrategyForm } from '../components/strategy-form';
import { toFormValues } from '../utils/strategy-form-schema';

export function StrategyCreateRoute() {
  const { t } = useTranslation('strategies');
  useDocumentTitle(t('create.heading'));
  const navigate = useNavigate();
  const me = useMe();
  const mutation = useCreateStrategy();

  if (me.isPending) {
    return <Loading />;
  }
  if (me.isError) {
    return <ProblemAlert error={me.error} />;
  }

  const organizations = writableOrganizations(me.data);
  return (
    <>
      <h1>{t('create.heading')}</h1>
      {organizations.length === 0 ? (
        <Alert tone="info">{t('create.noPermission')}</Alert>
      ) : (
        <StrategyForm
          initialValues={toFormValues(undefined, organizations[0]?.id)}
          organizations={organizations}
          submitLabel={t('create.submit')}
          cancelTo="/strategies"
          submitting={mutation.isPending}
          serverError={mutation.error}
          onSubmit={(input) => {
            mutation.mutate(input, {
              onSuccess: (created) => {
                void navigate(`/strategies/${created.strategy.id}`);
              },
            });
          }}
        />
      )}
    </>
  );
}
