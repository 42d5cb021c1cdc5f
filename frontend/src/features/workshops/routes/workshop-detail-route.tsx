import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { RecordHistory } from '@/components/history/record-history';
import { Badge } from '@/components/ui/badge';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { canWriteIn, useMe } from '@/lib/auth/me';
import { useFormatters } from '@/lib/i18n/format';
import { formatClock } from '@/lib/i18n/municipal-time';
import { useDocumentTitle } from '@/lib/use-document-title';

import { useWorkshop } from '../api/get-workshop';
import type { Workshop } from '../api/types';
import { AgendaEditor } from '../components/agenda-editor';
import { FollowUpsSection } from '../components/follow-ups-section';
import { OutcomesSection } from '../components/outcomes-section';
import { ParticipantsSection } from '../components/participants-section';
import { WorkshopExports } from '../components/workshop-exports';
import { WorkshopPlanningLinks } from '../components/workshop-planning-links';
import { statusTone } from '../utils/workshops';

export function WorkshopDetailRoute() {
  const { workshopId = '' } = useParams();
  const { t } = useTranslation('workshops');
  const workshop = useWorkshop(workshopId);
  const me = useMe();
  const [agendaGeneration, setAgendaGeneration] = useState(0);
  useDocumentTitle(workshop.data?.workshop.title ?? t('detail.loadingTitle'));

  if (workshop.isPending) {
    return <Loading />;
  }
  if (workshop.isError) {
    return (
      <>
        <h1>{t('detail.notAvailable')}</h1>
        <ProblemAlert error={workshop.error} />
        <p>
          <Link to="/workshops">{t('detail.back')}</Link>
        </p>
      </>
    );
  }
  const { workshop: data, etag } = workshop.data;
  const canWrite = canWriteIn(me.data, data.organizationId);
  return (
    <>
      <p>
        <Link to="/workshops">{t('detail.back')}</Link>
      </p>
      <div className="page-header">
        <h1>{data.title}</h1>
        <Badge tone={statusTone[data.status]}>{t(`status.${data.status}`)}</Badge>
      </div>
      <WorkshopPlanningLinks workshopId={data.id} canWrite={canWrite} />
      <WorkshopFacts workshop={data} />
      {canWrite ? (
        <AgendaEditor
          // Reloading after a conflict starts the editor again from the server's agenda. Saving
          // does not: the editor already shows what it saved, and keeps its "saved" message.
          key={agendaGeneration}
          workshop={data}
          etag={etag}
          reloading={workshop.isFetching}
          onReload={() => {
            void workshop.refetch().then(() => {
              setAgendaGeneration((generation) => generation + 1);
            });
          }}
        />
      ) : (
        <AgendaView workshop={data} />
      )}
      {/* Participants and outcomes load separately; writers change them in place. */}
      <ParticipantsSection workshop={data} canWrite={canWrite} />
      <OutcomesSection workshop={data} canWrite={canWrite} />
      <section aria-labelledby="workshop-minutes">
        <h2 id="workshop-minutes">{t('detail.minutes')}</h2>
        {data.minutes ? (
          <p className="details__text">{data.minutes}</p>
        ) : (
          <p>{t('detail.noMinutes')}</p>
        )}
      </section>
      {/* Planning: follow-ups agreed in the workshop and the list exports. */}
      <FollowUpsSection workshopId={data.id} canWrite={canWrite} />
      <WorkshopExports workshopId={data.id} />
      <RecordHistory kind="workshops" id={data.id} />
    </>
  );
}

function WorkshopFacts({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation('workshops');
  const format = useFormatters();
  return (
    <dl className="details">
      <div>
        <dt>{t('fields.purpose')}</dt>
        <dd>{t(`purpose.${workshop.purpose}`)}</dd>
      </div>
      <div>
        <dt>{t('fields.format')}</dt>
        <dd>{t(`format.${workshop.format}`)}</dd>
      </div>
      <div>
        <dt>{t('fields.time')}</dt>
        <dd>
          {format.formatEventTime(workshop.startsAt, workshop.timeZone)} –{' '}
          {format.formatEventTime(workshop.endsAt, workshop.timeZone)}
        </dd>
      </div>
      {workshop.place ? (
        <div>
          <dt>{t('fields.place')}</dt>
          <dd>{workshop.place}</dd>
        </div>
      ) : null}
      {workshop.onlineLink ? (
        <div>
          <dt>{t('fields.onlineLink')}</dt>
          <dd>
            <a href={workshop.onlineLink}>{workshop.onlineLink}</a>
          </dd>
        </div>
      ) : null}
      <div>
        <dt>{t('fields.capacity')}</dt>
        <dd>{workshop.capacity}</dd>
      </div>
    </dl>
  );
}

/** The agenda as the API computed it, for readers who may not edit. */
function AgendaView({ workshop }: { workshop: Workshop }) {
  const { t, i18n } = useTranslation('workshops');
  const { agenda } = workshop;
  return (
    <section aria-labelledby="workshop-agenda">
      <h2 id="workshop-agenda">{t('agenda.heading')}</h2>
      <p>
        {t('agenda.planned', {
          planned: agenda.plannedMinutes,
          available: agenda.availableMinutes,
        })}
      </p>
      {agenda.items.length === 0 ? (
        <p>{t('agenda.empty')}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t('agenda.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('agenda.time')}</th>
              <th scope="col">{t('agenda.title')}</th>
              <th scope="col">{t('agenda.method')}</th>
              <th scope="col">{t('agenda.responsible')}</th>
              <th scope="col">{t('agenda.expectedOutput')}</th>
            </tr>
          </thead>
          <tbody>
            {agenda.items.map((item) => (
              <tr key={item.position}>
                <td>
                  {formatClock(new Date(item.startsAt), i18n.language, workshop.timeZone)}–
                  {formatClock(new Date(item.endsAt), i18n.language, workshop.timeZone)}
                </td>
                <th scope="row">{item.title}</th>
                <td>{item.method}</td>
                <td>{item.responsible}</td>
                <td>{item.expectedOutput}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
