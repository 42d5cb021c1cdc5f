import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';

import type { Stakeholder } from '../api/types';
import { MAX_FACILITATORS, newRowKey, type FacilitatorRow } from '../utils/workshop-form-schema';

interface FacilitatorsEditorProps {
  rows: readonly FacilitatorRow[];
  stakeholders: readonly Stakeholder[];
  loadingStakeholders: boolean;
  /** Message of a row's field by path ("facilitators.0.stakeholderId"). */
  message: (path: string) => string | undefined;
  onChange: (rows: FacilitatorRow[]) => void;
}

/**
 * Facilitators, each a stakeholder of the register or an outside organisation by name, with an
 * optional role. Rows are added and removed with buttons; focus follows the change.
 */
export function FacilitatorsEditor({
  rows,
  stakeholders,
  loadingStakeholders,
  message,
  onChange,
}: FacilitatorsEditorProps) {
  const { t } = useTranslation(['workshops', 'common']);
  const rootRef = useRef<HTMLFieldSetElement>(null);
  const [announcement, setAnnouncement] = useState('');

  const focusRow = (key: string | undefined) => {
    requestAnimationFrame(() => {
      const target = key
        ? rootRef.current?.querySelector<HTMLElement>(`[data-row="${key}"] select`)
        : rootRef.current?.querySelector<HTMLElement>('.facilitators-editor__add');
      target?.focus();
    });
  };

  const update = (index: number, change: Partial<FacilitatorRow>) => {
    onChange(rows.map((row, position) => (position === index ? { ...row, ...change } : row)));
  };

  const stakeholderOptions = [
    { value: '', label: loadingStakeholders ? t('common:loading') : t('form.facilitators.choose') },
    ...stakeholders.map((stakeholder) => ({
      value: stakeholder.id,
      label: `${stakeholder.name} (${t(`common:sector.${stakeholder.sector}`)})`,
    })),
  ];

  return (
    <fieldset ref={rootRef} className="fieldset">
      <legend className="fieldset__legend">{t('form.facilitators.legend')}</legend>
      <p className="field__hint">{t('form.facilitators.hint')}</p>
      {rows.length === 0 ? <p>{t('form.facilitators.none')}</p> : null}
      <ol className="row-list">
        {rows.map((row, index) => {
          const rowLabel = t('form.facilitators.row', { number: index + 1 });
          return (
            <li key={row.key} data-row={row.key}>
              <fieldset className="row-list__row">
                <legend className="row-list__legend">{rowLabel}</legend>
                <SelectField
                  label={t('form.facilitators.kind')}
                  value={row.kind}
                  onChange={(event) => {
                    update(index, {
                      kind: event.target.value === 'organization' ? 'organization' : 'stakeholder',
                    });
                  }}
                  options={[
                    { value: 'stakeholder', label: t('form.facilitators.fromRegister') },
                    { value: 'organization', label: t('form.facilitators.byName') },
                  ]}
                />
                {row.kind === 'stakeholder' ? (
                  <SelectField
                    label={t('form.facilitators.stakeholder')}
                    required
                    value={row.stakeholderId}
                    onChange={(event) => {
                      update(index, { stakeholderId: event.target.value });
                    }}
                    options={
                      row.stakeholderId &&
                      !stakeholders.some((stakeholder) => stakeholder.id === row.stakeholderId)
                        ? [
                            ...stakeholderOptions,
                            {
                              value: row.stakeholderId,
                              label: t('form.facilitators.unknownStakeholder'),
                            },
                          ]
                        : stakeholderOptions
                    }
                    error={message(`facilitators.${String(index)}.stakeholderId`)}
                  />
                ) : (
                  <TextField
                    label={t('form.facilitators.organizationName')}
                    required
                    maxLength={200}
                    value={row.organizationName}
                    onChange={(event) => {
                      update(index, { organizationName: event.target.value });
                    }}
                    error={message(`facilitators.${String(index)}.organizationName`)}
                  />
                )}
                <TextField
                  label={t('form.facilitators.role')}
                  maxLength={200}
                  value={row.role}
                  onChange={(event) => {
                    update(index, { role: event.target.value });
                  }}
                  error={message(`facilitators.${String(index)}.role`)}
                />
                <Button
                  className="row-list__remove"
                  onClick={() => {
                    const next = rows.filter((_, position) => position !== index);
                    onChange(next);
                    setAnnouncement(t('form.facilitators.removed', { row: rowLabel }));
                    focusRow((next[index] ?? next[index - 1])?.key);
                  }}
                >
                  {t('form.facilitators.remove')}
                  <span className="visually-hidden">: {rowLabel}</span>
                </Button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {message('facilitators') ? <p className="field__error">{message('facilitators')}</p> : null}
      <Button
        className="facilitators-editor__add"
        disabled={rows.length >= MAX_FACILITATORS}
        onClick={() => {
          const row: FacilitatorRow = {
            key: newRowKey(),
            kind: stakeholders.length > 0 ? 'stakeholder' : 'organization',
            stakeholderId: '',
            organizationName: '',
            role: '',
          };
          onChange([...rows, row]);
          setAnnouncement(
            t('form.facilitators.added', {
              row: t('form.facilitators.row', { number: rows.length + 1 }),
            }),
          );
          focusRow(row.key);
        }}
      >
        {t('form.facilitators.add')}
      </Button>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </fieldset>
  );
}
