import type { ComponentProps } from 'react';
import {
  useController,
  type Control,
  type FieldPathByValue,
  type FieldValues,
} from 'react-hook-form';

import { RadioGroupField } from '@/components/ui/choice-group';

type RadioGroupControllerProps<Values extends FieldValues> = Omit<
  ComponentProps<typeof RadioGroupField>,
  'name' | 'value' | 'onChange' | 'error'
> & {
  control: Control<Values, unknown, Values>;
  name: FieldPathByValue<Values, string>;
};

/**
 * A radio group bound to a react-hook-form field: its error shows on the group, and when the
 * form focuses the first invalid field, focus goes to the checked (or first) option. It registers
 * when it renders, after fields that its parent registers in its own JSX: keep those in a child
 * component below it so that focus still goes to the first invalid field on screen.
 */
export function RadioGroupController<Values extends FieldValues>({
  control,
  name,
  ...groupProps
}: RadioGroupControllerProps<Values>) {
  const { field, fieldState } = useController({ control, name });
  const { ref } = field;
  return (
    <div
      ref={(element) => {
        ref(
          element
            ? {
                focus: () => {
                  (
                    element.querySelector<HTMLInputElement>('input:checked') ??
                    element.querySelector<HTMLInputElement>('input')
                  )?.focus();
                },
              }
            : null,
        );
      }}
    >
      <RadioGroupField
        {...groupProps}
        name={field.name}
        value={field.value}
        onChange={field.onChange}
        error={fieldState.error?.message}
      />
    </div>
  );
}
