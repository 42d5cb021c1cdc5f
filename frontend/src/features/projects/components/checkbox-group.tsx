import { useId } from 'react';

interface CheckboxGroupProps<Value extends string> {
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  options: readonly { value: Value; label: string }[];
  selected: readonly Value[];
  onChange: (selected: Value[]) => void;
}

/** Several choices under one legend; the hint and error describe the group. */
export function CheckboxGroup<Value extends string>({
  legend,
  hint,
  error,
  options,
  selected,
  onChange,
}: CheckboxGroupProps<Value>) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset
      className={error ? 'field fieldset field--invalid' : 'field fieldset'}
      aria-describedby={describedBy || undefined}
    >
      <legend className="field__label">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      <div className="checkbox-grid">
        {options.map((option) => (
          <label key={option.value} className="checkbox">
            <input
              type="checkbox"
              name={`${id}-${option.value}`}
              checked={selected.includes(option.value)}
              aria-invalid={error ? true : undefined}
              onChange={(event) => {
                const offered = options.map((candidate) => candidate.value);
                onChange(
                  event.target.checked
                    ? [
                        ...offered.filter(
                          (value) => value === option.value || selected.includes(value),
                        ),
                        // Values without a box here are not the user's to lose by ticking another.
                        ...selected.filter((value) => !offered.includes(value)),
                      ]
                    : selected.filter((value) => value !== option.value),
                );
              }}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
