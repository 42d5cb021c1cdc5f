import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { Badge } from '@/components/ui/badge';
import { LinkButton } from '@/components/ui/link-button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { canWriteIn, useMe, writableOrganizations } from '@/lib/auth/me';
import { useDocumentTitle } from '@/lib/use-document-title';

import { usePractice } from '../api/get-practice';
import { AdoptSection } from '../components/adopt-section';
import { AdoptionsSection } from '../components/adoptions-section';
import { CommentsSection } from '../components/comments-section';
import { PracticeContent } from '../components/practice-content';
import { PublishControls } from '../components/publish-controls';

export function PracticeDetailRoute() {
  const { practiceId = '' } = useParams();
  const { t } = useTranslation('practices');
  const practice = usePractice(practiceId);
  const me = useMe();
  useDocumentTitle(practice.data?.practice.title ?? t('library.heading'));

  if (practice.isPending) {
    return <Loading />;
  }
  if (practice.isError) {
    return <ProblemAlert error={practice.error} />;
  }
  const { practice: p } = practice.data;
  const isOwner = canWriteIn(me.data, p.organizationId);
  const adopters = writableOrganizations(me.data).filter((o) => o.id !== p.organizationId);
  return (
    <>
      <div className="page-header">
        <h1>{p.title}</h1>
        {isOwner ? (
          <LinkButton to={`/practices/${p.id}/edit`} variant="secondary">
            {t('detail.edit')}
          </LinkButton>
        ) : null}
      </div>
      <p>
        {t('detail.by', { organization: p.organizationName })}{' '}
        <Badge tone={p.status === 'PUBLISHED' ? 'success' : 'warning'}>
          {t(`status.${p.status}`)}
        </Badge>{' '}
        <Badge tone="info">{t(`maturity.${p.maturity}`)}</Badge>{' '}
        {t('adoptions.count', { count: p.adoptionCount })}
      </p>
      {isOwner ? (
        <PublishControls
          versioned={practice.data}
          onReload={() => {
            void practice.refetch();
          }}
        />
      ) : null}
      <PracticeContent practice={p} />
      {p.status === 'PUBLISHED' && adopters.length > 0 ? (
        <AdoptSection practice={p} organizations={adopters} />
      ) : null}
      <AdoptionsSection practiceId={p.id} />
      <CommentsSection
        practiceId={p.id}
        canAsk={writableOrganizations(me.data).length > 0}
        canAnswer={isOwner}
      />
    </>
  );
}
