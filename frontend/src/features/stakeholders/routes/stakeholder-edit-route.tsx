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

import { useStakeholder, type VersionedStakeholder } from '../api/get-stakeholder';
import { useUpdateStakeholder } from '../api/update-stakeholder';
import { StakeholderForm } from '../components/stakeholder-form';
import { toFormValues } from '../utils/stakeholder-form-schema';

export function StakeholderEditRoute() {
  const { t } = useTranslation('stakeholders');
  useDocumentTitle(t('edit.heading'));
  const { stakeholderId = '' } = useParams();
  const query = useStakeholder(stakeholderId);
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
  if (!canWriteIn(me.data, query.data.stakeholder.organizationId)) {
    return <Alert tone="error" title={t('edit.noPermission')} />;
  }
  return (
    <EditStakeholder
      key={stakeholderId}
      loaded={query.data}
      reload={async () => (await query.refetch()).data}
    />
  );
}

interface EditStakeholderProps {
  loaded: VersionedStakeholder;
  reload: () => Promise<VersionedStakeholder | undefined>;
}

function EditStakeholder({ loaded, reload }: EditStakeholderProps) {
  const { t } = useTranslation('stakeholders');
  const navigate = useNavigate();
  const mutation = useUpdateStakeholder();
  // The version being edited stays fixed while the user types: its ETag makes a concurrent change
  // surface as 412 instead of being overwritten.
  const [baseline, setBaseline] = useState(loaded);
  const [reloading, setReloading] = useState(false);
  const conflict = isConflict(mutation.error);
  const detailPath = `/stakeholders/${baseline.stakeholder.id}`;

  return (
    <>
      <h1>{t('edit.heading')}</h1>
      <p className="lead">{baseline.stakeholder.name}</p>
      {conflict ? (
        <ConflictAlert
          title={t('conflict.title')}
          message={t('conflict.message')}
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
      <StakeholderForm
        key={`${baseline.stakeholder.id}:${baseline.stakeholder.version}`}
        initialValues={toFormValues(baseline.stakeholder)}
        organizations={[]}
        ownerOrganizationId={baseline.stakeholder.organizationId}
        submitLabel={t('edit.submit')}
        cancelTo={detailPath}
        submitting={mutation.isPending}
        serverError={conflict ? null : mutation.error}
        onSubmit={(input) => {
          mutation.mutate(
            { id: baseline.stakeholder.id, etag: baseline.etag, input },
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
