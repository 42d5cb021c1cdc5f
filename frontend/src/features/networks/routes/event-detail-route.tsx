import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { useFormatters } from '@/lib/i18n/format';
import { formatClock } from '@/lib/i18n/municipal-time';
import { useDocumentTitle } from '@/lib/use-document-title';

import { useEvent } from '../api/events';
import { useNetwork } from '../api/get-network';
import { AttendanceSection } from '../components/attendance-section';
import { StatusReportsSection } from '../components/status-reports-section';

export function EventDetailRoute() {
  const { t } = useTranslation('networks');
  const { networkId = '', eventId = '' } = useParams();
  const network = useNetwork(networkId);
  const event = useEvent(networkId, eventId);
  const format = useFormatters();
  useDocumentTitle(event.data?.event.title ?? t('event.heading'));

  if (network.isPending || event.isPending) {
    return <Loading />;
  }
  if (network.isError) {
    return <ProblemAlert error={network.error} />;
  }
  if (event.isError) {
    return <ProblemAlert error={event.error} />;
  }
  const e = event.data.event;
  const zone = network.data.coordinator.timeZone;
  return (
    <>
      <p>
        <Link to={`/networks/${networkId}`}>{network.data.name}</Link>
      </p>
      <div className="page-header">
        <h1>{e.title}</h1>
      </div>
      <dl className="details">
        <dt>{t('event.kind')}</dt>
        <dd>{t(`eventKind.${e.kind}`)}</dd>
        <dt>{t('event.time')}</dt>
        <dd>
          {t('event.timeRange', {
            from: format.formatEventTime(e.startsAt, zone),
            to: format.formatEventTime(e.endsAt, zone),
          })}
        </dd>
        {e.place ? (
          <>
            <dt>{t('event.place')}</dt>
            <dd>{e.place}</dd>
          </>
        ) : null}
        {e.onlineLink ? (
          <>
            <dt>{t('event.onlineLink')}</dt>
            <dd>
              <a href={e.onlineLink} rel="noreferrer" target="_blank">
                {e.onlineLink}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
      {e.description ? <p className="pre-line">{e.description}</p> : null}
      {e.agenda.items.length > 0 ? (
        <section aria-labelledby="agenda-heading">
          <h2 id="agenda-heading">{t('event.agenda')}</h2>
          <div className="table-scroll">
            <table className="table">
              <caption className="visually-hidden">{t('event.agendaCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('event.agendaTime')}</th>
                  <th scope="col">{t('event.agendaTitle')}</th>
                  <th scope="col">{t('event.agendaMethod')}</th>
                  <th scope="col">{t('event.agendaResponsible')}</th>
                </tr>
              </thead>
              <tbody>
                {e.agenda.items.map((item) => (
                  <tr key={item.position}>
                    <td>
                      {formatClock(new Date(item.startsAt), format.language, zone)}–
                      {formatClock(new Date(item.endsAt), format.language, zone)}
                    </td>
                    <th scope="row">{item.title}</th>
                    <td>{item.method ?? ''}</td>
                    <td>{item.responsible ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      {e.materials.length > 0 ? (
        <section aria-labelledby="materials-heading">
          <h2 id="materials-heading">{t('event.materials')}</h2>
          <ul>
            {e.materials.map((material) => (
              <li key={material.url}>
                <a href={material.url} rel="noreferrer" target="_blank">
                  {material.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {e.minutes ? (
        <section aria-labelledby="minutes-heading">
          <h2 id="minutes-heading">{t('event.minutes')}</h2>
          <p className="pre-line">{e.minutes}</p>
        </section>
      ) : null}
      <AttendanceSection network={network.data} eventId={e.id} />
      {e.kind === 'VIRTUAL_STATUS_UPDATE' ? (
        <StatusReportsSection network={network.data} eventId={e.id} />
      ) : null}
    </>
  );
}
