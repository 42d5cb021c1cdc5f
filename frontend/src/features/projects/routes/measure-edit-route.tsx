import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { isConflict, isNotFound } from '@/lib/api/errors';
import { canWriteIn, useMe } from '@/lib/auth/me';
import { useDocumentTitle } from '@/lib/use-document-title';

import { useMeasure, type VersionedMeasure } from '../api/get-measure';
import { useProject } from '../api/get-project';
import { useUpdateMeasure } from '../api/update-measure';
import { ConflictAlert } from '../components/conflict-alert';
import { MeasureForm } from '../components/measure-form';
import { toMeasureFormValues } from '../utils/measure-form-schema';

export function MeasureEditRoute() {
  const { t } = useTranslation('projects');
  useDocumentTitle(t('measureEdit.heading'));
  const { projectId = '', measureId = '' } = useParams();
  const project = useProject(projectId);
  const measure = useMeasure(projectId, measureId);
  const me = useMe();

  if (project.isPending || measure.isPending || me.isPending) {
    return <Loading />;
  }
  const failed = project.error ?? measure.error;
  if (failed) {
    return isNotFound(failed) ? (
      <Alert tone="error" title={t('measureEdit.notFound')} />
    ) : (
      <ProblemAlert error={failed} />
    );
  }
  if (!project.data || !measure.data) {
    return <Loading />;
  }
  if (!canWriteIn(me.data, project.data.project.organizationId)) {
    return <Alert tone="error" title={t('edit.noPermission')} />;
  }
  return (
    <EditMeasure
      key={measureId}
      projectId={projectId}
      projectTitle={project.data.project.title}
      strategyId={project.data.project.strategyId}
      loaded={measure.data}
      reload={async () => (await measure.refetch()).data}
    />
  );
}

interface EditMeasureProps {
  projectId: string;
  projectTitle: string;
  strategyId: string | undefined;
  loaded: VersionedMeasure;
  reload: () => Promise<VersionedMeasure | undefined>;
}

function EditMeasure({ projectId, projectTitle, strategyId, loaded, reload }: EditMeasureProps) {
  const { t, i18n } = useTranslation('projects');
  const navigate = useNavigate();
  const mutation = useUpdateMeasure();
  // Fixed while the user edits: its ETag turns a concurrent change into a 412, not a lost update.
  const [baseline, setBaseline] = useState(loaded);
  const [reloading, setReloading] = useState(false);
  const conflict = isConflict(mutation.error);
  const detailPath = `/projects/${projectId}`;

  return (
    <>
      <p>
        <Link to={detailPath}>{t('measureCreate.back', { title: projectTitle })}</Link>
      </p>
      <h1>{t('measureEdit.heading')}</h1>
      <p className="lead">{baseline.measure.title}</p>
      {conflict ? (
        <ConflictAlert
          subject="measure"
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
      <MeasureForm
        key={`${baseline.measure.id}:${baseline.measure.version}`}
        initialValues={toMeasureFormValues(baseline.measure, i18n.language)}
        strategyId={strategyId}
        submitLabel={t('measureEdit.submit')}
        cancelTo={detailPath}
        submitting={mutation.isPending}
        serverError={conflict ? null : mutation.error}
        onSubmit={(input) => {
          mutation.mutate(
            {
              projectId,
              measureId: baseline.measure.id,
              etag: baseline.etag,
              // The form has no field for it, and PUT replaces the whole measure: the key a sync
              // script set is sent back unchanged.
              input: { ...input, externalId: baseline.measure.externalId },
            },
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
