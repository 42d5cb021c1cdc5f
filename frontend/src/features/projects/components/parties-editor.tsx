import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';

import type { Stakeholder } from '../api/types';
import { newRowKey, type PartyRow } from '../utils/project-form-schema';
import { raciRoles } from '../utils/project-options';

interface PartiesEditorProps {
  parties: readonly PartyRow[];
  stakeholders: readonly Stakeholder[];
  loadingStakeholders: boolean;
  /** Message of a row's field by path ("parties.0.stakeholderId"). */
  message: (path: string) => string | undefined;
  onChange: (parties: PartyRow[]) => void;
}

/**
 * The RACI parties of a project, each a stakeholder from the organisation's register with a role.
 * Rows are added and removed with buttons; focus follows the change.
 */
export function PartiesEditor({
  parties,
  stakeholders,
  loadingStakeholders,
  message,
  onChange,
}: PartiesEditorProps) {
  const { t } = useTranslation(['projects', 'common']);
  const rootRef = useRef<HTMLFieldSetElement>(null);
  const [announcement, setAnnouncement] = useState('');

  const focusRow = (key: string | undefined) => {
    requestAnimationFrame(() => {
      const target = key
        ? rootRef.current?.querySelector<HTMLElement>(`[data-row="${key}"] select`)
        : rootRef.current?.querySelector<HTMLElement>('.parties-editor__add');
      target?.focus();
    });
  };

  const update = (index: number, change: Partial<PartyRow>) => {
    onChange(
      parties.map((party, position) => (position === index ? { ...party, ...change } : party)),
    );
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
      {parties.length === 0 ? <p>{t('parties.noRows')}</p> : null}
      <ol className="row-list">
        {parties.map((party, index) => {
          const rowLabel = t('parties.row', { number: index + 1 });
          return (
            <li key={party.key} data-row={party.key}>
              <fieldset className="row-list__row">
                <legend className="row-list__legend">{rowLabel}</legend>
                <SelectField
                  label={t('parties.stakeholder')}
                  required
                  value={party.stakeholderId}
                  onChange={(event) => {
                    update(index, { stakeholderId: event.target.value });
                  }}
                  options={
                    party.stakeholderId &&
                    !stakeholders.some((stakeholder) => stakeholder.id === party.stakeholderId)
                      ? [
                          ...stakeholderOptions,
                          { value: party.stakeholderId, label: t('parties.unknownStakeholder') },
                        ]
                      : stakeholderOptions
                  }
                  error={message(`parties.${index}.stakeholderId`)}
                />
                <SelectField
                  label={t('parties.role')}
                  value={party.role}
                  onChange={(event) => {
                    const role = raciRoles.find((candidate) => candidate === event.target.value);
                    if (role) {
                      update(index, { role });
                    }
                  }}
                  options={raciRoles.map((role) => ({ value: role, label: t(`raci.${role}`) }))}
                  error={message(`parties.${index}.role`)}
                />
                <Button
                  className="row-list__remove"
                  onClick={() => {
                    const next = parties.filter((_, position) => position !== index);
                    onChange(next);
                    setAnnouncement(t('parties.removed', { row: rowLabel }));
                    focusRow((next[index] ?? next[index - 1])?.key);
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
        disabled={parties.length >= 100}
        onClick={() => {
          const row: PartyRow = { key: newRowKey(), stakeholderId: '', role: 'RESPONSIBLE' };
          onChange([...parties, row]);
          setAnnouncement(
            t('parties.added', { row: t('parties.row', { number: parties.length + 1 }) }),
          );
          focusRow(row.key);
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
