import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';

import { contributions } from '../utils/outline-options';

export interface LocalGoalValue {
  name: string;
  contribution: string;
}

interface LocalGoalsEditorProps {
  value: readonly LocalGoalValue[];
  onChange: (value: LocalGoalValue[]) => void;
  error?: string | undefined;
}

/** The municipality's own sustainability goals a component contributes to, named freely. */
export function LocalGoalsEditor({ value, onChange, error }: LocalGoalsEditorProps) {
  const { t } = useTranslation('outline');
  const legendId = useId();
  const errorId = useId();

  return (
    <fieldset
      className={error ? 'field field--invalid' : 'field'}
      aria-labelledby={legendId}
      aria-describedby={error ? errorId : undefined}
    >
      <legend id={legendId} className="field__label">
        {t('localGoals.legend')}
      </legend>
      <p className="field__hint">{t('localGoals.hint')}</p>
      {value.length > 0 ? (
        <ol className="link-editor">
          {value.map((goal, index) => (
            <li key={index} className="link-editor__row">
              <TextField
                id={`${legendId}-name-${index}`}
                label={t('localGoals.name', { number: index + 1 })}
                name={`localGoal-${index}-name`}
                maxLength={200}
                value={goal.name}
                onChange={(event) => {
                  onChange(
                    value.map((item, position) =>
                      position === index ? { ...item, name: event.target.value } : item,
                    ),
                  );
                }}
              />
              <SelectField
                label={t('localGoals.contribution', { number: index + 1 })}
                name={`localGoal-${index}-contribution`}
                value={goal.contribution}
                options={contributions.map((level) => ({
                  value: level,
                  label: t(`contribution.${level}`),
                }))}
                onChange={(event) => {
                  onChange(
                    value.map((item, position) =>
                      position === index ? { ...item, contribution: event.target.value } : item,
                    ),
                  );
                }}
              />
              <Button
                onClick={() => {
                  onChange(value.filter((_item, position) => position !== index));
                  document.getElementById(`${legendId}-add`)?.focus();
                }}
              >
                {t('localGoals.remove', { number: index + 1 })}
              </Button>
            </li>
          ))}
        </ol>
      ) : null}
      <Button
        id={`${legendId}-add`}
        onClick={() => {
          onChange([...value, { name: '', contribution: 'MODERATE' }]);
          requestAnimationFrame(() => {
            document.getElementById(`${legendId}-name-${value.length}`)?.focus();
          });
        }}
      >
        {t('localGoals.add')}
      </Button>
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
