import { useRef, useState } from 'react';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { errorMessageAt } from '@/lib/forms/path-schema-form';

import type { Stakeholder } from '../api/types';
import { newRowKey, type ProjectFormValues } from '../utils/project-form-schema';
import { raciRoles } from '../utils/project-options';

interface PartiesEditorProps {
  form: UseFormReturn<ProjectFormValues, unknown, ProjectFormValues>;
  stakeholders: readonly Stakeholder[];
  loadingStakeholders: boolean;
}

/**
 * The RACI parties of a project, each a stakeholder from the organisation's register with a role.
 * Rows are added and removed with buttons; focus follows the change.
 */
export function PartiesEditor({ form, stakeholders, loadingStakeholders }: PartiesEditorProps) {
  const { t } = useTranslation(['projects', 'common']);
  const rootRef = useRef<HTMLFieldSetElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'parties' });
  const parties = form.watch('parties');
  const message = (path: string) => errorMessageAt(form, path);

  const focusRow = (key: string | undefined) => {
    requestAnimationFrame(() => {
      const target = key
        ? rootRef.current?.querySelector<HTMLElement>(`[data-row="${key}"] select`)
        : rootRef.current?.querySelector<HTMLElement>('.parties-editor__add');
      target?.focus();
    });
  };

  const stakeholderOptions = [
    { value: '', label: loadingStakeholders ? t('common:loading') : t('parties.choose') },
    ...stakeholders.map((stakeholder) => ({
      value: stakeholder.id,
      label: `${stakeholder.name} (${t(`sector.${stakeholder.sector}`)})`,
    })),
  ];

  return (
    <fieldset ref={rootRef} className="fieldset parties-editor">
      <legend className="fieldset__legend">{t('parties.legend')}</legend>
      <p className="field__hint">{t('parties.hint')}</p>
      {!loadingStakeholders && stakeholders.length === 0 ? (
        <p className="field__hint">{t('parties.emptyRegister')}</p>
      ) : null}
      {fields.length === 0 ? <p>{t('parties.noRows')}</p> : null}
      <ol className="row-list">
        {fields.map((row, index) => {
          const rowLabel = t('parties.row', { number: index + 1 });
          const stakeholderId = parties[index]?.stakeholderId ?? '';
          return (
            <li key={row.id} data-row={row.id}>
              <fieldset className="row-list__row">
                <legend className="row-list__legend">{rowLabel}</legend>
                <SelectField
                  label={t('parties.stakeholder')}
                  required
                  options={
                    stakeholderId &&
                    !stakeholders.some((stakeholder) => stakeholder.id === stakeholderId)
                      ? [
                          ...stakeholderOptions,
                          { value: stakeholderId, label: t('parties.unknownStakeholder') },
                        ]
                      : stakeholderOptions
                  }
                  error={message(`parties.${index}.stakeholderId`)}
                  {...form.register(`parties.${index}.stakeholderId`)}
                />
                <SelectField
                  label={t('parties.role')}
                  options={raciRoles.map((role) => ({ value: role, label: t(`raci.${role}`) }))}
                  error={message(`parties.${index}.role`)}
                  {...form.register(`parties.${index}.role`)}
                />
                <Button
                  className="row-list__remove"
                  onClick={() => {
                    const next = fields.filter((_, position) => position !== index);
                    remove(index);
                    setAnnouncement(t('parties.removed', { row: rowLabel }));
                    focusRow((next[index] ?? next[index - 1])?.id);
                  }}
                >
                  {t('parties.remove')}
                  <span className="visually-hidden">: {rowLabel}</span>
                </Button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <Button
        className="parties-editor__add"
        disabled={fields.length >= 100}
        onClick={() => {
          append({ key: newRowKey(), stakeholderId: '', role: 'RESPONSIBLE' });
          setAnnouncement(
            t('parties.added', { row: t('parties.row', { number: fields.length + 1 }) }),
          );
        }}
      >
        {t('parties.add')}
      </Button>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </fieldset>
  );
}
