import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConflictAlert } from '@/components/ui/conflict-alert';
import { TextAreaField, TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { isApiError, isConflict } from '@/lib/api/errors';
import { formatClock } from '@/lib/i18n/municipal-time';

import { useReplaceAgenda } from '../api/replace-agenda';
import type { Workshop } from '../api/types';
import {
  minutesOf,
  moveItem,
  plannedMinutes,
  withRunningTimes,
  type DraftAgendaItem,
} from '../utils/agenda';

interface AgendaEditorProps {
  workshop: Workshop;
  etag: string;
  onReload: () => void;
  reloading: boolean;
}

let nextKey = 0;
function newKey() {
  nextKey += 1;
  return `agenda-${nextKey}`;
}

function draftsOf(workshop: Workshop): DraftAgendaItem[] {
  return workshop.agenda.items.map((item) => ({
    key: newKey(),
    title: item.title,
    durationMinutes: String(item.durationMinutes),
    method: item.method ?? '',
    responsible: item.responsible ?? '',
    expectedOutput: item.expectedOutput ?? '',
  }));
}

/** The agenda builder: items with running times, moved by buttons, saved as a whole. */
export function AgendaEditor({ workshop, etag, onReload, reloading }: AgendaEditorProps) {
  const { t, i18n } = useTranslation('workshops');
  const [items, setItems] = useState<DraftAgendaItem[]>(() => draftsOf(workshop));
  const [saved, setSaved] = useState(false);
  // The version these items are based on: the one loaded when the editor started, then the one its
  // own last save produced. A newer version from anywhere else means someone changed the workshop.
  const [baseEtag, setBaseEtag] = useState(etag);
  const listRef = useRef<HTMLOListElement>(null);
  const headingId = useId();
  const replace = useReplaceAgenda();
  const timed = withRunningTimes(workshop.startsAt, items);
  const planned = plannedMinutes(items);
  const available = workshop.agenda.availableMinutes;

  const update = (index: number, patch: Partial<DraftAgendaItem>) => {
    setSaved(false);
    setItems((current) =>
      current.map((item, position) => (position === index ? { ...item, ...patch } : item)),
    );
  };

  const focusItem = (index: number, selector: string) => {
    // After the list re-renders, keep the keyboard where the user was working.
    requestAnimationFrame(() => {
      const targets = listRef.current?.querySelectorAll<HTMLElement>(
        `li[data-agenda-item] ${selector}`,
      );
      Array.from(targets ?? [])
        .at(index)
        ?.focus();
    });
  };

  const changedElsewhere = !replace.isPending && etag !== baseEtag && etag !== replace.data?.etag;
  const tooLong =
    isApiError(replace.error) && replace.error.status === 422 ? replace.error : undefined;

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('agenda.heading')}</h2>
      <p role="status">
        {t('agenda.planned', { planned, available })}
        {planned > available ? ` ${t('agenda.overLocal', { minutes: planned - available })}` : ''}
      </p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setSaved(false);
          replace.mutate(
            {
              id: workshop.id,
              etag: baseEtag,
              items: items.map((item) => ({
                title: item.title.trim(),
                durationMinutes: minutesOf(item.durationMinutes),
                method: item.method.trim() || undefined,
                responsible: item.responsible.trim() || undefined,
                expectedOutput: item.expectedOutput.trim() || undefined,
              })),
            },
            {
              onSuccess: (result) => {
                setBaseEtag(result.etag);
                setSaved(true);
              },
            },
          );
        }}
      >
        {items.length === 0 ? <p>{t('agenda.empty')}</p> : null}
        <ol className="agenda-list" ref={listRef}>
          {timed.map(({ item, startsAt, endsAt }, index) => {
            const clock = `${formatClock(startsAt, i18n.language, workshop.timeZone)}–${formatClock(endsAt, i18n.language, workshop.timeZone)}`;
            const name = item.title.trim() || t('agenda.untitled', { position: index + 1 });
            return (
              <li key={item.key} data-agenda-item="" className="agenda-item">
                <fieldset>
                  <legend>{t('agenda.itemLegend', { position: index + 1, time: clock })}</legend>
                  <TextField
                    label={t('agenda.title')}
                    required
                    value={item.title}
                    maxLength={200}
                    className="agenda-title"
                    onChange={(event) => {
                      update(index, { title: event.target.value });
                    }}
                  />
                  <TextField
                    label={t('agenda.duration')}
                    required
                    inputMode="numeric"
                    value={item.durationMinutes}
                    onChange={(event) => {
                      update(index, { durationMinutes: event.target.value });
                    }}
                  />
                  <TextField
                    label={t('agenda.method')}
                    value={item.method}
                    maxLength={200}
                    onChange={(event) => {
                      update(index, { method: event.target.value });
                    }}
                  />
                  <TextField
                    label={t('agenda.responsible')}
                    value={item.responsible}
                    maxLength={200}
                    onChange={(event) => {
                      update(index, { responsible: event.target.value });
                    }}
                  />
                  <TextAreaField
                    label={t('agenda.expectedOutput')}
                    value={item.expectedOutput}
                    maxLength={1000}
                    rows={2}
                    onChange={(event) => {
                      update(index, { expectedOutput: event.target.value });
                    }}
                  />
                  <div className="button-row">
                    <Button
                      type="button"
                      variant="secondary"
                      className="agenda-up"
                      disabled={index === 0}
                      aria-label={t('agenda.moveUp', { title: name })}
                      onClick={() => {
                        setSaved(false);
                        setItems((current) => moveItem(current, index, index - 1));
                        focusItem(index - 1, index - 1 === 0 ? '.agenda-down' : '.agenda-up');
                      }}
                    >
                      {t('agenda.up')}
                    </Button>
                    <Button
                      type="button"
                      variant="secondary"
                      className="agenda-down"
                      disabled={index === items.length - 1}
                      aria-label={t('agenda.moveDown', { title: name })}
                      onClick={() => {
                        setSaved(false);
                        setItems((current) => moveItem(current, index, index + 1));
                        focusItem(
                          index + 1,
                          index + 1 === items.length - 1 ? '.agenda-up' : '.agenda-down',
                        );
                      }}
                    >
                      {t('agenda.down')}
                    </Button>
                    <Button
                      type="button"
                      variant="danger"
                      aria-label={t('agenda.remove', { title: name })}
                      onClick={() => {
                        setSaved(false);
                        setItems((current) => current.filter((_, position) => position !== index));
                        focusItem(Math.max(0, index - 1), '.agenda-title');
                      }}
                    >
                      {t('agenda.removeShort')}
                    </Button>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
        <div className="button-row">
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              setSaved(false);
              setItems((current) => [
                ...current,
                {
                  key: newKey(),
                  title: '',
                  durationMinutes: '15',
                  method: '',
                  responsible: '',
                  expectedOutput: '',
                },
              ]);
              focusItem(items.length, '.agenda-title');
            }}
          >
            {t('agenda.add')}
          </Button>
          <Button type="submit" variant="primary" disabled={replace.isPending}>
            {t('agenda.save')}
          </Button>
        </div>
        {saved ? <Alert tone="success">{t('agenda.saved')}</Alert> : null}
        {isConflict(replace.error) || changedElsewhere ? (
          <ConflictAlert
            title={t('conflict.title')}
            message={t('conflict.message')}
            reloading={reloading}
            onReload={onReload}
          />
        ) : tooLong ? (
          <Alert tone="error" title={t('agenda.tooLongTitle')}>
            <p>{t('agenda.tooLong', { planned, available })}</p>
            {tooLong.problem?.detail ? <p>{tooLong.problem.detail}</p> : null}
          </Alert>
        ) : replace.error ? (
          <ProblemAlert error={replace.error} />
        ) : null}
      </form>
    </section>
  );
}
