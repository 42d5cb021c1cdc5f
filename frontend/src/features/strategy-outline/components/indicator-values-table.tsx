import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import type { Indicator, IndicatorValue } from '@/lib/api/types';
import { useFormatters } from '@/lib/i18n/format';

interface IndicatorValuesTableProps {
  indicator: Indicator;
  /** Offered to editors: deletes one value. */
  onDelete: ((value: IndicatorValue) => void) | undefined;
  deleting: boolean;
}

type Row =
  | { kind: 'value'; date: string; value: IndicatorValue }
  | { kind: 'baseline' | 'target'; date: string; number: number };

/** Everything the chart shows, as a table: values, baseline and targets by date. */
export function IndicatorValuesTable({ indicator, onDelete, deleting }: IndicatorValuesTableProps) {
  const { t } = useTranslation(['outline', 'common']);
  const { formatNumber, formatDate } = useFormatters();
  const captionId = useId();
  const empty = t('common:empty');

  const rows: Row[] = [
    ...indicator.values.map((value): Row => ({ kind: 'value', date: value.observedOn, value })),
    ...(indicator.baseline
      ? [
          {
            kind: 'baseline',
            date: indicator.baseline.date,
            number: indicator.baseline.value,
          } as const,
        ]
      : []),
    ...indicator.targets.map((target): Row => ({
      kind: 'target',
      date: target.date,
      number: target.value,
    })),
  ].sort((a, b) => a.date.localeCompare(b.date));

  return (
    <div className="table-scroll">
      <table className="table" aria-labelledby={captionId}>
        <caption id={captionId} className="table__caption">
          {t('values.caption', { unit: indicator.unit })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('values.date')}</th>
            <th scope="col">{t('values.value')}</th>
            <th scope="col">{t('values.type')}</th>
            <th scope="col">{t('values.source')}</th>
            {onDelete ? (
              <th scope="col">
                <span className="visually-hidden">{t('values.actions')}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.kind === 'value' ? row.value.id : `${row.kind}-${row.date}`}>
              <th scope="row">
                <time dateTime={row.date}>{formatDate(row.date)}</time>
              </th>
              <td>{formatNumber(row.kind === 'value' ? row.value.value : row.number)}</td>
              <td>
                {row.kind === 'value' ? t(`valueKind.${row.value.kind}`) : t(`values.${row.kind}`)}
              </td>
              <td>
                {row.kind === 'value'
                  ? [row.value.source, row.value.comment].filter(Boolean).join(' – ') || empty
                  : empty}
              </td>
              {onDelete ? (
                <td>
                  {row.kind === 'value' ? (
                    <Button
                      className="button--small"
                      disabled={deleting}
                      onClick={() => {
                        onDelete(row.value);
                      }}
                    >
                      {t('values.delete')}{' '}
                      <span className="visually-hidden">
                        {t('values.deleteOf', { date: formatDate(row.date) })}
                      </span>
                    </Button>
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
