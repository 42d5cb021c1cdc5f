import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { useMe, writableOrganizations } from '@/lib/auth/me';
import { useDocumentTitle } from '@/lib/use-document-title';

import { useCreateStakeholder } from '../api/create-stakeholder';
import { StakeholderForm } from '../components/stakeholder-form';
import { toFormValues } from '../utils/stakeholder-form-schema';

export function StakeholderCreateRoute() {
  const { t } = useTranslation('stakeholders');
  useDocumentTitle(t('create.heading'));
  const navigate = useNavigate();
  const me = useMe();
  const mutation = useCreateStakeholder();

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
        <StakeholderForm
          initialValues={toFormValues(undefined, organizations[0]?.id)}
          organizations={organizations}
          submitLabel={t('create.submit')}
          cancelTo="/stakeholders"
          submitting={mutation.isPending}
          serverError={mutation.error}
          onSubmit={(input) => {
            mutation.mutate(input, {
              onSuccess: (created) => {
                void navigate(`/stakeholders/${created.stakeholder.id}`);
              },
            });
          }}
        />
      )}
    </>
  );
}
