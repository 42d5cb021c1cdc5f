import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { useMe } from '@/lib/auth/me';
import { useFormatters } from '@/lib/i18n/format';
import { useDocumentTitle } from '@/lib/use-document-title';

import { useAssignment, useCheckIns } from '../api/advisors';
import { useNetwork } from '../api/get-network';
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
        <h2 id="check-in-log-heading">{t('checkIns.log')}</h2>
        {checkIns.isPending ? <Loading /> : null}
        {checkIns.isError ? <ProblemAlert error={checkIns.error} /> : null}
        {checkIns.isSuccess && checkIns.data.items.length === 0 ? (
          <p>{t('checkIns.empty')}</p>
        ) : null}
        {checkIns.isSuccess && checkIns.data.items.length > 0 ? (
          <ol className="stack-list">
            {checkIns.data.items.map((checkIn) => (
              <li key={checkIn.id}>
                <h3>
                  {t('checkIns.entry', {
                    date: format.formatDate(checkIn.heldOn),
                    format: t(`checkInFormat.${checkIn.format}`),
                  })}
                </h3>
                <dl className="details">
                  <dt>{t('checkIns.topics')}</dt>
                  <dd className="pre-line">{checkIn.topics}</dd>
                  {checkIn.agreements ? (
                    <>
                      <dt>{t('checkIns.agreements')}</dt>
                      <dd className="pre-line">{checkIn.agreements}</dd>
                    </>
                  ) : null}
                  {checkIn.nextSteps ? (
                    <>
                      <dt>{t('checkIns.nextSteps')}</dt>
                      <dd className="pre-line">{checkIn.nextSteps}</dd>
                    </>
                  ) : null}
                  {checkIn.followUpOn ? (
                    <>
                      <dt>{t('checkIns.followUpOn')}</dt>
                      <dd>{format.formatDate(checkIn.followUpOn)}</dd>
                    </>
                  ) : null}
                </dl>
              </li>
            ))}
          </ol>
        ) : null}
      </section>
      {writes ? <CheckInForm networkId={networkId} assignmentId={assignmentId} /> : null}
    </>
  );
}
