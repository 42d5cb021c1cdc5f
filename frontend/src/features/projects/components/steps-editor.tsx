import { useRef, useState } from 'react';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { errorMessageAt } from '@/lib/forms/path-schema-form';

import type { MeasureFormValues } from '../utils/measure-form-schema';
import { newRowKey } from '../utils/project-form-schema';

const MAX_STEPS = 100;

interface StepsEditorProps {
  form: UseFormReturn<MeasureFormValues, unknown, MeasureFormValues>;
}

type Control = 'title' | 'up' | 'down' | 'remove';

/**
 * The steps of a measure: add, remove and reorder with buttons (no dragging). After each change
 * focus stays with the step that moved, or goes to its neighbour, and a status line says what
 * happened.
 */
export function StepsEditor({ form }: StepsEditorProps) {
  const { t } = useTranslation('projects');
  const rootRef = useRef<HTMLFieldSetElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const {
    fields: steps,
    append,
    remove,
    move: moveRow,
  } = useFieldArray({
    control: form.control,
    name: 'steps',
  });
  const message = (path: string) => errorMessageAt(form, path);

  /**
   * Focuses a control of a row; a move button that is now disabled (the step reached the top or
   * the bottom) hands over to the other move button, then to the title.
   */
  const focus = (key: string | undefined, control: Control) => {
    const order: Control[] =
      control === 'up'
        ? ['up', 'down', 'title']
        : control === 'down'
          ? ['down', 'up', 'title']
          : [control, 'title'];
    requestAnimationFrame(() => {
      const row = key ? rootRef.current?.querySelector(`[data-row="${key}"]`) : null;
      const target =
        order
          .map((name) => row?.querySelector<HTMLElement>(`[data-control="${name}"]:not(:disabled)`))
          .find(Boolean) ?? rootRef.current?.querySelector<HTMLElement>('.steps-editor__add');
      target?.focus();
    });
  };

  const move = (index: number, offset: -1 | 1) => {
    const target = index + offset;
    const step = steps[index];
    if (!step || target < 0 || target >= steps.length) {
      return;
    }
    const title = form.getValues(`steps.${index}.title`);
    moveRow(index, target);
    setAnnouncement(
      t('steps.moved', {
        title: title.trim() || t('steps.row', { number: index + 1 }),
        position: target + 1,
        count: steps.length,
      }),
    );
    focus(step.id, offset < 0 ? 'up' : 'down');
  };

  return (
    <fieldset ref={rootRef} className="fieldset steps-editor">
      <legend className="fieldset__legend">{t('steps.editorLegend')}</legend>
      <p className="field__hint">{t('steps.editorHint')}</p>
      {steps.length === 0 ? <p>{t('steps.noRows')}</p> : null}
      <ol className="row-list">
        {steps.map((step, index) => {
          const rowLabel = t('steps.row', { number: index + 1 });
          return (
            <li key={step.id} data-row={step.id} className="row-list__row row-list__row--step">
              <TextField
                label={rowLabel}
                required
                maxLength={200}
                data-control="title"
                error={message(`steps.${index}.title`)}
                {...form.register(`steps.${index}.title`)}
              />
              <label className="checkbox">
                <input type="checkbox" {...form.register(`steps.${index}.done`)} />
                <span>
                  {t('steps.doneLabel')}
                  <span className="visually-hidden">: {rowLabel}</span>
                </span>
              </label>
              <div className="button-row row-list__buttons">
                <Button
                  data-control="up"
                  disabled={index === 0}
                  onClick={() => {
                    move(index, -1);
                  }}
                >
                  {t('steps.up')}
                  <span className="visually-hidden">: {rowLabel}</span>
                </Button>
                <Button
                  data-control="down"
                  disabled={index === steps.length - 1}
                  onClick={() => {
                    move(index, 1);
                  }}
                >
                  {t('steps.down')}
                  <span className="visually-hidden">: {rowLabel}</span>
                </Button>
                <Button
                  data-control="remove"
                  onClick={() => {
                    const next = steps.filter((_, position) => position !== index);
                    remove(index);
                    setAnnouncement(t('steps.removed', { row: rowLabel }));
                    focus((next[index] ?? next[index - 1])?.id, 'title');
                  }}
                >
                  {t('steps.remove')}
                  <span className="visually-hidden">: {rowLabel}</span>
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      <Button
        className="steps-editor__add"
        disabled={steps.length >= MAX_STEPS}
        onClick={() => {
          append({ key: newRowKey(), title: '', done: false });
          setAnnouncement(t('steps.added', { row: t('steps.row', { number: steps.length + 1 }) }));
        }}
      >
        {t('steps.add')}
      </Button>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </fieldset>
  );
}
