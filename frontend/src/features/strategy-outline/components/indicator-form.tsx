import { useId, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { RadioGroupField } from '@/components/ui/choice-group';
import { SelectField, TextField } from '@/components/ui/field';
import { LinkButton } from '@/components/ui/link-button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { fieldErrorsOf } from '@/lib/api/errors';
import type { IndicatorInput, StrategyComponent } from '@/lib/api/types';
import {
  type FieldMessages,
  fieldMessagesOf,
  focusFirstInvalidAfterRender,
  serverGroupMessages,
  useFocusOnServerFieldErrors,
  useRenderMessage,
} from '@/lib/forms/validation';

import {
  indicatorFormFields,
  indicatorFormSchema,
  toIndicatorInput,
  type IndicatorFormField,
  type IndicatorFormValues,
} from '../utils/indicator-form-schema';
import { indicatorDirections, indicatorKinds } from '../utils/outline-options';

interface IndicatorFormProps {
  goals: readonly StrategyComponent[];
  initialValues: IndicatorFormValues;
  submitLabel: string;
  cancelTo: string;
  submitting: boolean;
  serverError: unknown;
  onSubmit: (input: IndicatorInput) => void;
}

type TextFieldName =
  'componentId' | 'name' | 'unit' | 'kind' | 'direction' | 'source' | 'externalId';

export function IndicatorForm({
  goals,
  initialValues,
  submitLabel,
  cancelTo,
  submitting,
  serverError,
  onSubmit,
}: IndicatorFormProps) {
  const { t } = useTranslation(['outline', 'common']);
  const ids = useId();
  const [values, setValues] = useState(initialValues);
  const [clientErrors, setClientErrors] = useState<FieldMessages<IndicatorFormField>>({});
  const formRef = useRef<HTMLFormElement>(null);

  useFocusOnServerFieldErrors(formRef, serverError);

  const serverErrors = serverGroupMessages(fieldErrorsOf(serverError), indicatorFormFields);
  const errors: FieldMessages<IndicatorFormField> = { ...serverErrors, ...clientErrors };
  const hasFieldErrors = Object.keys(errors).length > 0;
  const hasUnmappedServerErrors =
    fieldErrorsOf(serverError).length > Object.keys(serverErrors).length;
  const renderMessage = useRenderMessage();
  const message = (field: IndicatorFormField) => renderMessage(errors[field]);
  const set = (field: TextFieldName) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
  };

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = indicatorFormSchema.safeParse(values);
    if (!parsed.success) {
      setClientErrors(fieldMessagesOf<IndicatorFormField>(parsed.error));
      focusFirstInvalidAfterRender(formRef);
      return;
    }
    setClientErrors({});
    onSubmit(toIndicatorInput(parsed.data));
  };

  const baselineError = message('baseline');
  const targetsError = message('targets');

  return (
    <form ref={formRef} className="form" noValidate onSubmit={handleSubmit}>
      {hasFieldErrors ? <Alert tone="error" title={t('common:errors.fieldErrors')} /> : null}
      {serverError && (!hasFieldErrors || hasUnmappedServerErrors) ? (
        <ProblemAlert error={serverError} hideFields={indicatorFormFields} />
      ) : null}
      <SelectField
        label={t('indicatorFields.goal')}
        name="componentId"
        required
        value={values.componentId}
        onChange={(event) => {
          set('componentId')(event.target.value);
        }}
        options={[
          { value: '', label: t('form.choose') },
          ...goals.map((goal) => ({ value: goal.id, label: goal.title })),
        ]}
        error={message('componentId')}
      />
      <TextField
        label={t('indicatorFields.name')}
        name="name"
        required
        maxLength={200}
        value={values.name}
        onChange={(event) => {
          set('name')(event.target.value);
        }}
        error={message('name')}
      />
      <div className="form__row">
        <TextField
          label={t('indicatorFields.unit')}
          name="unit"
          required
          maxLength={50}
          hint={t('indicatorHints.unit')}
          value={values.unit}
          onChange={(event) => {
            set('unit')(event.target.value);
          }}
          error={message('unit')}
        />
        <SelectField
          label={t('indicatorFields.kind')}
          name="kind"
          required
          hint={t('indicatorHints.kind')}
          value={values.kind}
          onChange={(event) => {
            set('kind')(event.target.value);
          }}
          options={[
            { value: '', label: t('form.choose') },
            ...indicatorKinds.map((kind) => ({ value: kind, label: t(`indicatorKind.${kind}`) })),
          ]}
          error={message('kind')}
        />
      </div>
      <RadioGroupField
        legend={t('indicatorFields.direction')}
        name="direction"
        required
        inline
        value={values.direction}
        options={indicatorDirections.map((direction) => ({
          value: direction,
          label: t(`direction.${direction}`),
        }))}
        onChange={set('direction')}
        error={message('direction')}
      />
      <fieldset
        className={baselineError ? 'field field--invalid' : 'field'}
        aria-describedby={baselineError ? `${ids}-baseline-error` : `${ids}-baseline-hint`}
      >
        <legend className="field__label">{t('indicatorFields.baseline')}</legend>
        <p id={`${ids}-baseline-hint`} className="field__hint">
          {t('indicatorHints.baseline')}
        </p>
        <div className="form__row">
          <TextField
            label={t('indicatorFields.baselineValue')}
            name="baselineValue"
            inputMode="decimal"
            autoComplete="off"
            aria-invalid={baselineError ? true : undefined}
            value={values.baseline.value}
            onChange={(event) => {
              const value = event.target.value;
              setValues((current) => ({ ...current, baseline: { ...current.baseline, value } }));
            }}
          />
          <TextField
            label={t('indicatorFields.baselineDate')}
            name="baselineDate"
            type="date"
            value={values.baseline.date}
            onChange={(event) => {
              const date = event.target.value;
              setValues((current) => ({ ...current, baseline: { ...current.baseline, date } }));
            }}
          />
        </div>
        {baselineError ? (
          <p id={`${ids}-baseline-error`} className="field__error">
            {baselineError}
          </p>
        ) : null}
      </fieldset>
      <fieldset
        className={targetsError ? 'field field--invalid' : 'field'}
        aria-describedby={targetsError ? `${ids}-targets-error` : `${ids}-targets-hint`}
      >
        <legend className="field__label">{t('indicatorFields.targets')}</legend>
        <p id={`${ids}-targets-hint`} className="field__hint">
          {t('indicatorHints.targets')}
        </p>
        <ol className="link-editor">
          {values.targets.map((target, index) => (
            <li key={index} className="link-editor__row">
              <TextField
                id={`${ids}-target-${index}`}
                label={t('indicatorFields.targetValue', { number: index + 1 })}
                name={`target-${index}-value`}
                inputMode="decimal"
                autoComplete="off"
                aria-invalid={targetsError ? true : undefined}
                value={target.value}
                onChange={(event) => {
                  const value = event.target.value;
                  setValues((current) => ({
                    ...current,
                    targets: current.targets.map((item, position) =>
                      position === index ? { ...item, value } : item,
                    ),
                  }));
                }}
              />
              <TextField
                label={t('indicatorFields.targetDate', { number: index + 1 })}
                name={`target-${index}-date`}
                type="date"
                value={target.date}
                onChange={(event) => {
                  const date = event.target.value;
                  setValues((current) => ({
                    ...current,
                    targets: current.targets.map((item, position) =>
                      position === index ? { ...item, date } : item,
                    ),
                  }));
                }}
              />
              <Button
                onClick={() => {
                  setValues((current) => ({
                    ...current,
                    targets: current.targets.filter((_item, position) => position !== index),
                  }));
                  document.getElementById(`${ids}-add-target`)?.focus();
                }}
              >
                {t('indicatorFields.removeTarget', { number: index + 1 })}
              </Button>
            </li>
          ))}
        </ol>
        <Button
          id={`${ids}-add-target`}
          onClick={() => {
            const index = values.targets.length;
            setValues((current) => ({
              ...current,
              targets: [...current.targets, { value: '', date: '' }],
            }));
            requestAnimationFrame(() => {
              document.getElementById(`${ids}-target-${index}`)?.focus();
            });
          }}
        >
          {t('indicatorFields.addTarget')}
        </Button>
        {targetsError ? (
          <p id={`${ids}-targets-error`} className="field__error">
            {targetsError}
          </p>
        ) : null}
      </fieldset>
      <TextField
        label={t('indicatorFields.source')}
        name="source"
        maxLength={500}
        value={values.source}
        onChange={(event) => {
          set('source')(event.target.value);
        }}
        error={message('source')}
      />
      <TextField
        label={t('indicatorFields.externalId')}
        name="externalId"
        autoComplete="off"
        value={values.externalId}
        onChange={(event) => {
          set('externalId')(event.target.value);
        }}
        error={message('externalId')}
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" disabled={submitting}>
          {submitting ? t('common:form.saving') : submitLabel}
        </Button>
        <LinkButton to={cancelTo}>{t('common:form.cancel')}</LinkButton>
      </div>
    </form>
  );
}
