import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Button } from '@/components/ui/button';
import { CheckboxGroupField } from '@/components/ui/choice-group';
import { ConflictAlert } from '@/components/ui/conflict-alert';
import { Dialog } from '@/components/ui/dialog';
import { TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { fieldMessageOf, isConflict } from '@/lib/api/errors';
import { etagOfVersion } from '@/lib/api/etag';
import { useFieldsOfAction } from '@/lib/vocabulary/fields-of-action';

import { useConvertOutcome } from '../api/outcomes';
import type { OutcomeConversion, OutcomeConversionKind, WorkshopOutcome } from '../api/types';
import { PROJECT_TITLE_MAX, titleFrom } from '../utils/outcomes';

interface OutcomesConvertDialogProps {
  outcome: WorkshopOutcome;
  target: OutcomeConversionKind;
  strategyId: string | undefined;
  /** The workshop's organisation, whose own fields of action the project may take. */
  organizationId: string;
  onClose: () => void;
  /** Reloads the outcomes after a conflict. */
  onReload: () => void;
}

/**
 * Turns an outcome into a starter project (title and fields of action) or a goal of the
 * workshop's strategy (title), then links to what was created.
 */
export function OutcomesConvertDialog({
  outcome,
  target,
  strategyId,
  organizationId,
  onClose,
  onReload,
}: OutcomesConvertDialogProps) {
  const { t } = useTranslation('workshops');
  const fieldsOfAction = useFieldsOfAction();
  const [title, setTitle] = useState(() => titleFrom(outcome.text));
  const [fields, setFields] = useState<string[]>([]);
  const [titleMissing, setTitleMissing] = useState(false);
  const [created, setCreated] = useState<OutcomeConversion | null>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const convert = useConvertOutcome();
  const isProject = target === 'STARTER_PROJECT';
  const serverError = (field: string) => fieldMessageOf(convert.error, field);

  return (
    <Dialog
      title={isProject ? t('outcomes.convert.projectTitle') : t('outcomes.convert.goalTitle')}
      onClose={onClose}
    >
      {created ? (
        <>
          <p ref={doneRef} role="status" tabIndex={-1}>
            {created.kind === 'STARTER_PROJECT' ? (
              <>
                {t('outcomes.convert.projectCreated')}{' '}
                <Link to={`/projects/${created.id}`}>
                  {t('outcomes.convert.openProject', { title })}
                </Link>
              </>
            ) : (
              <>
                {t('outcomes.convert.goalCreated')}{' '}
                {strategyId ? (
                  <Link to={`/strategies/${strategyId}/outline`}>
                    {t('outcomes.convert.openOutline')}
                  </Link>
                ) : null}
              </>
            )}
          </p>
          <div className="button-row">
            <Button onClick={onClose}>{t('outcomes.convert.close')}</Button>
          </div>
        </>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const trimmed = title.trim();
            if (isProject && trimmed === '') {
              setTitleMissing(true);
              return;
            }
            convert.mutate(
              {
                workshopId: outcome.workshopId,
                outcomeId: outcome.id,
                etag: etagOfVersion(outcome.version),
                input: isProject
                  ? { target, title: trimmed, fieldsOfAction: fields }
                  : { target, title: trimmed || undefined },
              },
              {
                onSuccess: (converted) => {
                  setCreated(converted.convertedTo ?? null);
                  requestAnimationFrame(() => doneRef.current?.focus());
                },
              },
            );
          }}
        >
          <p>{t('outcomes.convert.intro', { text: outcome.text })}</p>
          <TextField
            label={isProject ? t('outcomes.convert.title') : t('outcomes.convert.goalName')}
            required={isProject}
            maxLength={PROJECT_TITLE_MAX}
            value={title}
            error={
              titleMissing && title.trim() === ''
                ? t('outcomes.convert.titleMissing')
                : serverError('title')
            }
            onChange={(event) => {
              setTitle(event.target.value);
            }}
          />
          {isProject ? (
            <CheckboxGroupField
              legend={t('outcomes.convert.fieldsOfAction')}
              name="fieldsOfAction"
              values={fields}
              error={serverError('fieldsOfAction')}
              options={fieldsOfAction.options(organizationId, fields)}
              onChange={(values) => {
                setFields(values);
              }}
            />
          ) : null}
          {isConflict(convert.error) ? (
            <ConflictAlert
              title={t('outcomes.conflictTitle')}
              message={t('outcomes.conflictMessage')}
              onReload={() => {
                onReload();
                onClose();
              }}
            />
          ) : convert.error ? (
            <ProblemAlert error={convert.error} hideFields={['title', 'fieldsOfAction']} />
          ) : null}
          <div className="button-row">
            <Button type="submit" variant="primary" disabled={convert.isPending}>
              {isProject ? t('outcomes.convert.submitProject') : t('outcomes.convert.submitGoal')}
            </Button>
            <Button onClick={onClose}>{t('outcomes.cancel')}</Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
