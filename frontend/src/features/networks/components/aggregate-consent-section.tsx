import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { CheckboxField } from '@/components/ui/choice-group';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useMe } from '@/lib/auth/me';
import { useFormatters } from '@/lib/i18n/format';

import { useAggregateConsent, useMembers } from '../api/members';
import type { Network, NetworkMember } from '../api/types';
import { isAdminIn } from '../utils/permissions';

/**
 * For the admins of a member municipality only: whether the network's member comparison may count
 * all of its records, private ones too, as figures. Nobody else decides this for the member.
 */
export function AggregateConsentSection({ network }: { network: Network }) {
  const { t } = useTranslation('networks');
  const me = useMe();
  const members = useMembers(network.id);
  const own = (members.data?.items ?? []).filter(
    (member) =>
      member.status === 'ACCEPTED' &&
      member.role === 'MEMBER_MUNICIPALITY' &&
      isAdminIn(me.data, member.organization.id),
  );
  if (own.length === 0) {
    return null;
  }
  return (
    <section aria-labelledby="aggregate-consent-heading">
      <h2 id="aggregate-consent-heading">{t('aggregates.heading')}</h2>
      <p>{t('aggregates.explanation')}</p>
      {own.map((member) => (
        <ConsentToggle key={member.id} member={member} />
      ))}
    </section>
  );
}

function ConsentToggle({ member }: { member: NetworkMember }) {
  const { t } = useTranslation('networks');
  const format = useFormatters();
  const consent = useAggregateConsent();
  const [announcement, setAnnouncement] = useState('');
  const organization = member.organization.name;
  const decided =
    member.aggregatesDecidedAt && member.aggregatesDecidedBy
      ? t(member.sharesAggregates ? 'aggregates.consentedOn' : 'aggregates.withdrawnOn', {
          date: format.formatDateTime(member.aggregatesDecidedAt),
          user: member.aggregatesDecidedBy,
        })
      : t('aggregates.never');
  return (
    <div>
      {consent.isError ? <ProblemAlert error={consent.error} /> : null}
      <CheckboxField
        label={t('aggregates.toggle', { organization })}
        hint={`${t(member.sharesAggregates ? 'aggregates.on' : 'aggregates.off', { organization })} ${decided}`}
        checked={member.sharesAggregates}
        disabled={consent.isPending}
        onChange={(event) => {
          const sharesAggregates = event.target.checked;
          setAnnouncement('');
          consent.mutate(
            { member, sharesAggregates },
            {
              onSuccess: () => {
                setAnnouncement(
                  t(sharesAggregates ? 'aggregates.done.on' : 'aggregates.done.off', {
                    organization,
                  }),
                );
              },
            },
          );
        }}
      />
      <p role="status">{announcement}</p>
    </div>
  );
}
