import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { LinkButton } from '@/components/ui/link-button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { ProgressBar } from '@/components/ui/progress-bar';
import { isConflict } from '@/lib/api/errors';
import { useFormatters } from '@/lib/i18n/format';

import { useDeleteMeasure } from '../api/delete-measure';
import { measureEtag } from '../api/get-measure';
import type { Indicator, Measure } from '../api/types';
import { useImpactFormat } from '../utils/use-impact-format';

import { ConflictAlert } from './conflict-alert';
import { MeasureContributions } from './measure-contributions';
import { MeasureImpact } from './measure-impact';
import { MeasureSteps } from './measure-steps';
import { MeasureStatusBadge } from './project-status-badge';

interface MeasureItemProps {
  projectId: string;
  measure: Measure;
  /** The project's strategy and its indicators, for the measure's contributions. */
  strategyId: string | undefined;
  indicators: readonly Indicator[] | undefined;
  canWrite: boolean;
  onReload: () => void;
  onDeleted: () => void;
}

export function MeasureItem({
  projectId,
  measure,
  strategyId,
  indicators,
  canWrite,
  onReload,
  onDeleted,
}: MeasureItemProps) {
  const { t } = useTranslation(['projects', 'common']);
  const { formatDate } = useFormatters();
  const impact = useImpactFormat();
  const titleId = useId();
  const empty = t('common:empty');
  const done = measure.steps.filter((step) => step.done).length;

  return (
    <article className="measure" aria-labelledby={titleId}>
      <div className="measure__header">
        <h3 id={titleId} className="measure__title">
          {measure.title}
        </h3>
        <MeasureStatusBadge status={measure.status} />
      </div>
      {measure.description ? <p className="details__text">{measure.description}</p> : null}
      <dl className="details details--compact">
        <div>
          <dt>{t('measure.responsible')}</dt>
          <dd>{measure.responsible ?? empty}</dd>
        </div>
        <div>
          <dt>{t('measure.involved')}</dt>
          <dd>{measure.involved ?? empty}</dd>
        </div>
        <div>
          <dt>{t('measure.plannedCompletion')}</dt>
          <dd>
            {measure.plannedCompletion ? (
              <time dateTime={measure.plannedCompletion}>
                {formatDate(measure.plannedCompletion)}
              </time>
            ) : (
              empty
            )}
          </dd>
        </div>
      </dl>
      <div className="measure__progress">
        {measure.progress != null ? (
          <ProgressBar
            value={measure.progress}
            label={t('progress.ofMeasure', { title: measure.title })}
            valueText={t('progress.steps', {
              percent: impact.percent(measure.progress),
              done,
              count: measure.steps.length,
            })}
          />
        ) : (
          <p>{t('progress.noSteps')}</p>
        )}
      </div>
      <MeasureSteps
        projectId={projectId}
        measure={measure}
        canWrite={canWrite}
        onReload={onReload}
      />
      <h4 className="measure__impact-heading">{t('measure.impactHeading')}</h4>
      <MeasureImpact measure={measure} />
      <MeasureContributions
        contributions={measure.indicatorContributions}
        strategyId={strategyId}
        indicators={indicators}
      />
      {canWrite ? (
        <MeasureActions
          projectId={projectId}
          measure={measure}
          onReload={onReload}
          onDeleted={onDeleted}
        />
      ) : null}
    </article>
  );
}

interface MeasureActionsProps {
  projectId: string;
  measure: Measure;
  onReload: () => void;
  onDeleted: () => void;
}

function MeasureActions({ projectId, measure, onReload, onDeleted }: MeasureActionsProps) {
  const { t } = useTranslation('projects');
  const mutation = useDeleteMeasure();
  const [confirming, setConfirming] = useState(false);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const conflict = isConflict(mutation.error);

  useEffect(() => {
    if (confirming) {
      headingRef.current?.focus();
    } else if (returnFocus.current) {
      returnFocus.current = false;
      deleteRef.current?.focus();
    }
  }, [confirming]);

  return (
    <div className="measure__actions">
      {conflict ? (
        <ConflictAlert
          subject="measure"
          onReload={() => {
            mutation.reset();
            setConfirming(false);
            onReload();
          }}
        />
      ) : null}
      {mutation.error && !conflict ? <ProblemAlert error={mutation.error} /> : null}
      {confirming ? (
        <div className="confirm-panel" role="group" aria-labelledby={headingId}>
          <h4 id={headingId} ref={headingRef} tabIndex={-1}>
            {t('measure.deleteHeading')}
          </h4>
          <p>{t('measure.deleteText', { title: measure.title })}</p>
          <div className="button-row">
            <Button
              variant="danger"
              disabled={mutation.isPending}
              onClick={() => {
                mutation.mutate(
                  { projectId, measureId: measure.id, etag: measureEtag(measure) },
                  { onSuccess: onDeleted },
                );
              }}
            >
              {t('measure.deleteConfirm')}
            </Button>
            <Button
              onClick={() => {
                returnFocus.current = true;
                mutation.reset();
                setConfirming(false);
              }}
            >
              {t('measure.deleteCancel')}
            </Button>
          </div>
        </div>
      ) : (
        <div className="button-row">
          <LinkButton to={`/projects/${projectId}/measures/${measure.id}/edit`}>
            {t('measure.edit')}
            <span className="visually-hidden">: {measure.title}</span>
          </LinkButton>
          <Button
            ref={deleteRef}
            variant="danger"
            onClick={() => {
              setConfirming(true);
            }}
          >
            {t('measure.delete')}
            <span className="visually-hidden">: {measure.title}</span>
          </Button>
        </div>
      )}
    </div>
  );
}
