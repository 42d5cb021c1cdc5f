import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { SelectOption } from './field';

interface GroupShellProps {
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean | undefined;
  /** Lay the options out in one row (short scales such as 1–5). */
  inline?: boolean | undefined;
  /** Radio groups are announced as such and carry their invalid state on the group. */
  radio?: boolean;
  hintId: string;
  errorId: string;
  children: ReactNode;
}

function GroupShell({
  legend,
  hint,
  error,
  required,
  inline,
  radio = false,
  hintId,
  errorId,
  children,
}: GroupShellProps) {
  const { t } = useTranslation();
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <fieldset
      className={['field', 'choice-group', error ? 'field--invalid' : null]
        .filter(Boolean)
        .join(' ')}
      role={radio ? 'radiogroup' : undefined}
      aria-invalid={radio && error ? true : undefined}
      aria-describedby={describedBy || undefined}
    >
      <legend className="field__label">
        {legend}
        {required ? (
          <span className="field__required">
            <span aria-hidden="true"> *</span>
            <span className="visually-hidden"> ({t('form.requiredMarker')})</span>
          </span>
        ) : null}
      </legend>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      <div
        className={inline ? 'choice-group__options choice-group--inline' : 'choice-group__options'}
      >
        {children}
      </div>
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

interface RadioGroupFieldProps {
  legend: string;
  name: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean | undefined;
  inline?: boolean | undefined;
}

/** Native radio buttons in a fieldset: arrow keys move between options, the legend names the group. */
export function RadioGroupField({
  legend,
  name,
  value,
  options,
  onChange,
  hint,
  error,
  required,
  inline,
}: RadioGroupFieldProps) {
  const id = useId();
  return (
    <GroupShell
      legend={legend}
      hint={hint}
      error={error}
      required={required}
      inline={inline}
      radio
      hintId={`${id}-hint`}
      errorId={`${id}-error`}
    >
      {options.map((option) => (
        <label key={option.value} className="choice">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => {
              onChange(option.value);
            }}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </GroupShell>
  );
}

interface CheckboxGroupFieldProps {
  legend: string;
  name: string;
  values: readonly string[];
  options: readonly SelectOption[];
  onChange: (values: string[]) => void;
  hint?: string | undefined;
  error?: string | undefined;
}

/** Several independent choices; the order of `options` is kept in the result. */
export function CheckboxGroupField({
  legend,
  name,
  values,
  options,
  onChange,
  hint,
  error,
}: CheckboxGroupFieldProps) {
  const id = useId();
  return (
    <GroupShell
      legend={legend}
      hint={hint}
      error={error}
      hintId={`${id}-hint`}
      errorId={`${id}-error`}
    >
      {options.map((option) => (
        <label key={option.value} className="choice">
          <input
            type="checkbox"
            name={name}
            value={option.value}
            checked={values.includes(option.value)}
            aria-invalid={error ? true : undefined}
            onChange={(event) => {
              const checked = event.target.checked;
              const offered = options.map((candidate) => candidate.value);
              onChange([
                ...offered.filter((candidate) =>
                  candidate === option.value ? checked : values.includes(candidate),
                ),
                // Values without a box here are not the user's to lose by ticking another.
                ...values.filter((value) => !offered.includes(value)),
              ]);
            }}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </GroupShell>
  );
}

type CheckboxFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
};

/** One checkbox with its label to the right, plus an optional hint and error. */
export function CheckboxField({ label, hint, error, id, ...inputProps }: CheckboxFieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <div className="choice">
        <input
          type="checkbox"
          id={inputId}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          {...inputProps}
        />
        <label htmlFor={inputId}>{label}</label>
      </div>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
