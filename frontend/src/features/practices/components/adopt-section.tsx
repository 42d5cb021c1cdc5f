import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';

import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import type { Organization } from '@/lib/api/types';
import { applyServerFieldErrors, useSchemaForm } from '@/lib/forms/schema-form';

import { useAdoptPractice } from '../api/adoptions';
import type { Practice } from '../api/types';

const schema = z.object({
  organizationId: z.string(),
  projectTitle: z.string().trim().max(200),
});

/**
 * Adopting into a starter project of one's own organization: the project starts pre-filled from
 * the practice and keeps it as its origin; the user lands on the new project.
 */
export function AdoptSection({
  practice,
  organizations,
}: {
  practice: Practice;
  organizations: Organization[];
}) {
  const { t } = useTranslation('practices');
  const navigate = useNavigate();
  const adopt = useAdoptPractice();
  const form = useSchemaForm(schema, {
    organizationId: organizations[0]?.id ?? '',
    projectTitle: practice.title,
  });
  const { errors } = form.formState;
  return (
    <section aria-labelledby="practice-adopt" className="practice-adopt">
      <h2 id="practice-adopt">{t('adopt.heading')}</h2>
      <p>{t('adopt.hint')}</p>
      <form
        noValidate
        onSubmit={(event) =>
          void form.handleSubmit(async (values) => {
            try {
              const adoption = await adopt.mutateAsync({
                practiceId: practice.id,
                organizationId: values.organizationId || undefined,
                projectTitle: values.projectTitle || undefined,
              });
              if (adoption.projectId) {
                await navigate(`/projects/${adoption.projectId}`);
              }
            } catch (error) {
              applyServerFieldErrors(form, error, ['organizationId', 'projectTitle']);
            }
          })(event)
        }
      >
        {organizations.length > 1 ? (
          <SelectField
            label={t('adopt.organization')}
            options={organizations.map((o) => ({ value: o.id, label: o.name }))}
            error={errors.organizationId?.message}
            {...form.register('organizationId')}
          />
        ) : null}
        <TextField
          label={t('adopt.projectTitle')}
          error={errors.projectTitle?.message}
          {...form.register('projectTitle')}
        />
        <Button type="submit" variant="primary" disabled={adopt.isPending}>
          {t('adopt.submit')}
        </Button>
      </form>
      {adopt.error ? <ProblemAlert error={adopt.error} hideFields={['projectTitle']} /> : null}
    </section>
  );
}
