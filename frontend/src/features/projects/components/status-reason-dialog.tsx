import { useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { TextAreaField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { fieldErrorsOf, fieldNameOf } from '@/lib/api/errors';

import type { ReasonStatus } from '../utils/project-options';

export const REASON_MAX_LENGTH = 1000;

interface StatusReasonDialogProps {
  projectTitle: string;
  /** ON_HOLD or CANCELLED: the statuses that need a reason. */
  target: ReasonStatus;
  submitting: boolean;
  /** The failed request; a rejected reason shows next to the field. */
  serverError: unknown;
  onSubmit: (reason: string) => void;
  onClose: () => void;
}

/** Asks why a project is put on hold or cancelled; nothing is sent without a reason. */
export function StatusReasonDialog({
  projectTitle,
  target,
  submitting,
  serverError,
  onSubmit,
  onClose,
}: StatusReasonDialogProps) {
  const { t } = useTranslation(['projects', 'common']);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const serverReason = fieldErrorsOf(serverError).find(
    (fieldError) => fieldNameOf(fieldError.field) === 'reason',
  )?.message;
  const error = missing ? t('validation.reason') : serverReason;

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = reason.trim();
    if (trimmed === '') {
      setMissing(true);
      formRef.current?.querySelector('textarea')?.focus();
      return;
    }
    setMissing(false);
    onSubmit(trimmed);
  };

  return (
    <Dialog title={t(`reasonDialog.title.${target}`)} onClose={onClose}>
      <form ref={formRef} noValidate onSubmit={handleSubmit}>
        <p>{t(`reasonDialog.text.${target}`, { title: projectTitle })}</p>
        {serverError && !serverReason ? (
          <ProblemAlert error={serverError} hideFields={['reason']} />
        ) : null}
        <TextAreaField
          label={t('reasonDialog.reason')}
          name="reason"
          rows={4}
          required
          maxLength={REASON_MAX_LENGTH}
          hint={t('reasonDialog.hint')}
          value={reason}
          onChange={(event) => {
            setReason(event.target.value);
          }}
          error={error}
        />
        <div className="form__actions">
          <Button type="submit" variant="primary" disabled={submitting}>
            {submitting ? t('common:form.saving') : t(`reasonDialog.submit.${target}`)}
          </Button>
          <Button onClick={onClose}>{t('reasonDialog.dismiss')}</Button>
        </div>
      </form>
    </Dialog>
  );
}
