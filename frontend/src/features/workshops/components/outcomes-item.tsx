import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Button } from '@/components/ui/button';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { ConflictAlert } from '@/components/ui/conflict-alert';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { fieldMessageOf, isConflict } from '@/lib/api/errors';
import { etagOfVersion } from '@/lib/api/etag';

import { useDeleteOutcome, useUpdateOutcome } from '../api/outcomes';
import type { OutcomeConversionKind, WorkshopOutcome, WorkshopOutcomeType } from '../api/types';
import {
  canBecomeGoal,
  canBecomeProject,
  isOutcomeType,
  outcomeInput,
  outcomeTypes,
  priorityOf,
  shortText,
} from '../utils/outcomes';

import { OutcomesConvertDialog } from './outcomes-convert-dialog';

interface OutcomesItemProps {
  outcome: WorkshopOutcome;
  strategyId: string | undefined;
  organizationId: string;
  canWrite: boolean;
  reloading: boolean;
  onReload: () => void;
  /** Called once the outcome is gone, for the list to take the focus and announce it. */
  onDeleted: () => void;
}

/** One outcome: its votes and priority, what it became, and for writers the changes to it. */
export function OutcomesItem({
  outcome,
  strategyId,
  organizationId,
  canWrite,
  reloading,
  onReload,
  onDeleted,
}: OutcomesItemProps) {
  const { t } = useTranslation('workshops');
  const explanationId = useId();
  const update = useUpdateOutcome();
  const remove = useDeleteOutcome();
  const [editing, setEditing] = useState(false);
  const [converting, setConverting] = useState<OutcomeConversionKind | null>(null);
  const becameRef = useRef<HTMLAnchorElement>(null);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  // The Edit button comes back when the form closes; the focus goes back to it.
  const closeEditing = () => {
    setEditing(false);
    requestAnimationFrame(() => {
      editButtonRef.current?.focus();
    });
  };
  const short = shortText(outcome.text);
  const etag = etagOfVersion(outcome.version);
  const error = update.error ?? remove.error;

  const vote = (delta: number) => {
    update.mutate({
      workshopId: outcome.workshopId,
      outcomeId: outcome.id,
      etag,
      input: outcomeInput(outcome, { votes: Math.max(0, outcome.votes + delta) }),
    });
  };

  return (
    <li className="outcomes__item">
      {editing ? (
        <OutcomeEditForm
          outcome={outcome}
          pending={update.isPending}
          error={update.error}
          onCancel={() => {
            update.reset();
            closeEditing();
          }}
          onSave={(input) => {
            update.mutate(
              { workshopId: outcome.workshopId, outcomeId: outcome.id, etag, input },
              {
                onSuccess: () => {
                  closeEditing();
                },
              },
            );
          }}
        />
      ) : (
        <>
          <p className="outcomes__text">{outcome.text}</p>
          <p className="outcomes__meta">
            {t('outcomes.votes', { count: outcome.votes })}
            {outcome.priority
              ? ` · ${t('outcomes.priorityShown', { priority: outcome.priority })}`
              : ''}
          </p>
          {outcome.convertedTo ? (
            <p>
              {outcome.convertedTo.kind === 'STARTER_PROJECT' ? (
                <Link ref={becameRef} to={`/projects/${outcome.convertedTo.id}`}>
                  {t('outcomes.becameProject')}
                </Link>
              ) : strategyId ? (
                <Link ref={becameRef} to={`/strategies/${strategyId}/outline`}>
                  {t('outcomes.becameGoal')}
                </Link>
              ) : (
                t('outcomes.becameGoal')
              )}
            </p>
          ) : null}
          {canWrite ? (
            <div className="button-row">
              <Button
                disabled={update.isPending}
                aria-label={t('outcomes.voteUp', { text: short })}
                onClick={() => {
                  vote(1);
                }}
              >
                +1
              </Button>
              <Button
                disabled={update.isPending || outcome.votes === 0}
                aria-label={t('outcomes.voteDown', { text: short })}
                onClick={() => {
                  vote(-1);
                }}
              >
                −1
              </Button>
              <Button
                ref={editButtonRef}
                aria-label={t('outcomes.editNamed', { text: short })}
                onClick={() => {
                  update.reset();
                  setEditing(true);
                }}
              >
                {t('outcomes.edit')}
              </Button>
              {canBecomeProject(outcome) ? (
                <Button
                  aria-label={t('outcomes.toProjectNamed', { text: short })}
                  onClick={() => {
                    setConverting('STARTER_PROJECT');
                  }}
                >
                  {t('outcomes.toProject')}
                </Button>
              ) : null}
              {canBecomeGoal(outcome, strategyId) ? (
                <Button
                  aria-label={t('outcomes.toGoalNamed', { text: short })}
                  onClick={() => {
                    setConverting('GOAL');
                  }}
                >
                  {t('outcomes.toGoal')}
                </Button>
              ) : null}
              {outcome.convertedTo ? (
                <>
                  <Button
                    variant="danger"
                    disabled
                    aria-label={t('outcomes.deleteNamed', { text: short })}
                    aria-describedby={explanationId}
                  >
                    {t('outcomes.delete')}
                  </Button>
                  <p id={explanationId} className="field__hint">
                    {t('outcomes.deleteConverted')}
                  </p>
                </>
              ) : (
                <ConfirmAction
                  trigger={t('outcomes.delete')}
                  triggerLabel={t('outcomes.deleteNamed', { text: short })}
                  heading={t('outcomes.deleteHeading')}
                  text={<p>{t('outcomes.deleteText', { text: short })}</p>}
                  confirmLabel={t('outcomes.deleteConfirm')}
                  cancelLabel={t('outcomes.cancel')}
                  pending={remove.isPending}
                  onCancel={() => {
                    remove.reset();
                  }}
                  onConfirm={() => {
                    // The item unmounts when the list reloads, so follow the promise, not a
                    // callback of this component's observer; the error shows from the mutation.
                    remove
                      .mutateAsync({ workshopId: outcome.workshopId, outcomeId: outcome.id, etag })
                      .then(onDeleted, () => undefined);
                  }}
                />
              )}
            </div>
          ) : null}
        </>
      )}
      {isConflict(error) ? (
        <ConflictAlert
          title={t('outcomes.conflictTitle')}
          message={t('outcomes.conflictMessage')}
          reloading={reloading}
          onReload={() => {
            update.reset();
            remove.reset();
            onReload();
          }}
        />
      ) : error && !editing ? (
        <ProblemAlert error={error} />
      ) : null}
      {converting ? (
        <OutcomesConvertDialog
          outcome={outcome}
          target={converting}
          strategyId={strategyId}
          organizationId={organizationId}
          onReload={onReload}
          onClose={() => {
            setConverting(null);
            // The button that opened the dialog is gone once the outcome was converted.
            requestAnimationFrame(() => {
              if (!document.activeElement || document.activeElement === document.body) {
                becameRef.current?.focus();
              }
            });
          }}
        />
      ) : null}
    </li>
  );
}

interface OutcomeEditFormProps {
  outcome: WorkshopOutcome;
  pending: boolean;
  error: unknown;
  onSave: (input: ReturnType<typeof outcomeInput>) => void;
  onCancel: () => void;
}

function OutcomeEditForm({ outcome, pending, error, onSave, onCancel }: OutcomeEditFormProps) {
  const { t } = useTranslation('workshops');
  const [type, setType] = useState<WorkshopOutcomeType>(outcome.type);
  const [text, setText] = useState(outcome.text);
  const [votes, setVotes] = useState(String(outcome.votes));
  const [priority, setPriority] = useState(outcome.priority ? String(outcome.priority) : '');
  const [textMissing, setTextMissing] = useState(false);
  const serverError = (field: string) => fieldMessageOf(error, field);
  const votesValue = Number(votes);
  const votesInvalid = !/^\d+$/.test(votes.trim());
  const formRef = useRef<HTMLFormElement>(null);

  // The form takes the place of the Edit button, so it takes the focus too.
  useEffect(() => {
    formRef.current
      ?.querySelector<HTMLElement>('select:enabled, textarea:enabled, input:enabled')
      ?.focus();
  }, []);

  return (
    <form
      ref={formRef}
      noValidate
      aria-label={t('outcomes.editNamed', { text: shortText(outcome.text) })}
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim() === '') {
          setTextMissing(true);
          return;
        }
        if (votesInvalid) {
          return;
        }
        onSave({ type, text: text.trim(), votes: votesValue, priority: priorityOf(priority) });
      }}
    >
      <SelectField
        label={t('outcomes.fields.type')}
        value={type}
        error={serverError('type')}
        // A converted outcome keeps the type it was converted as.
        disabled={Boolean(outcome.convertedTo)}
        options={outcomeTypes.map((value) => ({ value, label: t(`outcomes.type.${value}`) }))}
        onChange={(event) => {
          const value = event.target.value;
          if (isOutcomeType(value)) {
            setType(value);
          }
        }}
      />
      <TextAreaField
        label={t('outcomes.fields.text')}
        required
        rows={3}
        maxLength={4000}
        value={text}
        error={textMissing ? t('outcomes.capture.textMissing') : serverError('text')}
        onChange={(event) => {
          setText(event.target.value);
        }}
      />
      <TextField
        label={t('outcomes.fields.votes')}
        inputMode="numeric"
        value={votes}
        error={votesInvalid ? t('outcomes.votesInvalid') : serverError('votes')}
        onChange={(event) => {
          setVotes(event.target.value);
        }}
      />
      <SelectField
        label={t('outcomes.fields.priority')}
        value={priority}
        error={serverError('priority')}
        options={[
          { value: '', label: t('outcomes.noPriority') },
          ...[1, 2, 3, 4, 5].map((value) => ({
            value: String(value),
            label: t('outcomes.priorityValue', { priority: value }),
          })),
        ]}
        onChange={(event) => {
          setPriority(event.target.value);
        }}
      />
      <div className="button-row">
        <Button type="submit" variant="primary" disabled={pending}>
          {t('outcomes.save')}
        </Button>
        <Button onClick={onCancel}>{t('outcomes.cancel')}</Button>
      </div>
      {error && !isConflict(error) ? (
        <ProblemAlert error={error} hideFields={['type', 'text', 'votes', 'priority']} />
      ) : null}
    </form>
  );
}
