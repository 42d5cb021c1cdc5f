import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { useMe } from '@/lib/auth/me';
import { useFormatters } from '@/lib/i18n/format';

import { useMembers, useMembershipStep, type MembershipStep } from '../api/members';
import type { Network, NetworkMember } from '../api/types';
import { administersNetwork, isAdminIn } from '../utils/permissions';
import { membershipTone } from '../utils/vocabulary';

import { InviteForm } from './invite-form';

/** The members with their roles; the coordinator invites and removes, a member's admin leaves. */
export function MembersSection({ network }: { network: Network }) {
  const { t } = useTranslation('networks');
  const me = useMe();
  const members = useMembers(network.id);
  const step = useMembershipStep();
  const format = useFormatters();
  const [announcement, setAnnouncement] = useState('');
  const administers = administersNetwork(me.data, network);
  const items = members.data?.items ?? [];

  const take = (member: NetworkMember, action: MembershipStep) => {
    setAnnouncement('');
    step.mutate(
      { member, step: action },
      {
        onSuccess: (changed) => {
          setAnnouncement(t(`members.done.${action}`, { organization: changed.organization.name }));
        },
      },
    );
  };

  const actionsFor = (member: NetworkMember) => {
    const actions: { step: MembershipStep; label: string }[] = [];
    const ownCoordinator = member.organization.id === network.coordinator.id;
    if (ownCoordinator) {
      return actions;
    }
    const ownAdmin = isAdminIn(me.data, member.organization.id);
    if (member.status === 'INVITED' && ownAdmin) {
      actions.push({ step: 'accept', label: t('members.accept') });
      actions.push({ step: 'decline', label: t('members.decline') });
    }
    if (member.status === 'REQUESTED' && administers) {
      actions.push({ step: 'accept', label: t('members.accept') });
      actions.push({ step: 'decline', label: t('members.decline') });
    }
    if ((member.status === 'ACCEPTED' || member.status === 'REQUESTED') && ownAdmin) {
      actions.push({ step: 'leave', label: t('members.leave') });
    }
    if (administers) {
      actions.push({ step: 'remove', label: t('members.remove') });
    }
    return actions;
  };

  return (
    <section aria-labelledby="members-heading">
      <h2 id="members-heading">{t('members.heading')}</h2>
      {members.isPending ? <Loading /> : null}
      {members.isError ? <ProblemAlert error={members.error} /> : null}
      {step.isError ? <ProblemAlert error={step.error} /> : null}
      <p role="status">{announcement}</p>
      {items.length > 0 ? (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t('members.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('members.organization')}</th>
                <th scope="col">{t('members.role')}</th>
                <th scope="col">{t('members.status')}</th>
                <th scope="col">{t('members.joined')}</th>
                <th scope="col">{t('members.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((member) => (
                <tr key={member.id}>
                  <th scope="row">{member.organization.name}</th>
                  <td>{t(`role.${member.role}`)}</td>
                  <td>
                    <Badge tone={membershipTone[member.status]}>
                      {t(`membershipStatus.${member.status}`)}
                    </Badge>
                  </td>
                  <td>{member.joinedOn ? format.formatDate(member.joinedOn) : ''}</td>
                  <td>
                    <div className="button-row">
                      {actionsFor(member).map((action) => (
                        <Button
                          key={action.step}
                          variant={action.step === 'accept' ? 'primary' : 'secondary'}
                          disabled={step.isPending}
                          aria-label={`${action.label}: ${member.organization.name}`}
                          onClick={() => {
                            take(member, action.step);
                          }}
                        >
                          {action.label}
                        </Button>
                      ))}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {administers && members.isSuccess ? (
        <InviteForm networkId={network.id} members={items} />
      ) : null}
    </section>
  );
}
