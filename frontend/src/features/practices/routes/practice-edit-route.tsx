import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConflictAlert } from '@/components/ui/conflict-alert';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { isConflict } from '@/lib/api/errors';
import { canWriteIn, useMe } from '@/lib/auth/me';
import { applyServerFieldErrors, useSchemaForm } from '@/lib/forms/schema-form';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useVocabulary, visibilities } from '@/lib/vocabulary/vocabulary';

import { usePractice, type VersionedPractice } from '../api/get-practice';
import { useUpdatePractice } from '../api/save-practice';
import {
  practiceFormFields,
  practiceFormSchema,
  toFormValues,
  toInput,
  type PracticeFormValues,
} from '../utils/practice-form';
import { maturities, populationBands, practiceLanguages, regionTypes } from '../utils/practices';

export function PracticeEditRoute() {
  const { t } = useTranslation('practices');
  useDocumentTitle(t('form.heading'));
  const { practiceId = '' } = useParams();
  const query = usePractice(practiceId);
  const me = useMe();
  if (query.isPending || me.isPending) {
    return <Loading />;
  }
  if (query.isError) {
    return <ProblemAlert error={query.error} />;
  }
  if (!canWriteIn(me.data, query.data.practice.organizationId)) {
    return <Alert tone="error" title={t('form.noPermission')} />;
  }
  return <EditPractice key={practiceId} loaded={query.data} reload={query.refetch} />;
}

interface EditPracticeProps {
  loaded: VersionedPractice;
  reload: () => Promise<{ data?: VersionedPractice | undefined }>;
}

function EditPractice({ loaded, reload }: EditPracticeProps) {
  const { t } = useTranslation('practices');
  const { visibilityLabel } = useVocabulary();
  const navigate = useNavigate();
  const update = useUpdatePractice();
  // The version being edited stays fixed while the user types: its ETag surfaces a concurrent
  // change as 412 instead of overwriting it.
  const [baseline, setBaseline] = useState(loaded);
  const form = useSchemaForm(practiceFormSchema, toFormValues(loaded.practice));
  const { errors } = form.formState;
  const text = (name: keyof PracticeFormValues, area = false, required = false) => {
    const props = {
      label: t(`form.${name}`),
      error: errors[name]?.message,
      required,
      ...form.register(name),
    };
    return area ? <TextAreaField {...props} rows={4} /> : <TextField {...props} />;
  };
  const select = (name: keyof PracticeFormValues, options: { value: string; label: string }[]) => (
    <SelectField
      label={t(`form.${name}`)}
      options={options}
      error={errors[name]?.message}
      {...form.register(name)}
    />
  );
  const none = { value: '', label: t('form.notSpecified') };

  return (
    <>
      <h1>{t('form.heading')}</h1>
      <p className="lead">{t('form.noPersons')}</p>
      <form
        noValidate
        onSubmit={(event) =>
          void form.handleSubmit(async (values) => {
            try {
              const saved = await update.mutateAsync({
                id: baseline.practice.id,
                etag: baseline.etag,
                input: toInput(baseline.practice, values),
              });
              await navigate(`/practices/${saved.practice.id}`);
            } catch (error) {
              applyServerFieldErrors(form, error, practiceFormFields);
            }
          })(event)
        }
      >
        <fieldset>
          <legend>{t('form.about')}</legend>
          {text('title', false, true)}
          {text('summary', true)}
          {select(
            'maturity',
            maturities.map((value) => ({ value, label: t(`maturity.${value}`) })),
          )}
          {select(
            'language',
            practiceLanguages.map((value) => ({ value, label: t(`language.${value}`) })),
          )}
          {text('licence')}
          {select(
            'visibility',
            visibilities.map((value) => ({ value, label: visibilityLabel(value) })),
          )}
        </fieldset>
        <fieldset>
          <legend>{t('fields.context')}</legend>
          {text('municipality')}
          {text('country')}
          {select('populationBand', [
            none,
            ...populationBands.map((value) => ({ value, label: t(`populationBand.${value}`) })),
          ])}
          {select('regionType', [
            none,
            ...regionTypes.map((value) => ({ value, label: t(`regionType.${value}`) })),
          ])}
        </fieldset>
        <fieldset>
          <legend>{t('form.story')}</legend>
          {text('problem', true)}
          {text('approach', true)}
          {text('results', true)}
          {text('co2eTonnesPerYear')}
          {text('renewableMwhPerYear')}
          {text('materialTonnesPerYear')}
          {select('basis', [
            none,
            { value: 'MEASURED', label: t('basis.MEASURED') },
            { value: 'ESTIMATED', label: t('basis.ESTIMATED') },
          ])}
        </fieldset>
        <fieldset>
          <legend>{t('form.transfer')}</legend>
          {text('successFactors', true)}
          {text('barriers', true)}
          {text('costAndEffort', true)}
          {text('duration')}
          {text('transferConditions', true)}
          {text('lessonsLearned', true)}
        </fieldset>
        {update.error && isConflict(update.error) ? (
          <ConflictAlert
            title={t('conflict.title')}
            message={t('conflict.message')}
            onReload={() => {
              void reload().then(({ data }) => {
                if (data) {
                  setBaseline(data);
                  form.reset(toFormValues(data.practice));
                  update.reset();
                }
              });
            }}
          />
        ) : update.error ? (
          <ProblemAlert error={update.error} hideFields={practiceFormFields} />
        ) : null}
        <Button type="submit" variant="primary" disabled={update.isPending}>
          {t('form.save')}
        </Button>
      </form>
    </>
  );
}
