import { useTranslation } from 'react-i18next';

import { LinkButton } from '@/components/ui/link-button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { useMe } from '@/lib/auth/me';
import { useFormatters } from '@/lib/i18n/format';

import { useStatusReports } from '../api/status-reports';
import type { Network } from '../api/types';
import { editsFor } from '../utils/permissions';

/** Who has reported for a virtual status update, and what each report says. */
export function StatusReportsSection({ network, eventId }: { network: Network; eventId: string }) {
  const { t } = useTranslation('networks');
  const me = useMe();
  const reports = useStatusReports(network.id, eventId);
  const format = useFormatters();
  const data = reports.data;
  const canReport =
    data?.members.some((member) => !member.reported && editsFor(me.data, member.organization.id)) ??
    false;

  return (
    <section aria-labelledby="reports-heading">
      <div className="page-header">
        <h2 id="reports-heading">{t('reports.heading')}</h2>
        {canReport ? (
          <LinkButton to={`/networks/${network.id}/events/${eventId}/report`} variant="primary">
            {t('reports.write')}
          </LinkButton>
        ) : null}
      </div>
      {reports.isPending ? <Loading /> : null}
      {reports.isError ? <ProblemAlert error={reports.error} /> : null}
      {data ? (
        <>
          <p>
            {t('reports.summary', {
              reported: data.members.filter((member) => member.reported).length,
              total: data.members.length,
            })}
          </p>
          <ul className="inline-list" aria-label={t('reports.whoLabel')}>
            {data.members.map((member) => (
              <li key={member.organization.id}>
                {member.reported
                  ? t('reports.reported', {
                      organization: member.organization.name,
                      date: member.submittedAt ? format.formatDateTime(member.submittedAt) : '',
                    })
                  : t('reports.missing', { organization: member.organization.name })}
              </li>
            ))}
          </ul>
          {data.items.map((report) => (
            <article key={report.id} className="card" aria-labelledby={`report-${report.id}`}>
              <h3 id={`report-${report.id}`}>{report.organization.name}</h3>
              <dl className="details details--compact">
                <dt>{t('report.progress')}</dt>
                <dd className="pre-line">{report.progress}</dd>
                {report.nextSteps ? (
                  <>
                    <dt>{t('report.nextSteps')}</dt>
                    <dd className="pre-line">{report.nextSteps}</dd>
                  </>
                ) : null}
                {report.helpNeeded ? (
                  <>
                    <dt>{t('report.helpNeeded')}</dt>
                    <dd className="pre-line">{report.helpNeeded}</dd>
                  </>
                ) : null}
              </dl>
            </article>
          ))}
        </>
      ) : null}
    </section>
  );
}
