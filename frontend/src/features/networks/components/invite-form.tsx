import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { applyServerFieldErrors, useSchemaForm } from '@/lib/forms/schema-form';
import { useOrganizations } from '@/lib/organizations/organizations';

import { useInviteMember } from '../api/members';
import type { NetworkMember } from '../api/types';
import { memberRoles } from '../utils/vocabulary';

const inviteSchema = z.object({
  organizationId: z.string().min(1),
  role: z.enum([
    'MEMBER_MUNICIPALITY',
    'COORDINATOR',
    'ADVISOR_ORGANIZATION',
    'RESEARCH_PARTNER',
    'ASSOCIATED_PARTNER',
  ]),
  note: z.string().max(1000),
});

type InviteValues = z.infer<typeof inviteSchema>;

interface InviteFormProps {
  networkId: string;
  /** Organisations with an open membership already: they cannot be invited again. */
  members: readonly NetworkMember[];
}

/** The coordinator invites an organisation of the directory; its admin then decides. */
export function InviteForm({ networkId, members }: InviteFormProps) {
  const { t } = useTranslation('networks');
  const { organizations } = useOrganizations();
  const invite = useInviteMember(networkId);
  const [announcement, setAnnouncement] = useState('');
  const form = useSchemaForm<InviteValues>(inviteSchema, {
    organizationId: '',
    role: 'MEMBER_MUNICIPALITY',
    note: '',
  });
  const { errors } = form.formState;
  const taken = new Set(members.map((member) => member.organization.id));
  const candidates = organizations.filter((organization) => !taken.has(organization.id));

  const submit = (values: InviteValues) => {
    setAnnouncement('');
    invite.mutate(
      {
        organizationId: values.organizationId,
        role: values.role,
        ...(values.note.trim() ? { note: values.note.trim() } : {}),
      },
      {
        onSuccess: (member) => {
          setAnnouncement(t('invite.done', { organization: member.organization.name }));
          form.reset();
        },
        onError: (error) => {
          applyServerFieldErrors(form, error, ['organizationId', 'role', 'note']);
        },
      },
    );
  };

  return (
    <form
      className="form form--inline-panel"
      noValidate
      aria-labelledby="invite-heading"
      onSubmit={(event) => void form.handleSubmit(submit)(event)}
    >
      <h3 id="invite-heading">{t('invite.heading')}</h3>
      <SelectField
        label={t('invite.organization')}
        required
        error={errors.organizationId?.message}
        options={[
          { value: '', label: t('invite.choose') },
          ...candidates.map((organization) => ({
            value: organization.id,
            label: organization.name,
          })),
        ]}
        {...form.register('organizationId')}
      />
      <SelectField
        label={t('invite.role')}
        required
        error={errors.role?.message}
        options={memberRoles.map((role) => ({ value: role, label: t(`role.${role}`) }))}
        {...form.register('role')}
      />
      <TextAreaField
        label={t('invite.note')}
        rows={2}
        error={errors.note?.message}
        {...form.register('note')}
      />
      {invite.isError ? (
        <ProblemAlert error={invite.error} hideFields={['organizationId', 'role', 'note']} />
      ) : null}
      <p role="status">{announcement}</p>
      <Button type="submit" variant="primary" disabled={invite.isPending}>
        {t('invite.submit')}
      </Button>
    </form>
  );
}
