import { useId, useRef, type ReactNode } from 'react';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { messageIn } from '@/lib/forms/schema-form-errors';

import type { IndicatorFormValues } from '../utils/indicator-form-schema';

type IndicatorFormApi = UseFormReturn<IndicatorFormValues, unknown, IndicatorFormValues>;

interface MeasuredGroupProps {
  legend: string;
  hint: string;
  /** One message for the whole group (a value and date pair, or the list of targets). */
  error: string | undefined;
  children: ReactNode;
}

/** A fieldset whose hint, or else its error, describes the group as a whole. */
function MeasuredGroup({ legend, hint, error, children }: MeasuredGroupProps) {
  const id = useId();
  return (
    <fieldset
      className={error ? 'field field--invalid' : 'field'}
      aria-describedby={error ? `${id}-error` : `${id}-hint`}
    >
      <legend className="field__label">{legend}</legend>
      <p id={`${id}-hint`} className="field__hint">
        {hint}
      </p>
      {children}
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** The baseline: a value and the date it was measured, both or neither. */
export function BaselineFields({ form }: { form: IndicatorFormApi }) {
  const { t } = useTranslation('outline');
  return (
    <MeasuredGroup
      legend={t('indicatorFields.baseline')}
      hint={t('indicatorHints.baseline')}
      error={messageIn(form.formState.errors, 'baseline')}
    >
      <div className="form__row">
        <TextField
          label={t('indicatorFields.baselineValue')}
          inputMode="decimal"
          autoComplete="off"
          {...form.register('baseline.value')}
        />
        <TextField
          label={t('indicatorFields.baselineDate')}
          type="date"
          {...form.register('baseline.date')}
        />
      </div>
    </MeasuredGroup>
  );
}

/** The targets, one value and date per row; rows are added and removed in place. */
export function TargetsFields({ form }: { form: IndicatorFormApi }) {
  const { t } = useTranslation('outline');
  const targets = useFieldArray({ control: form.control, name: 'targets' });
  const addRef = useRef<HTMLButtonElement>(null);
  return (
    <MeasuredGroup
      legend={t('indicatorFields.targets')}
      hint={t('indicatorHints.targets')}
      error={messageIn(form.formState.errors, 'targets')}
    >
      <ol className="link-editor">
        {targets.fields.map((target, index) => (
          <li key={target.id} className="link-editor__row">
            <TextField
              label={t('indicatorFields.targetValue', { number: index + 1 })}
              inputMode="decimal"
              autoComplete="off"
              {...form.register(`targets.${index}.value`)}
            />
            <TextField
              label={t('indicatorFields.targetDate', { number: index + 1 })}
              type="date"
              {...form.register(`targets.${index}.date`)}
            />
            <Button
              onClick={() => {
                targets.remove(index);
                addRef.current?.focus();
              }}
            >
              {t('indicatorFields.removeTarget', { number: index + 1 })}
            </Button>
          </li>
        ))}
      </ol>
      <Button
        ref={addRef}
        onClick={() => {
          targets.append({ value: '', date: '' });
        }}
      >
        {t('indicatorFields.addTarget')}
      </Button>
    </MeasuredGroup>
  );
}
