import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';

import { useInvitations, useMembershipStep } from '../api/members';
import type { NetworkMember } from '../api/types';

/**
 * Invitations to the caller's organisations and requests to join the networks they coordinate:
 * whoever did not start a membership decides on it here.
 */
export function InvitationsSection() {
  const { t } = useTranslation('networks');
  const invitations = useInvitations();
  const step = useMembershipStep();
  const [announcement, setAnnouncement] = useState('');

  const decide = (member: NetworkMember, accept: boolean) => {
    setAnnouncement('');
    step.mutate(
      { member, step: accept ? 'accept' : 'decline' },
      {
        onSuccess: () => {
          setAnnouncement(
            t(accept ? 'invitations.accepted' : 'invitations.declined', {
              network: member.networkName,
            }),
          );
        },
      },
    );
  };

  const items = invitations.data?.items ?? [];
  return (
    <section aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">{t('invitations.heading')}</h2>
      {invitations.isPending ? <Loading /> : null}
      {invitations.isError ? <ProblemAlert error={invitations.error} /> : null}
      {step.isError ? <ProblemAlert error={step.error} /> : null}
      <p role="status">{announcement}</p>
      {invitations.isSuccess && items.length === 0 ? <p>{t('invitations.empty')}</p> : null}
      {items.length > 0 ? (
        <ul className="card-list">
          {items.map((member) => (
            <li key={member.id} className="card">
              <p>
                {member.status === 'INVITED'
                  ? t('invitations.invited', {
                      organization: member.organization.name,
                      role: t(`role.${member.role}`),
                    })
                  : t('invitations.requested', {
                      organization: member.organization.name,
                      role: t(`role.${member.role}`),
                    })}{' '}
                <Link to={`/networks/${member.networkId}`}>{member.networkName}</Link>
              </p>
              {member.note ? <p className="hint-text">{member.note}</p> : null}
              <div className="button-row">
                <Button
                  variant="primary"
                  disabled={step.isPending}
                  aria-label={t('invitations.acceptLabel', {
                    network: member.networkName,
                    organization: member.organization.name,
                  })}
                  onClick={() => {
                    decide(member, true);
                  }}
                >
                  {t('invitations.accept')}
                </Button>
                <Button
                  disabled={step.isPending}
                  aria-label={t('invitations.declineLabel', {
                    network: member.networkName,
                    organization: member.organization.name,
                  })}
                  onClick={() => {
                    decide(member, false);
                  }}
                >
                  {t('invitations.decline')}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
