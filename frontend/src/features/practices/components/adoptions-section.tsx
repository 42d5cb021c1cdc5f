import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { canWriteIn, useMe } from '@/lib/auth/me';
import { useSchemaForm } from '@/lib/forms/schema-form';
import { useFormatters } from '@/lib/i18n/format';

import { useAdoptions, useRecordFeedback } from '../api/adoptions';
import type { PracticeAdoption } from '../api/types';

/** Which cities adopted the practice (where they let it be seen), and how it went for them. */
export function AdoptionsSection({ practiceId }: { practiceId: string }) {
  const { t } = useTranslation('practices');
  const adoptions = useAdoptions(practiceId);
  const me = useMe();
  const format = useFormatters();
  return (
    <section aria-labelledby="practice-adoptions">
      <h2 id="practice-adoptions">{t('adoptions.heading')}</h2>
      {adoptions.isPending ? <Loading /> : null}
      {adoptions.isError ? <ProblemAlert error={adoptions.error} /> : null}
      {adoptions.data ? (
        <>
          <p>
            {t('adoptions.total', { count: adoptions.data.total })}
            {adoptions.data.total > adoptions.data.items.length
              ? ` ${t('adoptions.hidden', { count: adoptions.data.total - adoptions.data.items.length })}`
              : ''}
          </p>
          <ul className="adoptions">
            {adoptions.data.items.map((adoption) => (
              <li key={adoption.id}>
                <p>
                  <strong>{adoption.organizationName}</strong>{' '}
                  {t('adoptions.adopted', {
                    date: format.formatDate(adoption.createdAt),
                    version: adoption.practiceVersion,
                    title: adoption.practiceTitle,
                  })}
                </p>
                {adoption.feedback ? (
                  <dl className="details">
                    <dt>{t('feedback.wouldRecommend')}</dt>
                    <dd>
                      {adoption.feedback.wouldRecommend ? t('feedback.yes') : t('feedback.no')}
                    </dd>
                    {adoption.feedback.adapted ? (
                      <>
                        <dt>{t('feedback.adapted')}</dt>
                        <dd>{adoption.feedback.adapted}</dd>
                      </>
                    ) : null}
                    {adoption.feedback.results ? (
                      <>
                        <dt>{t('feedback.results')}</dt>
                        <dd>{adoption.feedback.results}</dd>
                      </>
                    ) : null}
                  </dl>
                ) : null}
                {canWriteIn(me.data, adoption.organizationId) ? (
                  <FeedbackForm adoption={adoption} />
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

const feedbackSchema = z.object({
  adapted: z.string().trim().max(4000),
  results: z.string().trim().max(4000),
  wouldRecommend: z.enum(['yes', 'no']),
});

/** The adopter's own account: what they changed, what came of it, and whether they recommend it. */
function FeedbackForm({ adoption }: { adoption: PracticeAdoption }) {
  const { t } = useTranslation('practices');
  const record = useRecordFeedback();
  const form = useSchemaForm(feedbackSchema, {
    adapted: adoption.feedback?.adapted ?? '',
    results: adoption.feedback?.results ?? '',
    wouldRecommend: adoption.feedback?.wouldRecommend === false ? 'no' : 'yes',
  });
  const { errors } = form.formState;
  return (
    <form
      noValidate
      aria-label={t('feedback.heading')}
      className="feedback-form"
      onSubmit={(event) =>
        void form.handleSubmit(async (values) => {
          await record
            .mutateAsync({
              practiceId: adoption.practiceId,
              adoptionId: adoption.id,
              version: adoption.version,
              input: {
                adapted: values.adapted || undefined,
                results: values.results || undefined,
                wouldRecommend: values.wouldRecommend === 'yes',
              },
            })
            .catch(() => undefined);
        })(event)
      }
    >
      <h3>{t('feedback.heading')}</h3>
      <TextAreaField
        label={t('feedback.adapted')}
        error={errors.adapted?.message}
        {...form.register('adapted')}
      />
      <TextAreaField
        label={t('feedback.results')}
        error={errors.results?.message}
        {...form.register('results')}
      />
      <SelectField
        label={t('feedback.wouldRecommend')}
        options={[
          { value: 'yes', label: t('feedback.yes') },
          { value: 'no', label: t('feedback.no') },
        ]}
        {...form.register('wouldRecommend')}
      />
      <Button type="submit" variant="primary" disabled={record.isPending}>
        {t('feedback.save')}
      </Button>
      <p role="status">{record.isSuccess ? t('feedback.saved') : ''}</p>
      {record.error ? <ProblemAlert error={record.error} /> : null}
    </form>
  );
}
