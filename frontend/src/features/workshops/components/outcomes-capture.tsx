import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { fieldMessageOf } from '@/lib/api/errors';

import { useAddOutcome } from '../api/outcomes';
import type { WorkshopOutcomeType } from '../api/types';
import { isOutcomeType, outcomeTypes, priorityOf } from '../utils/outcomes';

/**
 * Quick capture while the workshop runs: Enter adds the outcome, the text field is cleared and
 * keeps the focus for the next one, and the type stays as it was.
 */
export function OutcomesCapture({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation('workshops');
  const headingId = useId();
  const textId = useId();
  const [type, setType] = useState<WorkshopOutcomeType>('IDEA');
  const [text, setText] = useState('');
  const [priority, setPriority] = useState('');
  const [textMissing, setTextMissing] = useState(false);
  const [added, setAdded] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const add = useAddOutcome();

  const focusText = () => {
    formRef.current?.querySelector<HTMLInputElement>(`[id="${textId}"]`)?.focus();
  };
  const serverError = (field: string) => fieldMessageOf(add.error, field);

  return (
    <form
      ref={formRef}
      noValidate
      className="outcomes__capture"
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        setAdded('');
        if (text.trim() === '') {
          setTextMissing(true);
          focusText();
          return;
        }
        setTextMissing(false);
        add.mutate(
          { workshopId, input: { type, text: text.trim(), priority: priorityOf(priority) } },
          {
            onSuccess: (outcome) => {
              setText('');
              setPriority('');
              setAdded(t('outcomes.added', { type: t(`outcomes.type.${outcome.type}`) }));
              focusText();
            },
            onError: focusText,
          },
        );
      }}
    >
      <h3 id={headingId}>{t('outcomes.capture.heading')}</h3>
      <div className="outcomes__capture-fields">
        <SelectField
          label={t('outcomes.fields.type')}
          value={type}
          error={serverError('type')}
          options={outcomeTypes.map((value) => ({
            value,
            label: t(`outcomes.type.${value}`),
          }))}
          onChange={(event) => {
            const value = event.target.value;
            if (isOutcomeType(value)) {
              setType(value);
            }
          }}
        />
        <TextField
          id={textId}
          label={t('outcomes.fields.text')}
          required
          maxLength={4000}
          autoComplete="off"
          value={text}
          error={textMissing ? t('outcomes.capture.textMissing') : serverError('text')}
          onChange={(event) => {
            setText(event.target.value);
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
      </div>
      <div className="button-row">
        <Button type="submit" variant="primary" disabled={add.isPending}>
          {t('outcomes.capture.submit')}
        </Button>
      </div>
      <p role="status" className="list-status">
        {added}
      </p>
      {add.error ? (
        <ProblemAlert error={add.error} hideFields={['type', 'text', 'priority']} />
      ) : null}
    </form>
  );
}
