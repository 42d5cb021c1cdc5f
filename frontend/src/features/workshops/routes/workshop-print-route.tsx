import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { saveBlob } from '@/lib/files/files';
import { useFormatters } from '@/lib/i18n/format';
import { formatClock } from '@/lib/i18n/municipal-time';
import { useDocumentTitle } from '@/lib/use-document-title';

import { useFollowUps } from '../api/get-follow-ups';
import { useWorkshop } from '../api/get-workshop';
import { useOutcomes } from '../api/outcomes';
import type { Workshop, WorkshopFollowUpList, WorkshopOutcomeList } from '../api/types';
import { cell, facilitatorName, printFileName } from '../utils/print-text';

/**
 * Agenda and minutes on one page to print or save: no app navigation, and print CSS hides the
 * page's own buttons.
 */
export function WorkshopPrintRoute() {
  const { workshopId = '' } = useParams();
  const { t } = useTranslation('workshops');
  const workshop = useWorkshop(workshopId);
  const followUps = useFollowUps(workshopId);
  const outcomes = useOutcomes(workshopId);
  useDocumentTitle(
    workshop.data
      ? t('print.documentTitle', { title: workshop.data.workshop.title })
      : t('print.heading'),
  );

  if (workshop.isPending) {
    return (
      <main id="main-content" className="print-page">
        <Loading />
      </main>
    );
  }
  if (workshop.isError) {
    return (
      <main id="main-content" className="print-page">
        <h1>{t('detail.notAvailable')}</h1>
        <ProblemAlert error={workshop.error} />
        <p>
          <Link to="/workshops">{t('detail.back')}</Link>
        </p>
      </main>
    );
  }
  return (
    <main id="main-content" className="print-page">
      <PrintDocument
        workshop={workshop.data.workshop}
        followUps={followUps.data}
        followUpsPending={followUps.isPending}
        followUpsError={followUps.error}
        outcomes={outcomes.data}
        outcomesPending={outcomes.isPending}
        outcomesError={outcomes.error}
      />
    </main>
  );
}

interface PrintDocumentProps {
  workshop: Workshop;
  followUps: WorkshopFollowUpList | undefined;
  followUpsPending: boolean;
  followUpsError: unknown;
  outcomes: WorkshopOutcomeList | undefined;
  outcomesPending: boolean;
  outcomesError: unknown;
}

function PrintDocument({
  workshop,
  followUps,
  followUpsPending,
  followUpsError,
  outcomes,
  outcomesPending,
  outcomesError,
}: PrintDocumentProps) {
  const { t, i18n } = useTranslation('workshops');
  const format = useFormatters();
  const clock = (value: string) => formatClock(new Date(value), i18n.language, workshop.timeZone);
  const time = `${format.formatEventTime(workshop.startsAt, workshop.timeZone)} – ${format.formatEventTime(workshop.endsAt, workshop.timeZone)}`;

  const markdown = () => {
    const lines = [
      `# ${workshop.title}`,
      '',
      `- ${t('fields.purpose')}: ${t(`purpose.${workshop.purpose}`)}`,
      `- ${t('fields.format')}: ${t(`format.${workshop.format}`)}`,
      `- ${t('fields.time')}: ${time}`,
      ...(workshop.place ? [`- ${t('fields.place')}: ${workshop.place}`] : []),
      ...(workshop.onlineLink ? [`- ${t('fields.onlineLink')}: ${workshop.onlineLink}`] : []),
      `- ${t('print.status')}: ${t(`status.${workshop.status}`)}`,
      ...workshop.facilitators.map(
        (facilitator) =>
          `- ${t('print.facilitator')}: ${facilitatorName(facilitator)}${facilitator.role ? ` (${facilitator.role})` : ''}`,
      ),
      '',
      `## ${t('agenda.heading')}`,
      '',
      `| ${t('agenda.time')} | ${t('agenda.title')} | ${t('agenda.method')} | ${t('agenda.responsible')} | ${t('agenda.expectedOutput')} |`,
      '| --- | --- | --- | --- | --- |',
      ...workshop.agenda.items.map(
        (item) =>
          `| ${clock(item.startsAt)}–${clock(item.endsAt)} | ${cell(item.title)} | ${cell(item.method)} | ${cell(item.responsible)} | ${cell(item.expectedOutput)} |`,
      ),
      '',
      `## ${t('detail.minutes')}`,
      '',
      workshop.minutes ?? t('detail.noMinutes'),
      '',
      `## ${t('print.outcomes')}`,
      '',
      ...(outcomes?.items ?? []).map(
        (outcome) => `- ${t(`outcomes.type.${outcome.type}`)}: ${cell(outcome.text)}`,
      ),
      '',
      `## ${t('followUps.heading')}`,
      '',
      ...(followUps?.items ?? []).map(
        (followUp) =>
          `- [${followUp.done ? 'x' : ' '}] ${cell(followUp.title)} – ${followUp.owner ?? t('followUps.noOwner')}, ${format.formatDate(followUp.dueDate)}${followUp.overdue ? ` (${t('followUps.overdue')})` : ''}`,
      ),
      '',
    ];
    return lines.join('\n');
  };

  return (
    <article aria-labelledby="print-title">
      <nav className="print-page__tools" aria-label={t('print.tools')}>
        <Link to={`/workshops/${workshop.id}`}>{t('print.back')}</Link>
        <div className="button-row">
          <Button
            variant="primary"
            onClick={() => {
              window.print();
            }}
          >
            {t('print.print')}
          </Button>
          <Button
            // The file holds outcomes and follow-ups too: not before both are there.
            disabled={!outcomes || !followUps}
            onClick={() => {
              saveBlob(
                new Blob([markdown()], { type: 'text/markdown;charset=utf-8' }),
                printFileName(workshop),
              );
            }}
          >
            {t('print.download')}
          </Button>
        </div>
      </nav>

      <h1 id="print-title">{workshop.title}</h1>
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
          <dd>{time}</dd>
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
            <dd>{workshop.onlineLink}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('print.status')}</dt>
          <dd>{t(`status.${workshop.status}`)}</dd>
        </div>
        <div>
          <dt>{t('print.facilitators')}</dt>
          <dd>
            {workshop.facilitators.length === 0 ? (
              t('print.noFacilitators')
            ) : (
              <ul className="print-page__list">
                {workshop.facilitators.map((facilitator, index) => (
                  <li key={`${facilitatorName(facilitator)}-${String(index)}`}>
                    {facilitatorName(facilitator)}
                    {facilitator.role ? ` (${facilitator.role})` : ''}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>

      <section aria-labelledby="print-agenda">
        <h2 id="print-agenda">{t('agenda.heading')}</h2>
        {workshop.agenda.items.length === 0 ? (
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
              {workshop.agenda.items.map((item) => (
                <tr key={item.position}>
                  <td>
                    {clock(item.startsAt)}–{clock(item.endsAt)}
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

      <section aria-labelledby="print-minutes">
        <h2 id="print-minutes">{t('detail.minutes')}</h2>
        <p className="details__text">{workshop.minutes ?? t('detail.noMinutes')}</p>
      </section>

      <section aria-labelledby="print-outcomes">
        <h2 id="print-outcomes">{t('print.outcomes')}</h2>
        {outcomesPending ? <Loading /> : null}
        {outcomesError ? <ProblemAlert error={outcomesError} /> : null}
        {outcomes?.items.length === 0 ? <p>{t('print.noOutcomes')}</p> : null}
        {outcomes && outcomes.items.length > 0 ? (
          <ul className="print-page__list">
            {outcomes.items.map((outcome) => (
              <li key={outcome.id}>
                <strong>{t(`outcomes.type.${outcome.type}`)}:</strong> {outcome.text}
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <section aria-labelledby="print-follow-ups">
        <h2 id="print-follow-ups">{t('followUps.heading')}</h2>
        {followUpsPending ? <Loading /> : null}
        {followUpsError ? <ProblemAlert error={followUpsError} /> : null}
        {followUps?.items.length === 0 ? <p>{t('followUps.empty')}</p> : null}
        {followUps && followUps.items.length > 0 ? (
          <table className="table">
            <caption className="visually-hidden">{t('followUps.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('followUps.title')}</th>
                <th scope="col">{t('followUps.owner')}</th>
                <th scope="col">{t('followUps.dueDate')}</th>
                <th scope="col">{t('followUps.state')}</th>
              </tr>
            </thead>
            <tbody>
              {followUps.items.map((followUp) => (
                <tr key={followUp.id}>
                  <th scope="row">{followUp.title}</th>
                  <td>{followUp.owner ?? t('followUps.noOwner')}</td>
                  <td>{format.formatDate(followUp.dueDate)}</td>
                  <td>
                    {followUp.done ? t('followUps.isDone') : t('followUps.isOpen')}
                    {followUp.overdue ? ` (${t('followUps.overdue')})` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
    </article>
  );
}
