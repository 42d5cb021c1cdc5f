import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { isConflict } from '@/lib/api/errors';

import { measureEtag } from '../api/get-measure';
import type { Measure, MeasureStep } from '../api/types';
import { useUpdateMeasure } from '../api/update-measure';
import { toMeasureInput } from '../utils/measure-input';

import { ConflictAlert } from './conflict-alert';

interface MeasureStepsProps {
  projectId: string;
  measure: Measure;
  canWrite: boolean;
  onReload: () => void;
}

/**
 * The steps of a measure as checkboxes: ticking one saves the measure at once (PUT with If-Match
 * of the measure's version). Readers see the same list without controls.
 */
export function MeasureSteps({ projectId, measure, canWrite, onReload }: MeasureStepsProps) {
  const { t } = useTranslation('projects');
  const mutation = useUpdateMeasure();
  const legendId = useId();
  // What the user ticked, shown while it is being saved; dropped once saved or failed.
  const [pending, setPending] = useState<MeasureStep[] | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const conflict = isConflict(mutation.error);
  const steps = pending ?? measure.steps;

  if (measure.steps.length === 0) {
    return <p className="measure__no-steps">{t('steps.none')}</p>;
  }

  if (!canWrite) {
    return (
      <>
        <h4 className="measure__steps-heading">{t('steps.heading')}</h4>
        <ul className="steps-list">
          {measure.steps.map((step, index) => (
            <li key={`${index}-${step.title}`}>
              {step.title}{' '}
              <span className="steps-list__state">
                ({step.done ? t('steps.done') : t('steps.open')})
              </span>
            </li>
          ))}
        </ul>
      </>
    );
  }

  const toggle = (index: number) => {
    if (mutation.isPending) {
      return;
    }
    const next = measure.steps.map((step, position) =>
      position === index ? { ...step, done: !step.done } : step,
    );
    const step = next[index];
    setPending(next);
    setSaved(null);
    mutation.mutate(
      {
        projectId,
        measureId: measure.id,
        etag: measureEtag(measure),
        input: { ...toMeasureInput(measure), steps: next },
      },
      {
        onSuccess: () => {
          if (step) {
            setSaved(t(step.done ? 'steps.savedDone' : 'steps.savedOpen', { step: step.title }));
          }
        },
        onSettled: () => {
          setPending(null);
        },
      },
    );
  };

  return (
    <fieldset className="steps" aria-describedby={`${legendId}-status`}>
      <legend id={legendId} className="steps__legend">
        {t('steps.legend', { title: measure.title })}
      </legend>
      <ul className="steps__list" aria-busy={mutation.isPending}>
        {steps.map((step, index) => (
          <li key={`${index}-${step.title}`}>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={step.done}
                onChange={() => {
                  toggle(index);
                }}
              />
              <span>{step.title}</span>
            </label>
          </li>
        ))}
      </ul>
      <p id={`${legendId}-status`} role="status" className="steps__status">
        {mutation.isPending ? t('steps.saving') : (saved ?? '')}
      </p>
      {conflict ? (
        <ConflictAlert
          subject="measure"
          onReload={() => {
            mutation.reset();
            onReload();
          }}
        />
      ) : null}
      {mutation.error && !conflict ? <ProblemAlert error={mutation.error} /> : null}
    </fieldset>
  );
}
