import type { ComponentProps } from 'react';
import {
  useController,
  type Control,
  type FieldPathByValue,
  type FieldValues,
  type RefCallBack,
} from 'react-hook-form';

import { CheckboxGroupField, RadioGroupField } from '@/components/ui/choice-group';

/**
 * A container ref that lets react-hook-form focus a group of choices: focus goes to its checked
 * (or first) option.
 */
function groupFocusRef(ref: RefCallBack) {
  return (element: HTMLElement | null) => {
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
  };
}

interface ControllerProps<Values extends FieldValues, Value> {
  control: Control<Values, unknown, Values>;
  name: FieldPathByValue<Values, Value>;
}

type RadioGroupControllerProps<Values extends FieldValues> = Omit<
  ComponentProps<typeof RadioGroupField>,
  'name' | 'value' | 'onChange' | 'error'
> &
  ControllerProps<Values, string>;

/*
 * The controllers register when they render, after fields that their parent registers in its own
 * JSX: keep those in a child component below them so that focus goes to the first invalid field
 * on screen (react-hook-form focuses in the order the fields registered).
 */

/** A radio group bound to a react-hook-form field; its error shows on the group. */
export function RadioGroupController<Values extends FieldValues>({
  control,
  name,
  ...groupProps
}: RadioGroupControllerProps<Values>) {
  const { field, fieldState } = useController({ control, name });
  return (
    <div ref={groupFocusRef(field.ref)}>
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

type CheckboxGroupControllerProps<Values extends FieldValues> = Omit<
  ComponentProps<typeof CheckboxGroupField>,
  'name' | 'values' | 'onChange' | 'error'
> &
  ControllerProps<Values, string[]>;

/** A group of checkboxes bound to a react-hook-form list of strings. */
export function CheckboxGroupController<Values extends FieldValues>({
  control,
  name,
  ...groupProps
}: CheckboxGroupControllerProps<Values>) {
  const { field, fieldState } = useController({ control, name });
  return (
    <div ref={groupFocusRef(field.ref)}>
      <CheckboxGroupField
        {...groupProps}
        name={field.name}
        values={field.value}
        onChange={field.onChange}
        error={fieldState.error?.message}
      />
    </div>
  );
}
