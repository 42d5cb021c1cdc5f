import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { FormErrorAlerts } from '@/components/ui/form-error-alerts';
import { LinkButton } from '@/components/ui/link-button';
import type { Organization, StakeholderInput } from '@/lib/api/types';
import { CheckboxGroupController } from '@/lib/forms/choice-group-controllers';
import { useServerFieldErrors } from '@/lib/forms/path-schema-form';
import { useSchemaForm } from '@/lib/forms/schema-form';
import { useFieldsOfAction } from '@/lib/vocabulary/fields-of-action';
import { sectors, useVocabulary, visibilities } from '@/lib/vocabulary/vocabulary';

import {
  stakeholderFormFields,
  stakeholderFormSchema,
  toStakeholderInput,
  type StakeholderFormValues,
} from '../utils/stakeholder-form-schema';

type StakeholderFormApi = UseFormReturn<StakeholderFormValues, unknown, StakeholderFormValues>;

interface StakeholderFormProps {
  initialValues: StakeholderFormValues;
  /** Organisations the user edits for; a choice is offered only when there is more than one. */
  organizations: readonly Organization[];
  /** The owner of the stakeholder being edited, whose own fields of action are offered. */
  ownerOrganizationId?: string;
  submitLabel: string;
  cancelTo: string;
  submitting: boolean;
  /** The failed request's error: field errors go next to their fields, the rest into an alert. */
  serverError: unknown;
  onSubmit: (input: StakeholderInput) => void;
}

export function StakeholderForm({
  initialValues,
  organizations,
  ownerOrganizationId,
  submitLabel,
  cancelTo,
  submitting,
  serverError,
  onSubmit,
}: StakeholderFormProps) {
  const { t } = useTranslation(['stakeholders', 'common']);
  const { sectorLabel } = useVocabulary();
  const fieldsOfAction = useFieldsOfAction();
  const form = useSchemaForm(stakeholderFormSchema, initialValues);
  const { errors } = form.formState;
  useServerFieldErrors(form, serverError, stakeholderFormFields);
  const [organizationId, chosenFields] = form.watch(['organizationId', 'fieldsOfAction']);

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) =>
        void form.handleSubmit((values) => {
          onSubmit(toStakeholderInput(values));
        })(event)
      }
    >
      <FormErrorAlerts
        hasFieldErrors={Object.keys(errors).length > 0}
        serverError={serverError}
        fields={stakeholderFormFields}
      />

      {organizations.length > 1 ? (
        <SelectField
          label={t('fields.organization')}
          required
          options={organizations.map((organization) => ({
            value: organization.id,
            label: organization.name,
          }))}
          error={errors.organizationId?.message}
          {...form.register('organizationId')}
        />
      ) : null}

      <TextField
        label={t('fields.name')}
        required
        maxLength={200}
        autoComplete="organization"
        error={errors.name?.message}
        {...form.register('name')}
      />
      <SelectField
        label={t('fields.sector')}
        required
        options={[
          { value: '', label: t('form.chooseSector') },
          ...sectors.map((sector) => ({ value: sector, label: sectorLabel(sector) })),
        ]}
        error={errors.sector?.message}
        {...form.register('sector')}
      />
      <CheckboxGroupController
        control={form.control}
        name="fieldsOfAction"
        legend={t('fields.fieldsOfAction')}
        options={fieldsOfAction.options(organizationId || ownerOrganizationId, chosenFields)}
      />
      <StakeholderDetailsFields form={form} />

      <div className="form__actions">
        <Button type="submit" variant="primary" disabled={submitting}>
          {submitting ? t('common:form.saving') : submitLabel}
        </Button>
        <LinkButton to={cancelTo}>{t('common:form.cancel')}</LinkButton>
      </div>
    </form>
  );
}

/** The fields below the fields of action (a child, so that they register after that group). */
function StakeholderDetailsFields({ form }: { form: StakeholderFormApi }) {
  const { t } = useTranslation('stakeholders');
  const { visibilityLabel } = useVocabulary();
  const { errors } = form.formState;
  return (
    <>
      <TextField
        label={t('fields.website')}
        type="url"
        inputMode="url"
        autoComplete="url"
        hint={t('hints.website')}
        error={errors.website?.message}
        {...form.register('website')}
      />
      <TextAreaField
        label={t('fields.description')}
        rows={5}
        error={errors.description?.message}
        {...form.register('description')}
      />
      <SelectField
        label={t('fields.visibility')}
        hint={t('hints.visibility')}
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
        hint={t('hints.externalId')}
        error={errors.externalId?.message}
        {...form.register('externalId')}
      />
    </>
  );
}
