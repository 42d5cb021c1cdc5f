import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import type { FieldChange, HistoryEntry } from '@/lib/api/types';
import { useRecordHistory, type HistoryKind } from '@/lib/history/record-history';
import { useFormatters } from '@/lib/i18n/format';

interface RecordHistoryProps {
  kind: HistoryKind;
  id: string;
}

/**
 * "Who changed what, when": the record's change history, loaded when the reader opens it, newest
 * first, each field with its value before and after.
 */
export function RecordHistory({ kind, id }: RecordHistoryProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const regionId = useId();
  const history = useRecordHistory(kind, id, open);
  const entries = history.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section aria-labelledby={`${regionId}-heading`} className="record-history">
      <h2 id={`${regionId}-heading`}>{t('history.heading')}</h2>
      <Button
        variant="secondary"
        aria-expanded={open}
        aria-controls={regionId}
        onClick={() => {
          setOpen((value) => !value);
        }}
      >
        {open ? t('history.hide') : t('history.show')}
      </Button>
      <div id={regionId} hidden={!open}>
        {open && history.isPending ? <Loading label={t('history.loading')} /> : null}
        {history.isError ? <ProblemAlert error={history.error} /> : null}
        {history.isSuccess && entries.length === 0 ? <p>{t('history.empty')}</p> : null}
        {entries.length > 0 ? (
          <ol className="record-history__entries">
            {entries.map((entry, index) => (
              <HistoryItem key={`${entry.id}-${entry.changedAt}-${index}`} entry={entry} />
            ))}
          </ol>
        ) : null}
        {history.hasNextPage ? (
          <Button
            variant="secondary"
            disabled={history.isFetchingNextPage}
            onClick={() => {
              void history.fetchNextPage();
            }}
          >
            {history.isFetchingNextPage ? t('history.loadingMore') : t('history.loadMore')}
          </Button>
        ) : null}
      </div>
    </section>
  );
}

function HistoryItem({ entry }: { entry: HistoryEntry }) {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  return (
    <li>
      <p>
        <time dateTime={entry.changedAt}>{formatDateTime(entry.changedAt)}</time>{' '}
        {t('history.summary', {
          actor: entry.actor,
          operation: t(`history.operation.${entry.operation}`),
          type: t(`history.type.${entry.type}`, { defaultValue: entry.type }),
        })}
      </p>
      {entry.changes.length > 0 && entry.operation === 'UPDATE' ? (
        <table className="record-history__changes">
          <caption className="visually-hidden">{t('history.changesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('history.field')}</th>
              <th scope="col">{t('history.before')}</th>
              <th scope="col">{t('history.after')}</th>
            </tr>
          </thead>
          <tbody>
            {entry.changes.map((change) => (
              <ChangeRow key={change.field} change={change} />
            ))}
          </tbody>
        </table>
      ) : null}
    </li>
  );
}

function ChangeRow({ change }: { change: FieldChange }) {
  const { t } = useTranslation();
  return (
    <tr>
      <th scope="row">{change.field}</th>
      <td>{valueText(change.before, t('history.noValue'))}</td>
      <td>{valueText(change.after, t('history.noValue'))}</td>
    </tr>
  );
}

function valueText(value: unknown, none: string): string {
  if (value === undefined || value === null || value === '') {
    return none;
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}
