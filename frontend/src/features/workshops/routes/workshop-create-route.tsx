import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { useMe, writableOrganizations } from '@/lib/auth/me';
import { useDocumentTitle } from '@/lib/use-document-title';

import { useCreateWorkshop } from '../api/create-workshop';
import { WorkshopForm } from '../components/workshop-form';
import { toFormValues } from '../utils/workshop-form-schema';

/** Plans a workshop; afterwards its page opens, where the agenda is built. */
export function WorkshopCreateRoute() {
  const { t } = useTranslation('workshops');
  useDocumentTitle(t('form.createHeading'));
  const navigate = useNavigate();
  const me = useMe();
  const mutation = useCreateWorkshop();

  if (me.isPending) {
    return <Loading />;
  }
  if (me.isError) {
    return <ProblemAlert error={me.error} />;
  }

  const organizations = writableOrganizations(me.data);
  return (
    <>
      <h1>{t('form.createHeading')}</h1>
      {organizations.length === 0 ? (
        <Alert tone="info">{t('form.noPermission')}</Alert>
      ) : (
        <WorkshopForm
          initialValues={toFormValues(undefined, organizations[0]?.id)}
          organizations={organizations}
          creating
          submitLabel={t('form.createSubmit')}
          cancelTo="/workshops"
          submitting={mutation.isPending}
          serverError={mutation.error}
          onSubmit={(input) => {
            mutation.mutate(input, {
              onSuccess: (created) => {
                void navigate(`/workshops/${created.workshop.id}`);
              },
            });
          }}
        />
      )}
    </>
  );
}
