import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import type { Me, Organization } from '@/lib/api/types';
import { canWriteIn } from '@/lib/auth/me';

import { useFollowGroups } from '../api/anchoring';

import { FollowGroupArticle } from './follow-group-article';
import { GroupForm } from './group-form';

/** The politicians' follow groups with their meetings; editors add, change and delete them. */
export function FollowGroupSection({
  me,
  organizations,
}: {
  me: Me | undefined;
  organizations: readonly Organization[];
}) {
  const { t } = useTranslation('anchoring');
  const groups = useFollowGroups();
  const owner = organizations[0];
  const [notice, setNotice] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);

  return (
    <section aria-labelledby="groups-heading">
      <h2 id="groups-heading" ref={headingRef} tabIndex={-1}>
        {t('groups.heading')}
      </h2>
      <p role="status" className="visually-hidden">
        {notice}
      </p>
      {groups.isPending ? <Loading /> : null}
      {groups.isError ? <ProblemAlert error={groups.error} /> : null}
      {groups.isSuccess && groups.data.items.length === 0 ? <p>{t('groups.empty')}</p> : null}
      {groups.data?.items.map((group) => (
        <FollowGroupArticle
          key={group.id}
          group={group}
          writes={canWriteIn(me, group.organizationId)}
          onAnnounce={setNotice}
          onReload={() => {
            void groups.refetch();
          }}
          onDeleted={() => {
            headingRef.current?.focus();
          }}
        />
      ))}
      {owner ? <GroupForm owner={owner} /> : null}
    </section>
  );
}
