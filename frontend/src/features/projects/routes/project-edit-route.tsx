import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { isConflict, isNotFound } from '@/lib/api/errors';
import { canWriteIn, useMe } from '@/lib/auth/me';
import { useDocumentTitle } from '@/lib/use-document-title';

import { useProject, type VersionedProject } from '../api/get-project';
import { useUpdateProject } from '../api/update-project';
import { ConflictAlert } from '../components/conflict-alert';
import { ProjectForm } from '../components/project-form';
import { toProjectFormValues } from '../utils/project-form-schema';

export function ProjectEditRoute() {
  const { t } = useTranslation('projects');
  useDocumentTitle(t('edit.heading'));
  const { projectId = '' } = useParams();
  const query = useProject(projectId);
  const me = useMe();

  if (query.isPending || me.isPending) {
    return <Loading />;
  }
  if (query.isError) {
    return isNotFound(query.error) ? (
      <Alert tone="error" title={t('detail.notFound')} />
    ) : (
      <ProblemAlert error={query.error} />
    );
  }
  if (!canWriteIn(me.data, query.data.project.organizationId)) {
    return <Alert tone="error" title={t('edit.noPermission')} />;
  }
  return (
    <EditProject
      key={projectId}
      loaded={query.data}
      reload={async () => (await query.refetch()).data}
    />
  );
}

interface EditProjectProps {
  loaded: VersionedProject;
  reload: () => Promise<VersionedProject | undefined>;
}

function EditProject({ loaded, reload }: EditProjectProps) {
  const { t, i18n } = useTranslation('projects');
  const navigate = useNavigate();
  const mutation = useUpdateProject();
  // The version being edited stays fixed while the user types, even if the cache refreshes in the
  // background: its ETag is what makes a concurrent change surface as 412 instead of being lost.
  const [baseline, setBaseline] = useState(loaded);
  const [reloading, setReloading] = useState(false);
  const conflict = isConflict(mutation.error);
  const detailPath = `/projects/${baseline.project.id}`;

  return (
    <>
      <h1>{t('edit.heading')}</h1>
      <p className="lead">{baseline.project.title}</p>
      {conflict ? (
        <ConflictAlert
          reloading={reloading}
          onReload={() => {
            setReloading(true);
            void reload()
              .then((latest) => {
                if (latest) {
                  mutation.reset();
                  setBaseline(latest);
                }
              })
              .finally(() => {
                setReloading(false);
              });
          }}
        />
      ) : null}
      <ProjectForm
        key={`${baseline.project.id}:${baseline.project.version}`}
        initialValues={toProjectFormValues(baseline.project, i18n.language)}
        organizations={[]}
        creating={false}
        submitLabel={t('edit.submit')}
        cancelTo={detailPath}
        submitting={mutation.isPending}
        serverError={conflict ? null : mutation.error}
        onSubmit={(input) => {
          mutation.mutate(
            { id: baseline.project.id, etag: baseline.etag, input },
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
