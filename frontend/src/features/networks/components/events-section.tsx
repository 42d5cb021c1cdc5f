import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { LinkButton } from '@/components/ui/link-button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { isNotFound } from '@/lib/api/errors';
import { useMe } from '@/lib/auth/me';
import { useFormatters } from '@/lib/i18n/format';

import { useEvents } from '../api/events';
import type { Network } from '../api/types';
import { plansEvents } from '../utils/permissions';

/** The network's schedule by start; organisations invited but not yet members do not see it. */
export function EventsSection({ network }: { network: Network }) {
  const { t } = useTranslation('networks');
  const me = useMe();
  const events = useEvents(network.id);
  const format = useFormatters();
  const items = events.data?.items ?? [];

  return (
    <section aria-labelledby="events-heading">
      <div className="page-header">
        <h2 id="events-heading">{t('events.heading')}</h2>
        {plansEvents(me.data, network) ? (
          <LinkButton to={`/networks/${network.id}/events/new`} variant="primary">
            {t('events.plan')}
          </LinkButton>
        ) : null}
      </div>
      {events.isPending ? <Loading /> : null}
      {events.isError && isNotFound(events.error) ? <p>{t('events.membersOnly')}</p> : null}
      {events.isError && !isNotFound(events.error) ? <ProblemAlert error={events.error} /> : null}
      {events.isSuccess && items.length === 0 ? <p>{t('events.empty')}</p> : null}
      {items.length > 0 ? (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t('events.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('events.starts')}</th>
                <th scope="col">{t('events.title')}</th>
                <th scope="col">{t('events.kind')}</th>
                <th scope="col">{t('events.where')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((event) => (
                <tr key={event.id}>
                  <td>{format.formatEventTime(event.startsAt, network.coordinator.timeZone)}</td>
                  <th scope="row">
                    <Link to={`/networks/${network.id}/events/${event.id}`}>{event.title}</Link>
                  </th>
                  <td>{t(`eventKind.${event.kind}`)}</td>
                  <td>{event.place ?? (event.onlineLink ? t('events.online') : '')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
