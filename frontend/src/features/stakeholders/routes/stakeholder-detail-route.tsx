import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { LinkButton } from '@/components/ui/link-button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { isNotFound } from '@/lib/api/errors';
import { canWriteIn, useMe } from '@/lib/auth/me';
import { useOrganizations } from '@/lib/organizations/organizations';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useVocabulary } from '@/lib/vocabulary/vocabulary';

import { useStakeholder } from '../api/get-stakeholder';
import { stakeholderKeys } from '../api/query-keys';
import { ContactsSection } from '../components/contacts-section';
import { DeleteStakeholderSection } from '../components/delete-stakeholder-section';
import { StakeholderDetails } from '../components/stakeholder-details';

export function StakeholderDetailRoute() {
  const { t } = useTranslation('stakeholders');
  const { stakeholderId = '' } = useParams();
  const query = useStakeholder(stakeholderId);
  const me = useMe();
  const organizations = useOrganizations();
  const queryClient = useQueryClient();
  const { sectorLabel } = useVocabulary();
  useDocumentTitle(query.data?.stakeholder.name);

  const reload = () => {
    void queryClient.invalidateQueries({ queryKey: stakeholderKeys.detail(stakeholderId) });
  };

  const back = (
    <p>
      <Link to="/stakeholders">{t('detail.back')}</Link>
    </p>
  );

  if (query.isPending) {
    return (
      <>
        {back}
        <Loading />
      </>
    );
  }
  if (query.isError) {
    return (
      <>
        {back}
        {isNotFound(query.error) ? (
          <Alert tone="error" title={t('detail.notFound')} />
        ) : (
          <ProblemAlert error={query.error} />
        )}
      </>
    );
  }

  const { stakeholder } = query.data;
  // Contacts are personal data: only the owner's editors see them (the API refuses the rest).
  const canWrite = canWriteIn(me.data, stakeholder.organizationId);

  return (
    <article aria-labelledby="stakeholder-name">
      {back}
      <div className="page-header">
        <h1 id="stakeholder-name">{stakeholder.name}</h1>
        <Badge tone="neutral">{sectorLabel(stakeholder.sector)}</Badge>
      </div>

      {canWrite ? (
        <section className="actions-panel" aria-labelledby="stakeholder-actions-heading">
          <h2 id="stakeholder-actions-heading">{t('detail.actions')}</h2>
          <div className="button-row">
            <LinkButton to={`/stakeholders/${stakeholder.id}/edit`} variant="primary">
              {t('detail.edit')}
            </LinkButton>
          </div>
          <DeleteStakeholderSection versioned={query.data} onReload={reload} />
        </section>
      ) : null}

      <section aria-labelledby="stakeholder-details-heading">
        <h2 id="stakeholder-details-heading">{t('detail.details')}</h2>
        <StakeholderDetails
          stakeholder={stakeholder}
          organizationName={organizations.nameOf(stakeholder.organizationId)}
        />
      </section>

      {canWrite ? <ContactsSection stakeholderId={stakeholder.id} /> : null}
    </article>
  );
}
