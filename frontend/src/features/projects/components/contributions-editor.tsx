import { useRef, useState } from 'react';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { errorMessageAt } from '@/lib/forms/path-schema-form';

import type { Indicator } from '../api/types';
import type { MeasureFormValues } from '../utils/measure-form-schema';
import { newRowKey } from '../utils/project-form-schema';

const MAX_CONTRIBUTIONS = 20;

interface ContributionsEditorProps {
  form: UseFormReturn<MeasureFormValues, unknown, MeasureFormValues>;
  /** Whether the project serves a strategy: contributions go to its indicators only. */
  hasStrategy: boolean;
  indicators: readonly Indicator[];
  loadingIndicators: boolean;
  indicatorsFailed: boolean;
}

/**
 * What a measure is estimated to contribute per year to indicators of the project's strategy:
 * rows of indicator and amount in the indicator's unit, added and removed with buttons.
 */
export function ContributionsEditor({
  form,
  hasStrategy,
  indicators,
  loadingIndicators,
  indicatorsFailed,
}: ContributionsEditorProps) {
  const { t } = useTranslation(['projects', 'common']);
  const rootRef = useRef<HTMLFieldSetElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const {
    fields: rows,
    append,
    remove,
  } = useFieldArray({
    control: form.control,
    name: 'indicatorContributions',
  });
  const values = form.watch('indicatorContributions');
  const message = (path: string) => errorMessageAt(form, path);

  const focusRow = (key: string | undefined) => {
    requestAnimationFrame(() => {
      const target = key
        ? rootRef.current?.querySelector<HTMLElement>(`[data-row="${key}"] select`)
        : rootRef.current?.querySelector<HTMLElement>('.contributions-editor__add');
      target?.focus();
    });
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
          const indicatorId = values[index]?.indicatorId ?? '';
          const indicator = indicators.find((candidate) => candidate.id === indicatorId);
          const known = indicatorId === '' || indicator !== undefined || loadingIndicators;
          return (
            <li key={row.id} data-row={row.id}>
              <fieldset className="row-list__row">
                <legend className="row-list__legend">{rowLabel}</legend>
                <SelectField
                  label={t('contributions.indicator')}
                  required
                  options={
                    known
                      ? indicatorOptions
                      : [
                          ...indicatorOptions,
                          { value: indicatorId, label: t('contributions.unknownIndicator') },
                        ]
                  }
                  error={message(`indicatorContributions.${index}.indicatorId`)}
                  {...form.register(`indicatorContributions.${index}.indicatorId`)}
                  // Held by the form while the indicators (the options) are still loading.
                  value={indicatorId}
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
                  error={message(`indicatorContributions.${index}.value`)}
                  {...form.register(`indicatorContributions.${index}.value`)}
                />
                <Button
                  className="row-list__remove"
                  onClick={() => {
                    const next = rows.filter((_, position) => position !== index);
                    remove(index);
                    setAnnouncement(t('contributions.removed', { row: rowLabel }));
                    focusRow((next[index] ?? next[index - 1])?.id);
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
            append({ key: newRowKey(), indicatorId: '', value: '' });
            setAnnouncement(
              t('contributions.added', {
                row: t('contributions.row', { number: rows.length + 1 }),
              }),
            );
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
