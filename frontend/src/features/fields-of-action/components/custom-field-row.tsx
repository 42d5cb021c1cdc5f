import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { ConfirmAction } from '@/components/ui/confirm-action';
import type { FieldOfAction } from '@/lib/api/types';

interface CustomFieldRowProps {
  field: FieldOfAction;
  deleting: boolean;
  /** The Rename button, for the focus to come back to when the rename form closes. */
  renameButtonRef?: Ref<HTMLButtonElement>;
  onRename: () => void;
  onDelete: () => void;
  onCancelDelete: () => void;
}

/** One of the organisation's own fields of action, with its actions. */
export function CustomFieldRow({
  field,
  deleting,
  renameButtonRef,
  onRename,
  onDelete,
  onCancelDelete,
}: CustomFieldRowProps) {
  const { t } = useTranslation('fieldsOfAction');
  const name = field.name ?? field.code;
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>
        <code>{field.code}</code>
      </td>
      <td>{field.description ?? ''}</td>
      <td>
        <div className="button-row">
          <Button ref={renameButtonRef} onClick={onRename}>
            {t('rename.trigger')} <span className="visually-hidden">{name}</span>
          </Button>
          <ConfirmAction
            trigger={
              <>
                {t('delete.trigger')} <span className="visually-hidden">{name}</span>
              </>
            }
            heading={t('delete.heading', { name })}
            text={<p>{t('delete.text')}</p>}
            confirmLabel={t('delete.confirm')}
            cancelLabel={t('delete.cancel')}
            pending={deleting}
            onConfirm={onDelete}
            onCancel={onCancelDelete}
          />
        </div>
      </td>
    </tr>
  );
}
