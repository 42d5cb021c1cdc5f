import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { useMe, writableOrganizations } from '@/lib/auth/me';
import { useDocumentTitle } from '@/lib/use-document-title';

import { useCreateProject } from '../api/create-project';
import { ProjectForm } from '../components/project-form';
import { toProjectFormValues } from '../utils/project-form-schema';

export function ProjectCreateRoute() {
  const { t, i18n } = useTranslation('projects');
  useDocumentTitle(t('create.heading'));
  const navigate = useNavigate();
  const me = useMe();
  const mutation = useCreateProject();

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
        <ProjectForm
          initialValues={toProjectFormValues(undefined, i18n.language, organizations[0]?.id)}
          organizations={organizations}
          creating
          submitLabel={t('create.submit')}
          cancelTo="/projects"
          submitting={mutation.isPending}
          serverError={mutation.error}
          onSubmit={(input) => {
            mutation.mutate(input, {
              onSuccess: (created) => {
                void navigate(`/projects/${created.project.id}`);
              },
            });
          }}
        />
      )}
    </>
  );
}
