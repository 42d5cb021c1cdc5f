import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { FormErrorAlerts } from '@/components/ui/form-error-alerts';
import { LinkButton } from '@/components/ui/link-button';
import type { StakeholderAnalysisInput } from '@/lib/api/types';
import { useServerFieldErrors } from '@/lib/forms/path-schema-form';
import { useSchemaForm } from '@/lib/forms/schema-form';
import { useVocabulary, visibilities } from '@/lib/vocabulary/vocabulary';

import {
  analysisFormFields,
  analysisFormSchema,
  toAnalysisInput,
  type AnalysisFormValues,
} from '../utils/analysis-form-schema';
import { analysisMethods, analysisStatuses } from '../utils/analysis-options';

interface AnalysisFormProps {
  strategyId: string;
  initialValues: AnalysisFormValues;
  submitLabel: string;
  cancelTo: string;
  submitting: boolean;
  serverError: unknown;
  onSubmit: (input: StakeholderAnalysisInput) => void;
}

export function AnalysisForm({
  strategyId,
  initialValues,
  submitLabel,
  cancelTo,
  submitting,
  serverError,
  onSubmit,
}: AnalysisFormProps) {
  const { t } = useTranslation(['analyses', 'common']);
  const { visibilityLabel } = useVocabulary();
  const form = useSchemaForm(analysisFormSchema, initialValues);
  const { errors } = form.formState;
  useServerFieldErrors(form, serverError, analysisFormFields);

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) =>
        void form.handleSubmit((values) => {
          onSubmit(toAnalysisInput(values, strategyId));
        })(event)
      }
    >
      <FormErrorAlerts
        hasFieldErrors={Object.keys(errors).length > 0}
        serverError={serverError}
        fields={analysisFormFields}
      />
      <TextField
        label={t('fields.title')}
        required
        maxLength={200}
        error={errors.title?.message}
        {...form.register('title')}
      />
      <div className="form__row">
        <SelectField
          label={t('fields.method')}
          required
          options={[
            { value: '', label: t('form.choose') },
            ...analysisMethods.map((method) => ({ value: method, label: t(`method.${method}`) })),
          ]}
          error={errors.method?.message}
          {...form.register('method')}
        />
        <TextField
          label={t('fields.conductedOn')}
          type="date"
          error={errors.conductedOn?.message}
          {...form.register('conductedOn')}
        />
      </div>
      <div className="form__row">
        <SelectField
          label={t('fields.status')}
          required
          options={analysisStatuses.map((status) => ({
            value: status,
            label: t(`status.${status}`),
          }))}
          error={errors.status?.message}
          {...form.register('status')}
        />
        <TextField
          label={t('fields.facilitator')}
          maxLength={200}
          hint={t('hints.facilitator')}
          error={errors.facilitator?.message}
          {...form.register('facilitator')}
        />
      </div>
      <SelectField
        label={t('fields.visibility')}
        options={visibilities.map((visibility) => ({
          value: visibility,
          label: visibilityLabel(visibility),
        }))}
        error={errors.visibility?.message}
        {...form.register('visibility')}
      />
      <TextField
        label={t('fields.externalId')}
        autoComplete="off"
        error={errors.externalId?.message}
        {...form.register('externalId')}
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
