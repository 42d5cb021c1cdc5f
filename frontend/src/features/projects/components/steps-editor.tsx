import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';

import type { StepRow } from '../utils/measure-form-schema';
import { newRowKey } from '../utils/project-form-schema';

const MAX_STEPS = 100;

interface StepsEditorProps {
  steps: readonly StepRow[];
  /** Message of a row's field by path ("steps.0.title"). */
  message: (path: string) => string | undefined;
  onChange: (steps: StepRow[]) => void;
}

type Control = 'title' | 'up' | 'down' | 'remove';

/**
 * The steps of a measure: add, remove and reorder with buttons (no dragging). After each change
 * focus stays with the step that moved, or goes to its neighbour, and a status line says what
 * happened.
 */
export function StepsEditor({ steps, message, onChange }: StepsEditorProps) {
  const { t } = useTranslation('projects');
  const rootRef = useRef<HTMLFieldSetElement>(null);
  const [announcement, setAnnouncement] = useState('');

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
    const next = [...steps];
    next.splice(index, 1);
    next.splice(target, 0, step);
    onChange(next);
    setAnnouncement(
      t('steps.moved', {
        title: step.title.trim() || t('steps.row', { number: index + 1 }),
        position: target + 1,
        count: steps.length,
      }),
    );
    focus(step.key, offset < 0 ? 'up' : 'down');
  };

  return (
    <fieldset ref={rootRef} className="fieldset steps-editor">
      <legend className="fieldset__legend">{t('steps.editorLegend')}</legend>
      <p className="field__hint">{t('steps.editorHint')}</p>
      {steps.length === 0 ? <p>{t('steps.noRows')}</p> : null}
      <ol className="row-list">
        {steps.map((step, index) => {
          const rowLabel = t('steps.row', { number: index + 1 });
          const update = (change: Partial<StepRow>) => {
            onChange(
              steps.map((row, position) => (position === index ? { ...row, ...change } : row)),
            );
          };
          return (
            <li key={step.key} data-row={step.key} className="row-list__row row-list__row--step">
              <TextField
                label={rowLabel}
                required
                maxLength={200}
                data-control="title"
                value={step.title}
                onChange={(event) => {
                  update({ title: event.target.value });
                }}
                error={message(`steps.${index}.title`)}
              />
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={step.done}
                  onChange={(event) => {
                    update({ done: event.target.checked });
                  }}
                />
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
                    onChange(next);
                    setAnnouncement(t('steps.removed', { row: rowLabel }));
                    focus((next[index] ?? next[index - 1])?.key, 'title');
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
          const row: StepRow = { key: newRowKey(), title: '', done: false };
          onChange([...steps, row]);
          setAnnouncement(t('steps.added', { row: t('steps.row', { number: steps.length + 1 }) }));
          focus(row.key, 'title');
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
