import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { applyServerFieldErrors, useSchemaForm } from '@/lib/forms/schema-form';

import { useAssignAdvisor } from '../api/advisors';
import type { Network, NetworkMember } from '../api/types';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

const assignSchema = z
  .object({
    municipalityId: z.string().refine((value) => value !== '', { message: 'choose' }),
    advisorOrganizationId: z.string().refine((value) => value !== '', { message: 'choose' }),
    advisorUsername: z.string().trim().min(1).max(200).regex(/^\S+$/, { message: 'invalid' }),
    advisorName: z.string().trim().min(1).max(200),
    startsOn: z.string().regex(isoDate, { message: 'date' }),
    endsOn: z.union([z.literal(''), z.string().regex(isoDate, { message: 'date' })]),
  })
  .refine((values) => values.endsOn === '' || values.endsOn >= values.startsOn, {
    path: ['endsOn'],
    message: 'periodOrder',
  });

type AssignValues = z.infer<typeof assignSchema>;

const fields = [
  'municipalityId',
  'advisorOrganizationId',
  'advisorUsername',
  'advisorName',
  'startsOn',
  'endsOn',
] as const;

/**
 * The coordinator assigns a person of its own or of an accepted advisor organisation to an
 * accepted member municipality for a period.
 */
export function AssignAdvisorForm({
  network,
  members,
}: {
  network: Network;
  members: readonly NetworkMember[];
}) {
  const { t } = useTranslation('networks');
  const assign = useAssignAdvisor(network.id);
  const [announcement, setAnnouncement] = useState('');
  const accepted = members.filter((member) => member.status === 'ACCEPTED');
  const municipalities = accepted.filter((member) => member.role === 'MEMBER_MUNICIPALITY');
  const advisorOrganizations = [
    { value: network.coordinator.id, label: network.coordinator.name },
    ...accepted
      .filter((member) => member.role === 'ADVISOR_ORGANIZATION')
      .map((member) => ({ value: member.organization.id, label: member.organization.name })),
  ];
  const form = useSchemaForm<AssignValues>(assignSchema, {
    municipalityId: '',
    advisorOrganizationId: network.coordinator.id,
    advisorUsername: '',
    advisorName: '',
    startsOn: '',
    endsOn: '',
  });
  const { errors } = form.formState;

  const submit = (values: AssignValues) => {
    setAnnouncement('');
    assign.mutate(
      {
        municipalityId: values.municipalityId,
        advisorOrganizationId: values.advisorOrganizationId,
        advisorUsername: values.advisorUsername.trim(),
        advisorName: values.advisorName.trim(),
        startsOn: values.startsOn,
        ...(values.endsOn ? { endsOn: values.endsOn } : {}),
      },
      {
        onSuccess: (assignment) => {
          setAnnouncement(
            t('advisors.assigned', {
              advisor: assignment.advisor.displayName,
              municipality: assignment.municipality.name,
            }),
          );
          form.reset();
        },
        onError: (error) => {
          applyServerFieldErrors(form, error, fields);
        },
      },
    );
  };

  return (
    <form
      className="form form--inline-panel"
      noValidate
      aria-labelledby="assign-advisor-heading"
      onSubmit={(event) => void form.handleSubmit(submit)(event)}
    >
      <h3 id="assign-advisor-heading">{t('advisors.assignHeading')}</h3>
      <SelectField
        label={t('advisors.municipality')}
        required
        error={errors.municipalityId?.message}
        options={[
          { value: '', label: t('advisors.choose') },
          ...municipalities.map((member) => ({
            value: member.organization.id,
            label: member.organization.name,
          })),
        ]}
        {...form.register('municipalityId')}
      />
      <SelectField
        label={t('advisors.advisorOrganization')}
        required
        error={errors.advisorOrganizationId?.message}
        options={advisorOrganizations}
        {...form.register('advisorOrganizationId')}
      />
      <TextField
        label={t('advisors.username')}
        hint={t('advisors.usernameHint')}
        required
        autoComplete="off"
        error={errors.advisorUsername?.message}
        {...form.register('advisorUsername')}
      />
      <TextField
        label={t('advisors.name')}
        required
        error={errors.advisorName?.message}
        {...form.register('advisorName')}
      />
      <TextField
        type="date"
        label={t('advisors.startsOn')}
        required
        error={errors.startsOn?.message}
        {...form.register('startsOn')}
      />
      <TextField
        type="date"
        label={t('advisors.endsOn')}
        error={errors.endsOn?.message}
        {...form.register('endsOn')}
      />
      {assign.isError ? <ProblemAlert error={assign.error} hideFields={fields} /> : null}
      <p role="status">{announcement}</p>
      <Button type="submit" variant="primary" disabled={assign.isPending}>
        {t('advisors.assign')}
      </Button>
    </form>
  );
}
