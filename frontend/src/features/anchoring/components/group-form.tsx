import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { Button } from '@/components/ui/button';
import { ConflictAlert } from '@/components/ui/conflict-alert';
import { TextAreaField, TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { isConflict } from '@/lib/api/errors';
import type { Organization } from '@/lib/api/types';
import { applyServerFieldErrors, useSchemaForm } from '@/lib/forms/schema-form';

import {
  useCreateFollowGroup,
  useUpdateFollowGroup,
  type FollowGroup,
  type FollowGroupInput,
} from '../api/anchoring';

const groupSchema = z.object({
  name: z.string().trim().min(1).max(200),
  description: z.string().max(4000),
});
type GroupValues = z.infer<typeof groupSchema>;
const groupFields = ['name', 'description'] as const;

type GroupFormProps =
  | { owner: Organization; group?: undefined; onClose?: undefined; onReload?: undefined }
  | {
      owner?: undefined;
      /** The group to change. */
      group: FollowGroup;
      onClose: (saved: FollowGroup | null) => void;
      /** After a 412: read the groups again (the edit is discarded). */
      onReload: () => void;
    };

/** Creates a follow group of the owner, or changes a group's name and description. */
export function GroupForm({ owner, group, onClose, onReload }: GroupFormProps) {
  const { t } = useTranslation('anchoring');
  const create = useCreateFollowGroup();
  const update = useUpdateFollowGroup();
  const save = group ? update : create;
  const conflict = isConflict(save.error);
  const form = useSchemaForm<GroupValues>(groupSchema, {
    name: group?.name ?? '',
    description: group?.description ?? '',
  });
  const { errors } = form.formState;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = group ? `group-edit-${group.id}` : 'group-form-heading';

  useEffect(() => {
    if (group) {
      headingRef.current?.focus();
    }
  }, [group]);

  const onError = (error: unknown) => {
    applyServerFieldErrors(form, error, groupFields);
  };
  const submit = (values: GroupValues) => {
    const input: FollowGroupInput = {
      organizationId: group?.organizationId ?? owner?.id,
      name: values.name.trim(),
      ...(values.description.trim() ? { description: values.description.trim() } : {}),
      // A change keeps what this form does not show.
      ...(group ? { visibility: group.visibility } : {}),
      ...(group?.externalId ? { externalId: group.externalId } : {}),
    };
    if (group) {
      update.mutate(
        { group, input },
        {
          onSuccess: (saved) => {
            onClose(saved);
          },
          onError,
        },
      );
      return;
    }
    create.mutate(input, {
      onSuccess: () => {
        form.reset();
      },
      onError,
    });
  };

  return (
    <form
      className="form form--inline-panel"
      noValidate
      aria-labelledby={headingId}
      onSubmit={(event) => void form.handleSubmit(submit)(event)}
    >
      <h3 id={headingId} ref={headingRef} tabIndex={group ? -1 : undefined}>
        {group
          ? t('groups.editHeading', { group: group.name })
          : t('groups.addHeading', { organization: owner.name })}
      </h3>
      <TextField
        label={t('groups.name')}
        required
        error={errors.name?.message}
        {...form.register('name')}
      />
      <TextAreaField
        label={t('groups.description')}
        hint={t('groups.descriptionHint')}
        rows={2}
        error={errors.description?.message}
        {...form.register('description')}
      />
      {conflict && group ? (
        <ConflictAlert
          title={t('groups.conflictTitle')}
          message={t('groups.conflict')}
          onReload={() => {
            save.reset();
            onReload();
          }}
        />
      ) : null}
      {save.isError && !conflict ? (
        <ProblemAlert error={save.error} hideFields={groupFields} />
      ) : null}
      <div className="button-row">
        <Button type="submit" variant="primary" disabled={save.isPending}>
          {group ? t('saveChanges') : t('groups.add')}
        </Button>
        {group ? (
          <Button
            onClick={() => {
              onClose(null);
            }}
          >
            {t('cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
