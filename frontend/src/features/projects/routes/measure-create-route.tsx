import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { isNotFound } from '@/lib/api/errors';
import { canWriteIn, useMe } from '@/lib/auth/me';
import { useDocumentTitle } from '@/lib/use-document-title';

import { useAddMeasure } from '../api/add-measure';
import { useProject } from '../api/get-project';
import { MeasureForm } from '../components/measure-form';
import { toMeasureFormValues } from '../utils/measure-form-schema';

export function MeasureCreateRoute() {
  const { t, i18n } = useTranslation('projects');
  useDocumentTitle(t('measureCreate.heading'));
  const { projectId = '' } = useParams();
  const navigate = useNavigate();
  const project = useProject(projectId);
  const me = useMe();
  const mutation = useAddMeasure();
  const detailPath = `/projects/${projectId}`;

  if (project.isPending || me.isPending) {
    return <Loading />;
  }
  if (project.isError) {
    return isNotFound(project.error) ? (
      <Alert tone="error" title={t('detail.notFound')} />
    ) : (
      <ProblemAlert error={project.error} />
    );
  }
  if (!canWriteIn(me.data, project.data.project.organizationId)) {
    return <Alert tone="error" title={t('edit.noPermission')} />;
  }

  return (
    <>
      <p>
        <Link to={detailPath}>
          {t('measureCreate.back', { title: project.data.project.title })}
        </Link>
      </p>
      <h1>{t('measureCreate.heading')}</h1>
      <p className="lead">{project.data.project.title}</p>
      <MeasureForm
        initialValues={toMeasureFormValues(undefined, i18n.language)}
        strategyId={project.data.project.strategyId}
        submitLabel={t('measureCreate.submit')}
        cancelTo={detailPath}
        submitting={mutation.isPending}
        serverError={mutation.error}
        onSubmit={(input) => {
          mutation.mutate(
            { projectId, input },
            {
              onSuccess: () => {
                void navigate(detailPath);
              },
            },
          );
        }}
      />
    </>
  );
}
