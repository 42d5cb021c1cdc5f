import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import type { SdgGoal } from '@/lib/api/types';
import { isLanguage } from '@/lib/i18n/resources';

import { contributions } from '../utils/outline-options';

export interface SdgLinkValue {
  code: string;
  contribution: string;
}

interface SdgPickerProps {
  sdgs: readonly SdgGoal[];
  value: readonly SdgLinkValue[];
  onChange: (value: SdgLinkValue[]) => void;
  error?: string | undefined;
}

/**
 * Links a goal to SDG targets: choose the SDG, then one of its targets and how strongly the goal
 * contributes, and add it. Native selects keep this quick from the keyboard.
 */
export function SdgPicker({ sdgs, value, onChange, error }: SdgPickerProps) {
  const { t, i18n } = useTranslation(['outline', 'common']);
  const legendId = useId();
  const errorId = useId();
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  const [goalNumber, setGoalNumber] = useState('');
  const [code, setCode] = useState('');
  const [contribution, setContribution] = useState('MODERATE');
  const [announcement, setAnnouncement] = useState('');

  const goal = sdgs.find((candidate) => String(candidate.number) === goalNumber);
  const titleOf = (targetCode: string) =>
    sdgs.flatMap((candidate) => candidate.targets).find((target) => target.code === targetCode)
      ?.title ?? '';
  const chosen = new Set(value.map((link) => link.code));
  const contributionOptions = contributions.map((level) => ({
    value: level,
    label: t(`contribution.${level}`),
  }));

  return (
    <fieldset
      className={error ? 'field field--invalid sdg-picker' : 'field sdg-picker'}
      aria-labelledby={legendId}
      aria-describedby={error ? errorId : undefined}
    >
      <legend id={legendId} className="field__label">
        {t('sdg.legend')}
      </legend>
      {value.length === 0 ? <p className="field__hint">{t('sdg.none')}</p> : null}
      {value.length > 0 ? (
        <ul className="link-editor">
          {value.map((link, index) => (
            <li key={link.code} className="link-editor__row">
              <span className="link-editor__label">
                <strong>{link.code}</strong> {titleOf(link.code)}
              </span>
              <SelectField
                label={t('sdg.contributionTo', { code: link.code })}
                name={`sdg-${link.code}-contribution`}
                value={link.contribution}
                options={contributionOptions}
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
                  setAnnouncement(t('sdg.removed', { code: link.code }));
                  document.getElementById(`${legendId}-goal`)?.focus();
                }}
              >
                {t('sdg.remove')} <span className="visually-hidden">{link.code}</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="form__row sdg-picker__add">
        <SelectField
          id={`${legendId}-goal`}
          label={t('sdg.goal')}
          name="sdgGoal"
          value={goalNumber}
          onChange={(event) => {
            setGoalNumber(event.target.value);
            setCode('');
          }}
          options={[
            { value: '', label: t('form.choose') },
            ...sdgs.map((candidate) => ({
              value: String(candidate.number),
              label: `${candidate.number} – ${candidate.title[language]}`,
            })),
          ]}
        />
        <SelectField
          label={t('sdg.target')}
          name="sdgTarget"
          value={code}
          disabled={!goal}
          onChange={(event) => {
            setCode(event.target.value);
          }}
          options={[
            { value: '', label: goal ? t('form.choose') : t('sdg.chooseGoalFirst') },
            ...(goal?.targets ?? []).map((target) => ({
              value: target.code,
              label: `${target.code} – ${target.title}`,
            })),
          ]}
        />
        <SelectField
          label={t('sdg.contribution')}
          name="sdgContribution"
          value={contribution}
          onChange={(event) => {
            setContribution(event.target.value);
          }}
          options={contributionOptions}
        />
      </div>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      <Button
        onClick={() => {
          if (!code) {
            setAnnouncement(t('sdg.chooseTarget'));
            return;
          }
          if (chosen.has(code)) {
            setAnnouncement(t('sdg.already', { code }));
            return;
          }
          onChange([...value, { code, contribution }]);
          setAnnouncement(t('sdg.added', { code }));
          setCode('');
        }}
      >
        {t('sdg.add')}
      </Button>
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
