import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { z } from 'zod';

import { Button } from '@/components/ui/button';
import { TextAreaField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { applyServerFieldErrors, useSchemaForm } from '@/lib/forms/schema-form';
import { useFormatters } from '@/lib/i18n/format';
import { useDocumentTitle } from '@/lib/use-document-title';

import { useEvent } from '../api/events';
import { useStatusReportDraft, useSubmitStatusReport } from '../api/status-reports';
import type { NetworkStatusFigures } from '../api/types';
import { progressFromFigures } from '../utils/report-text';

const reportSchema = z.object({
  progress: z.string().trim().min(1).max(4000),
  nextSteps: z.string().max(4000),
  helpNeeded: z.string().max(4000),
});

type ReportValues = z.infer<typeof reportSchema>;

const fields = ['progress', 'nextSteps', 'helpNeeded'] as const;

/** Figures of the reporting municipality; its workshops are shown on its clock. */
function FiguresList({ figures, timeZone }: { figures: NetworkStatusFigures; timeZone: string }) {
  const { t } = useTranslation('networks');
  const format = useFormatters();
  const groups = [
    {
      key: 'projects',
      label: t('report.figures.projects', { count: figures.projectsChangedStatus.length }),
      items: figures.projectsChangedStatus.map(
        (change) => `${change.title}: ${t(`projectStatus.${change.status}`)}`,
      ),
    },
    {
      key: 'measures',
      label: t('report.figures.measures', { count: figures.measuresCompleted.length }),
      items: figures.measuresCompleted.map(
        (measure) => `${measure.title} (${measure.projectTitle})`,
      ),
    },
    {
      key: 'values',
      label: t('report.figures.values', { count: figures.indicatorValuesAdded.length }),
      items: figures.indicatorValuesAdded.map(
        (value) =>
          `${value.indicatorName}: ${format.formatNumber(value.value)} ${value.unit ?? ''} (${format.formatDate(value.observedOn)})`,
      ),
    },
    {
      key: 'workshops',
      label: t('report.figures.workshops', { count: figures.workshopsHeld.length }),
      items: figures.workshopsHeld.map(
        (workshop) => `${workshop.title} (${format.formatEventTime(workshop.startsAt, timeZone)})`,
      ),
    },
  ];
  return (
    <section aria-labelledby="figures-heading">
      <h2 id="figures-heading">{t('report.figures.heading')}</h2>
      {groups.map((group) => (
        <div key={group.key}>
          <h3>{group.label}</h3>
          {group.items.length > 0 ? (
            <ul>
              {group.items.map((item, index) => (
                <li key={`${group.key}-${String(index)}`}>{item}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ))}
    </section>
  );
}

/**
 * The member municipality's status report, pre-filled from what the hub counted in its own
 * records since its previous report; it edits the words and submits once.
 */
export function StatusReportRoute() {
  const { t } = useTranslation('networks');
  useDocumentTitle(t('report.heading'));
  const { networkId = '', eventId = '' } = useParams();
  const event = useEvent(networkId, eventId);
  const draft = useStatusReportDraft(networkId, eventId);
  const submit = useSubmitStatusReport(networkId, eventId);
  const navigate = useNavigate();
  const format = useFormatters();
  const form = useSchemaForm<ReportValues>(reportSchema, {
    progress: '',
    nextSteps: '',
    helpNeeded: '',
  });
  const { errors } = form.formState;
  const { reset } = form;
  const loaded = draft.data;

  // Pre-fill once the draft arrives: the figures as a first paragraph to edit.
  useEffect(() => {
    if (loaded) {
      reset({
        progress: progressFromFigures(loaded.figures, t),
        nextSteps: '',
        helpNeeded: '',
      });
    }
  }, [loaded, reset, t]);

  if (event.isPending || draft.isPending) {
    return <Loading />;
  }
  if (event.isError) {
    return <ProblemAlert error={event.error} />;
  }
  if (draft.isError) {
    return <ProblemAlert error={draft.error} />;
  }

  const onSubmit = (values: ReportValues) => {
    submit.mutate(
      {
        organizationId: draft.data.organization.id,
        progress: values.progress.trim(),
        ...(values.nextSteps.trim() ? { nextSteps: values.nextSteps.trim() } : {}),
        ...(values.helpNeeded.trim() ? { helpNeeded: values.helpNeeded.trim() } : {}),
      },
      {
        onSuccess: () => {
          void navigate(`/networks/${networkId}/events/${eventId}`);
        },
        onError: (error) => {
          applyServerFieldErrors(form, error, fields);
        },
      },
    );
  };

  return (
    <>
      <p>
        <Link to={`/networks/${networkId}/events/${eventId}`}>{event.data.event.title}</Link>
      </p>
      <h1>{t('report.heading')}</h1>
      <p className="lead">
        {t('report.intro', {
          organization: draft.data.organization.name,
          from: format.formatDateTime(draft.data.coversFrom),
          to: format.formatDateTime(draft.data.coversTo),
        })}
      </p>
      <FiguresList figures={draft.data.figures} timeZone={draft.data.organization.timeZone} />
      {draft.data.previousNextSteps ? (
        <p>
          {t('report.previousNextSteps')}{' '}
          <span className="pre-line">{draft.data.previousNextSteps}</span>
        </p>
      ) : null}
      <form className="form" noValidate onSubmit={(e) => void form.handleSubmit(onSubmit)(e)}>
        <TextAreaField
          label={t('report.progress')}
          hint={t('report.progressHint')}
          rows={8}
          required
          error={errors.progress?.message}
          {...form.register('progress')}
        />
        <TextAreaField
          label={t('report.nextSteps')}
          rows={4}
          error={errors.nextSteps?.message}
          {...form.register('nextSteps')}
        />
        <TextAreaField
          label={t('report.helpNeeded')}
          rows={4}
          error={errors.helpNeeded?.message}
          {...form.register('helpNeeded')}
        />
        {submit.isError ? <ProblemAlert error={submit.error} hideFields={fields} /> : null}
        <div className="button-row">
          <Button type="submit" variant="primary" disabled={submit.isPending}>
            {t('report.submit')}
          </Button>
        </div>
      </form>
    </>
  );
}
