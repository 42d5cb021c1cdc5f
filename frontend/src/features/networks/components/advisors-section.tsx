import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { isNotFound } from '@/lib/api/errors';
import { useMe } from '@/lib/auth/me';
import { useFormatters } from '@/lib/i18n/format';

import { useAssignments, useEndAssignment } from '../api/advisors';
import { useMembers } from '../api/members';
import type { AdvisorAssignment, Network } from '../api/types';
import { administersNetwork } from '../utils/permissions';

import { AssignAdvisorForm } from './assign-advisor-form';

/** Who advises which member municipality; the coordinator's admins assign and end assignments. */
export function AdvisorsSection({ network }: { network: Network }) {
  const { t } = useTranslation('networks');
  const me = useMe();
  const assignments = useAssignments(network.id);
  const members = useMembers(network.id);
  const end = useEndAssignment(network.id);
  const format = useFormatters();
  const [announcement, setAnnouncement] = useState('');
  const administers = administersNetwork(me.data, network);

  // Organisations that only read the network (an invitation to decide on) see no advisors.
  if (assignments.isError && isNotFound(assignments.error)) {
    return null;
  }
  const items = assignments.data?.items ?? [];
  const period = (a: AdvisorAssignment) =>
    a.endsOn
      ? t('detail.periodRange', {
          from: format.formatDate(a.startsOn),
          to: format.formatDate(a.endsOn),
        })
      : t('advisors.openEnded', { from: format.formatDate(a.startsOn) });

  return (
    <section aria-labelledby="advisors-heading">
      <h2 id="advisors-heading">{t('advisors.heading')}</h2>
      {assignments.isPending ? <Loading /> : null}
      {assignments.isError ? <ProblemAlert error={assignments.error} /> : null}
      {end.isError ? <ProblemAlert error={end.error} /> : null}
      <p role="status">{announcement}</p>
      {assignments.isSuccess && items.length === 0 ? <p>{t('advisors.empty')}</p> : null}
      {items.length > 0 ? (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t('advisors.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('advisors.municipality')}</th>
                <th scope="col">{t('advisors.advisor')}</th>
                <th scope="col">{t('advisors.period')}</th>
                <th scope="col">{t('advisors.checkIns')}</th>
                {administers ? <th scope="col">{t('members.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {items.map((assignment) => (
                <tr key={assignment.id}>
                  <th scope="row">{assignment.municipality.name}</th>
                  <td>
                    {assignment.advisor.displayName} ({assignment.advisorOrganization.name})
                  </td>
                  <td>{period(assignment)}</td>
                  <td>
                    <Link to={`/networks/${network.id}/advisors/${assignment.id}`}>
                      {t('advisors.openLog', { municipality: assignment.municipality.name })}
                    </Link>
                  </td>
                  {administers ? (
                    <td>
                      {assignment.current && !assignment.endsOn ? (
                        <Button
                          variant="secondary"
                          disabled={end.isPending}
                          aria-label={t('advisors.endFor', {
                            advisor: assignment.advisor.displayName,
                            municipality: assignment.municipality.name,
                          })}
                          onClick={() => {
                            setAnnouncement('');
                            end.mutate(assignment, {
                              onSuccess: (ended) => {
                                setAnnouncement(
                                  t('advisors.ended', { municipality: ended.municipality.name }),
                                );
                              },
                            });
                          }}
                        >
                          {t('advisors.end')}
                        </Button>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {administers && members.isSuccess ? (
        <AssignAdvisorForm network={network} members={members.data.items} />
      ) : null}
    </section>
  );
}
