import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Alert } from '@/components/ui/alert';
import { ConflictAlert } from '@/components/ui/conflict-alert';
import { SelectField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { isApiError, isConflict, isPreconditionRequired } from '@/lib/api/errors';
import { etagOfVersion } from '@/lib/api/etag';
import type { FieldOfAction, FieldOfActionInput } from '@/lib/api/types';
import { useMe, writableOrganizations } from '@/lib/auth/me';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useFieldsOfAction } from '@/lib/vocabulary/fields-of-action';
import { fieldsOfAction } from '@/lib/vocabulary/vocabulary';

import { useCreateFieldOfAction } from '../api/create-field-of-action';
import { useDeleteFieldOfAction } from '../api/delete-field-of-action';
import { useUpdateFieldOfAction } from '../api/update-field-of-action';
import { CustomFieldRow } from '../components/custom-field-row';
import {
  FieldOfActionForm,
  type FieldOfActionFormValues,
} from '../components/field-of-action-form';

function blankToUndefined(value: string): string | undefined {
  return value === '' ? undefined : value;
}

/** Editors and admins keep their organisation's own fields of action beside the built-in ones. */
export function FieldsOfActionSettingsRoute() {
  const { t } = useTranslation('fieldsOfAction');
  useDocumentTitle(t('heading'));
  const me = useMe();
  const fields = useFieldsOfAction();
  const create = useCreateFieldOfAction();
  const update = useUpdateFieldOfAction();
  const remove = useDeleteFieldOfAction();
  const [chosenOrganization, setChosenOrganization] = useState('');
  const [renaming, setRenaming] = useState<FieldOfAction | null>(null);
  const [deleteFailure, setDeleteFailure] = useState<{ name: string; error: unknown } | null>(null);
  const [notice, setNotice] = useState('');
  const [addFormKey, setAddFormKey] = useState(0);
  const customHeadingRef = useRef<HTMLHeadingElement>(null);
  const renameButtons = useRef(new Map<string, HTMLButtonElement>());

  if (me.isPending) {
    return <Loading />;
  }
  if (me.isError) {
    return <ProblemAlert error={me.error} />;
  }

  const organizations = writableOrganizations(me.data);
  const organizationId = chosenOrganization || (organizations[0]?.id ?? '');
  const organizationName = organizations.find((o) => o.id === organizationId)?.name ?? '';
  const own = fields.custom.filter((field) => field.organizationId === organizationId);
  const stale = (error: unknown) => isConflict(error) || isPreconditionRequired(error);

  /** Closes the rename form and gives the focus back to the row's Rename button. */
  const closeRenaming = (id: string) => {
    setRenaming(null);
    requestAnimationFrame(() => {
      renameButtons.current.get(id)?.focus();
    });
  };

  const reload = () => {
    update.reset();
    remove.reset();
    setDeleteFailure(null);
    setRenaming(null);
    void fields.refetch();
  };

  const add = (values: FieldOfActionFormValues) => {
    setNotice('');
    const input: FieldOfActionInput = {
      organizationId,
      name: values.name,
      code: blankToUndefined(values.code),
      description: blankToUndefined(values.description),
    };
    create.mutate(input, {
      onSuccess: (created) => {
        setNotice(t('add.added', { name: created.name ?? created.code }));
        setAddFormKey((key) => key + 1);
      },
    });
  };

  const rename = (field: FieldOfAction, values: FieldOfActionFormValues) => {
    setNotice('');
    update.mutate(
      {
        id: field.id ?? '',
        etag: etagOfVersion(field.version ?? 0),
        input: { name: values.name, description: blankToUndefined(values.description) },
      },
      {
        onSuccess: (saved) => {
          closeRenaming(field.id ?? '');
          setNotice(t('rename.saved', { name: saved.name ?? saved.code }));
        },
      },
    );
  };

  const destroy = (field: FieldOfAction) => {
    const name = field.name ?? field.code;
    setNotice('');
    setDeleteFailure(null);
    remove.mutate(
      { id: field.id ?? '', etag: etagOfVersion(field.version ?? 0) },
      {
        onSuccess: () => {
          setNotice(t('delete.deleted', { name }));
          // The row and its buttons are gone; keep the keyboard in the section.
          customHeadingRef.current?.focus();
        },
        onError: (error) => {
          setDeleteFailure({ name, error });
        },
      },
    );
  };

  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="lead">{t('intro')}</p>
      <div aria-live="polite">
        {notice ? <p className="alert alert--success">{notice}</p> : null}
      </div>

      <section aria-labelledby="fields-of-action-built-in">
        <h2 id="fields-of-action-built-in">{t('builtIn.heading')}</h2>
        <div className="table-scroll">
          <table className="table table--compact">
            <caption className="table__caption">{t('builtIn.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('columns.name')}</th>
                <th scope="col">{t('columns.code')}</th>
              </tr>
            </thead>
            <tbody>
              {fieldsOfAction.map((code) => (
                <tr key={code}>
                  <th scope="row">{fields.label(code)}</th>
                  <td>
                    <code>{code}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="fields-of-action-custom">
        <h2 id="fields-of-action-custom" ref={customHeadingRef} tabIndex={-1}>
          {t('custom.heading')}
        </h2>
        {organizations.length === 0 ? (
          <Alert tone="info">{t('noPermission')}</Alert>
        ) : (
          <>
            {organizations.length > 1 ? (
              <SelectField
                label={t('organization')}
                name="organizationId"
                value={organizationId}
                onChange={(event) => {
                  setChosenOrganization(event.target.value);
                  setRenaming(null);
                  setDeleteFailure(null);
                  // A failed attempt to add belongs to the organisation it was made for.
                  create.reset();
                }}
                options={organizations.map((o) => ({ value: o.id, label: o.name }))}
              />
            ) : null}
            {fields.isPending ? <Loading /> : null}
            {fields.isError ? <ProblemAlert error={fields.error} /> : null}
            {stale(update.error) || stale(deleteFailure?.error) ? (
              <ConflictAlert
                title={t('conflict.title')}
                message={t('conflict.message')}
                onReload={reload}
                reloading={fields.isFetching}
              />
            ) : null}
            {deleteFailure && !stale(deleteFailure.error) ? (
              isApiError(deleteFailure.error) && deleteFailure.error.status === 409 ? (
                <Alert tone="error" title={t('delete.inUse', { name: deleteFailure.name })}>
                  <p>{deleteFailure.error.problem?.detail}</p>
                </Alert>
              ) : (
                <ProblemAlert error={deleteFailure.error} />
              )
            ) : null}
            {fields.isSuccess && own.length === 0 ? <p>{t('custom.empty')}</p> : null}
            {own.length > 0 ? (
              <div className="table-scroll">
                <table className="table">
                  <caption className="table__caption">
                    {t('custom.caption', { organization: organizationName })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('columns.name')}</th>
                      <th scope="col">{t('columns.code')}</th>
                      <th scope="col">{t('columns.description')}</th>
                      <th scope="col">{t('columns.actions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {own.map((field) => (
                      <CustomFieldRow
                        key={field.id}
                        field={field}
                        deleting={remove.isPending}
                        renameButtonRef={(button) => {
                          const id = field.id ?? '';
                          if (button) {
                            renameButtons.current.set(id, button);
                          } else {
                            renameButtons.current.delete(id);
                          }
                        }}
                        onRename={() => {
                          update.reset();
                          setRenaming(field);
                        }}
                        onDelete={() => {
                          destroy(field);
                        }}
                        onCancelDelete={() => {
                          setDeleteFailure(null);
                        }}
                      />
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}

            {renaming ? (
              <section aria-labelledby="fields-of-action-rename">
                <h3 id="fields-of-action-rename">
                  {t('rename.heading', { name: renaming.name ?? renaming.code })}
                </h3>
                <p>{t('rename.codeStays', { code: renaming.code })}</p>
                {update.error && !stale(update.error) ? (
                  <ProblemAlert error={update.error} hideFields={['name', 'description']} />
                ) : null}
                <FieldOfActionForm
                  key={`${renaming.id ?? ''}:${String(renaming.version)}`}
                  mode="rename"
                  initialValues={{
                    name: renaming.name ?? '',
                    code: renaming.code,
                    description: renaming.description ?? '',
                  }}
                  submitLabel={t('rename.submit')}
                  submitting={update.isPending}
                  serverError={update.error}
                  focusOnMount
                  onSubmit={(values) => {
                    rename(renaming, values);
                  }}
                  onCancel={() => {
                    update.reset();
                    closeRenaming(renaming.id ?? '');
                  }}
                />
              </section>
            ) : null}

            <section aria-labelledby="fields-of-action-add">
              <h3 id="fields-of-action-add">{t('add.heading')}</h3>
              {create.error ? (
                <ProblemAlert error={create.error} hideFields={['name', 'code', 'description']} />
              ) : null}
              <FieldOfActionForm
                key={`${organizationId}:${String(addFormKey)}`}
                mode="add"
                submitLabel={t('add.submit')}
                submitting={create.isPending}
                serverError={create.error}
                onSubmit={add}
              />
            </section>
          </>
        )}
      </section>
    </>
  );
}
