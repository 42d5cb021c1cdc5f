import { useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { TextAreaField, TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { fieldErrorsOf } from '@/lib/api/errors';
import { focusFirstInvalidAfterRender, serverFieldMessages } from '@/lib/forms/validation';
import { useFormatters } from '@/lib/i18n/format';

import { useAddStatusUpdate } from '../api/add-status-update';
import { useStatusUpdates } from '../api/get-status-updates';
import { parsePercent, STATUS_UPDATE_MAX_LENGTH } from '../utils/status-update-form';

interface StatusUpdatesSectionProps {
  projectId: string;
  canWrite: boolean;
}

type UpdateField = 'text' | 'progress';
const updateFields: readonly UpdateField[] = ['text', 'progress'];

/** The status-update log, newest first, with a short form to add an entry. */
export function StatusUpdatesSection({ projectId, canWrite }: StatusUpdatesSectionProps) {
  const { t } = useTranslation(['projects', 'common']);
  const { formatDate, formatPercent } = useFormatters();
  const updates = useStatusUpdates(projectId);
  const mutation = useAddStatusUpdate();
  const [text, setText] = useState('');
  const [progress, setProgress] = useState('');
  const [clientErrors, setClientErrors] = useState<Partial<Record<UpdateField, string>>>({});
  const [added, setAdded] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const serverErrors = serverFieldMessages(fieldErrorsOf(mutation.error), updateFields);
  const errors = { ...serverErrors, ...clientErrors };
  const message = (field: UpdateField) => {
    const value = errors[field];
    return typeof value === 'string' ? value : undefined;
  };

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next: Partial<Record<UpdateField, string>> = {};
    const trimmed = text.trim();
    if (trimmed === '') {
      next.text = t('validation.required');
    } else if (trimmed.length > STATUS_UPDATE_MAX_LENGTH) {
      next.text = t('validation.tooLong', { max: STATUS_UPDATE_MAX_LENGTH });
    }
    const percent = parsePercent(progress);
    if (percent === 'invalid') {
      next.progress = t('validation.percent');
    }
    setClientErrors(next);
    setAdded(false);
    if (Object.keys(next).length > 0 || percent === 'invalid') {
      focusFirstInvalidAfterRender(formRef);
      return;
    }
    mutation.mutate(
      {
        projectId,
        input: percent === undefined ? { text: trimmed } : { text: trimmed, progress: percent },
      },
      {
        onSuccess: () => {
          setText('');
          setProgress('');
          setAdded(true);
        },
      },
    );
  };

  const items = updates.data ?? [];

  return (
    <section aria-labelledby="project-updates-heading" className="status-updates">
      <h2 id="project-updates-heading">{t('updates.heading')}</h2>
      {canWrite ? (
        <form
          ref={formRef}
          className="form form--inline-panel"
          noValidate
          aria-labelledby="project-update-form-heading"
          onSubmit={handleSubmit}
        >
          <h3 id="project-update-form-heading">{t('updates.formHeading')}</h3>
          {mutation.error && Object.keys(serverErrors).length === 0 ? (
            <ProblemAlert error={mutation.error} hideFields={updateFields} />
          ) : null}
          <TextAreaField
            label={t('updates.text')}
            name="text"
            rows={3}
            required
            maxLength={STATUS_UPDATE_MAX_LENGTH}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
            }}
            error={message('text')}
          />
          <TextField
            label={t('updates.progress')}
            name="progress"
            inputMode="numeric"
            autoComplete="off"
            hint={t('updates.progressHint')}
            value={progress}
            onChange={(event) => {
              setProgress(event.target.value);
            }}
            error={message('progress')}
            className="field__control--short"
          />
          <div className="form__actions">
            <Button type="submit" variant="primary" disabled={mutation.isPending}>
              {mutation.isPending ? t('common:form.saving') : t('updates.submit')}
            </Button>
          </div>
          <p role="status" className="form__status">
            {added ? t('updates.added') : ''}
          </p>
        </form>
      ) : null}
      {updates.isPending ? <Loading /> : null}
      {updates.isError ? <ProblemAlert error={updates.error} /> : null}
      {updates.isSuccess && items.length === 0 ? <p>{t('updates.none')}</p> : null}
      {items.length > 0 ? (
        <ol className="status-log">
          {items.map((update) => (
            <li key={update.id} className="status-log__entry">
              <p className="status-log__meta">
                <time dateTime={update.reportedOn}>{formatDate(update.reportedOn)}</time>
                {' · '}
                {update.author}
                {update.progress != null
                  ? ` · ${t('updates.progressValue', { progress: formatPercent(update.progress) })}`
                  : ''}
              </p>
              <p className="details__text">{update.text}</p>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
