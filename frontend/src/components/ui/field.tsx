import { useId, type ComponentProps, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FieldBaseProps {
  label: string;
  /** Message shown under the field and announced with it (aria-describedby). */
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean | undefined;
}

interface FieldShellProps extends FieldBaseProps {
  id: string;
  hintId: string;
  errorId: string;
  children: ReactNode;
}

function FieldShell({
  id,
  hintId,
  errorId,
  label,
  hint,
  error,
  required,
  children,
}: FieldShellProps) {
  const { t } = useTranslation();
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
        {required ? (
          <span className="field__required">
            <span aria-hidden="true"> *</span>
            <span className="visually-hidden"> ({t('form.requiredMarker')})</span>
          </span>
        ) : null}
      </label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function useFieldA11y({ error, hint, required }: FieldBaseProps, idOverride?: string) {
  const generated = useId();
  const id = idOverride ?? generated;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return {
    ids: { id, hintId, errorId },
    controlProps: {
      id,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy || undefined,
      'aria-required': required ? true : undefined,
    },
  };
}

/** Takes a ref like an input (React 19), so that react-hook-form's register() can focus it. */
type TextFieldProps = FieldBaseProps & Omit<ComponentProps<'input'>, 'required'>;

export function TextField({
  label,
  error,
  hint,
  required,
  id,
  className,
  ...inputProps
}: TextFieldProps) {
  const { ids, controlProps } = useFieldA11y({ label, error, hint, required }, id);
  return (
    <FieldShell {...ids} label={label} error={error} hint={hint} required={required}>
      <input
        className={['field__control', className].filter(Boolean).join(' ')}
        {...inputProps}
        {...controlProps}
      />
    </FieldShell>
  );
}

type TextAreaFieldProps = FieldBaseProps & Omit<ComponentProps<'textarea'>, 'required'>;

export function TextAreaField({
  label,
  error,
  hint,
  required,
  id,
  className,
  ...textareaProps
}: TextAreaFieldProps) {
  const { ids, controlProps } = useFieldA11y({ label, error, hint, required }, id);
  return (
    <FieldShell {...ids} label={label} error={error} hint={hint} required={required}>
      <textarea
        className={['field__control', className].filter(Boolean).join(' ')}
        {...textareaProps}
        {...controlProps}
      />
    </FieldShell>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

type SelectFieldProps = FieldBaseProps &
  Omit<ComponentProps<'select'>, 'required'> & { options: SelectOption[] };

export function SelectField({
  label,
  error,
  hint,
  required,
  id,
  className,
  options,
  ...selectProps
}: SelectFieldProps) {
  const { ids, controlProps } = useFieldA11y({ label, error, hint, required }, id);
  return (
    <FieldShell {...ids} label={label} error={error} hint={hint} required={required}>
      <select
        className={['field__control', className].filter(Boolean).join(' ')}
        {...selectProps}
        {...controlProps}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
