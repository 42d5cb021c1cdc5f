import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { ConflictAlert } from '@/components/ui/conflict-alert';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { isConflict, isNotFound } from '@/lib/api/errors';
import { canWriteIn, useMe } from '@/lib/auth/me';
import { useDocumentTitle } from '@/lib/use-document-title';

import { useWorkshop, type VersionedWorkshop } from '../api/get-workshop';
import { useUpdateWorkshop } from '../api/update-workshop';
import { DeleteWorkshopSection } from '../components/delete-workshop-section';
import { WorkshopForm } from '../components/workshop-form';
import { toFormValues } from '../utils/workshop-form-schema';

export function WorkshopEditRoute() {
  const { t } = useTranslation('workshops');
  useDocumentTitle(t('form.editHeading'));
  const { workshopId = '' } = useParams();
  const query = useWorkshop(workshopId);
  const me = useMe();

  if (query.isPending || me.isPending) {
    return <Loading />;
  }
  if (query.isError) {
    return isNotFound(query.error) ? (
      <Alert tone="error" title={t('detail.notAvailable')} />
    ) : (
      <ProblemAlert error={query.error} />
    );
  }
  if (!canWriteIn(me.data, query.data.workshop.organizationId)) {
    return <Alert tone="error" title={t('form.noEditPermission')} />;
  }
  return (
    <EditWorkshop
      key={workshopId}
      loaded={query.data}
      reload={async () => (await query.refetch()).data}
    />
  );
}

interface EditWorkshopProps {
  loaded: VersionedWorkshop;
  reload: () => Promise<VersionedWorkshop | undefined>;
}

function EditWorkshop({ loaded, reload }: EditWorkshopProps) {
  const { t } = useTranslation('workshops');
  const navigate = useNavigate();
  const mutation = useUpdateWorkshop();
  // The version being edited stays fixed while the user types, even if the cache refreshes in the
  // background: its ETag is what makes a concurrent change surface as 412 instead of being lost.
  const [baseline, setBaseline] = useState(loaded);
  const [reloading, setReloading] = useState(false);
  const conflict = isConflict(mutation.error);
  const detailPath = `/workshops/${baseline.workshop.id}`;

  const reloadLatest = () => {
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
  };

  return (
    <>
      <h1>{t('form.editHeading')}</h1>
      <p className="lead">{baseline.workshop.title}</p>
      {conflict ? (
        <ConflictAlert
          title={t('conflict.title')}
          message={t('form.conflict')}
          reloading={reloading}
          onReload={reloadLatest}
        />
      ) : null}
      <WorkshopForm
        key={`${baseline.workshop.id}:${String(baseline.workshop.version)}`}
        initialValues={toFormValues(baseline.workshop)}
        organizations={[]}
        creating={false}
        timeZone={baseline.workshop.timeZone}
        submitLabel={t('form.editSubmit')}
        cancelTo={detailPath}
        submitting={mutation.isPending}
        serverError={conflict ? null : mutation.error}
        onSubmit={(input) => {
          mutation.mutate(
            { id: baseline.workshop.id, etag: baseline.etag, input },
            {
              onSuccess: () => {
                void navigate(detailPath);
              },
            },
          );
        }}
      />
      <DeleteWorkshopSection versioned={baseline} onReload={reloadLatest} />
    </>
  );
}
