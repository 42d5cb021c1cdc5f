import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { useMe } from '@/lib/auth/me';
import { useFormatters } from '@/lib/i18n/format';
import { useDocumentTitle } from '@/lib/use-document-title';

import { useAssignment, useCheckIns } from '../api/advisors';
import { useNetwork } from '../api/get-network';
import { CheckInEntry } from '../components/check-in-entry';
import { CheckInForm } from '../components/check-in-form';
import { editsFor } from '../utils/permissions';

/**
 * An assignment's check-in log, seen by the municipality and the network's coordinator; the
 * advisor and the coordinator's editors add to it.
 */
export function CheckInLogRoute() {
  const { t } = useTranslation('networks');
  const { networkId = '', assignmentId = '' } = useParams();
  const me = useMe();
  const network = useNetwork(networkId);
  const assignment = useAssignment(networkId, assignmentId);
  const checkIns = useCheckIns(networkId, assignmentId);
  const format = useFormatters();
  const [announcement, setAnnouncement] = useState('');
  const logHeading = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(
    assignment.data
      ? t('checkIns.heading', { municipality: assignment.data.municipality.name })
      : t('checkIns.title'),
  );

  if (assignment.isPending || network.isPending) {
    return <Loading />;
  }
  if (assignment.isError) {
    return <ProblemAlert error={assignment.error} />;
  }
  if (network.isError) {
    return <ProblemAlert error={network.error} />;
  }
  const a = assignment.data;
  const writes =
    (me.data?.username === a.advisor.username &&
      me.data.memberships.some((m) => m.organization.id === a.advisorOrganization.id)) ||
    editsFor(me.data, network.data.coordinator.id);

  return (
    <>
      <p>
        <Link to={`/networks/${networkId}`}>{network.data.name}</Link>
      </p>
      <h1>{t('checkIns.heading', { municipality: a.municipality.name })}</h1>
      <p className="lead">
        {t('checkIns.intro', {
          advisor: a.advisor.displayName,
          organization: a.advisorOrganization.name,
          from: format.formatDate(a.startsOn),
        })}
      </p>
      <section aria-labelledby="check-in-log-heading">
        <h2 id="check-in-log-heading" ref={logHeading} tabIndex={-1}>
          {t('checkIns.log')}
        </h2>
        <p role="status" className="visually-hidden">
          {announcement}
        </p>
        {checkIns.isPending ? <Loading /> : null}
        {checkIns.isError ? <ProblemAlert error={checkIns.error} /> : null}
        {checkIns.isSuccess && checkIns.data.items.length === 0 ? (
          <p>{t('checkIns.empty')}</p>
        ) : null}
        {checkIns.isSuccess && checkIns.data.items.length > 0 ? (
          <ol className="stack-list">
            {checkIns.data.items.map((checkIn) => (
              <li key={checkIn.id}>
                <CheckInEntry
                  networkId={networkId}
                  assignmentId={assignmentId}
                  checkIn={checkIn}
                  writes={writes}
                  onAnnounce={setAnnouncement}
                  onReload={() => {
                    void checkIns.refetch();
                  }}
                  onDeleted={() => {
                    logHeading.current?.focus();
                  }}
                />
              </li>
            ))}
          </ol>
        ) : null}
      </section>
      {writes ? <CheckInForm networkId={networkId} assignmentId={assignmentId} /> : null}
    </>
  );
}
