import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';

import type { Indicator } from '../api/types';
import type { ContributionRow } from '../utils/measure-form-schema';
import { newRowKey } from '../utils/project-form-schema';

const MAX_CONTRIBUTIONS = 20;

interface ContributionsEditorProps {
  rows: readonly ContributionRow[];
  /** Whether the project serves a strategy: contributions go to its indicators only. */
  hasStrategy: boolean;
  indicators: readonly Indicator[];
  loadingIndicators: boolean;
  indicatorsFailed: boolean;
  /** Message of a row's field by path ("indicatorContributions.0.value"). */
  message: (path: string) => string | undefined;
  onChange: (rows: ContributionRow[]) => void;
}

/**
 * What a measure is estimated to contribute per year to indicators of the project's strategy:
 * rows of indicator and amount in the indicator's unit, added and removed with buttons.
 */
export function ContributionsEditor({
  rows,
  hasStrategy,
  indicators,
  loadingIndicators,
  indicatorsFailed,
  message,
  onChange,
}: ContributionsEditorProps) {
  const { t } = useTranslation(['projects', 'common']);
  const rootRef = useRef<HTMLFieldSetElement>(null);
  const [announcement, setAnnouncement] = useState('');

  const focusRow = (key: string | undefined) => {
    requestAnimationFrame(() => {
      const target = key
        ? rootRef.current?.querySelector<HTMLElement>(`[data-row="${key}"] select`)
        : rootRef.current?.querySelector<HTMLElement>('.contributions-editor__add');
      target?.focus();
    });
  };

  const update = (index: number, change: Partial<ContributionRow>) => {
    onChange(rows.map((row, position) => (position === index ? { ...row, ...change } : row)));
  };

  const indicatorOptions = [
    { value: '', label: loadingIndicators ? t('common:loading') : t('contributions.choose') },
    ...indicators.map((indicator) => ({
      value: indicator.id,
      label: t('contributions.indicatorOption', { name: indicator.name, unit: indicator.unit }),
    })),
  ];

  return (
    <fieldset ref={rootRef} className="fieldset contributions-editor">
      <legend className="fieldset__legend">{t('contributions.legend')}</legend>
      <p className="field__hint">
        {hasStrategy ? t('contributions.hint') : t('contributions.noStrategy')}
      </p>
      {indicatorsFailed ? <p className="field__error">{t('contributions.loadFailed')}</p> : null}
      {hasStrategy && !loadingIndicators && !indicatorsFailed && indicators.length === 0 ? (
        <p className="field__hint">{t('contributions.noIndicators')}</p>
      ) : null}
      {rows.length === 0 ? <p>{t('contributions.noRows')}</p> : null}
      <ol className="row-list">
        {rows.map((row, index) => {
          const rowLabel = t('contributions.row', { number: index + 1 });
          const indicator = indicators.find((candidate) => candidate.id === row.indicatorId);
          const known = row.indicatorId === '' || indicator !== undefined || loadingIndicators;
          return (
            <li key={row.key} data-row={row.key}>
              <fieldset className="row-list__row">
                <legend className="row-list__legend">{rowLabel}</legend>
                <SelectField
                  label={t('contributions.indicator')}
                  required
                  value={row.indicatorId}
                  onChange={(event) => {
                    update(index, { indicatorId: event.target.value });
                  }}
                  options={
                    known
                      ? indicatorOptions
                      : [
                          ...indicatorOptions,
                          { value: row.indicatorId, label: t('contributions.unknownIndicator') },
                        ]
                  }
                  error={message(`indicatorContributions.${index}.indicatorId`)}
                />
                <TextField
                  label={t('contributions.value')}
                  required
                  inputMode="decimal"
                  autoComplete="off"
                  hint={
                    indicator
                      ? t('contributions.unit', { unit: indicator.unit })
                      : t('contributions.noUnit')
                  }
                  value={row.value}
                  onChange={(event) => {
                    update(index, { value: event.target.value });
                  }}
                  error={message(`indicatorContributions.${index}.value`)}
                />
                <Button
                  className="row-list__remove"
                  onClick={() => {
                    const next = rows.filter((_, position) => position !== index);
                    onChange(next);
                    setAnnouncement(t('contributions.removed', { row: rowLabel }));
                    focusRow((next[index] ?? next[index - 1])?.key);
                  }}
                >
                  {t('contributions.remove')}
                  <span className="visually-hidden">: {rowLabel}</span>
                </Button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {hasStrategy ? (
        <Button
          className="contributions-editor__add"
          disabled={rows.length >= MAX_CONTRIBUTIONS}
          onClick={() => {
            const row: ContributionRow = { key: newRowKey(), indicatorId: '', value: '' };
            onChange([...rows, row]);
            setAnnouncement(
              t('contributions.added', {
                row: t('contributions.row', { number: rows.length + 1 }),
              }),
            );
            focusRow(row.key);
          }}
        >
          {t('contributions.add')}
        </Button>
      ) : null}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </fieldset>
  );
}
