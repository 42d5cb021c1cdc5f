import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { Button } from '@/components/ui/button';
import { ConflictAlert } from '@/components/ui/conflict-alert';
import { SelectField, TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { isConflict } from '@/lib/api/errors';
import type { Organization } from '@/lib/api/types';
import { applyServerFieldErrors, useSchemaForm } from '@/lib/forms/schema-form';
import { useOrganizationProjects, useOrganizationStrategies } from '@/lib/registers/registers';

import {
  useRecordDecision,
  useUpdateDecision,
  type CouncilDecision,
  type CouncilDecisionInput,
} from '../api/anchoring';

const visibilities = ['PRIVATE', 'NETWORK', 'PUBLIC'] as const;

const decisionSchema = z.object({
  organizationId: z.string().refine((value) => value !== '', { message: 'choose' }),
  body: z.string().trim().min(1).max(200),
  decidedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date' }),
  reference: z.string().trim().min(1).max(200),
  subject: z.string().trim().min(1).max(500),
  link: z.union([
    z.literal(''),
    z
      .string()
      .max(500)
      .regex(/^https?:\/\/\S+$/, { message: 'url' }),
  ]),
  visibility: z.enum(visibilities),
  strategyId: z.string(),
  projectId: z.string(),
});

type DecisionValues = z.infer<typeof decisionSchema>;

const fields = [
  'organizationId',
  'body',
  'decidedOn',
  'reference',
  'subject',
  'link',
  'visibility',
  'strategyId',
  'projectId',
] as const;

function valuesOf(
  decision: CouncilDecision | undefined,
  organizations: readonly Organization[],
): DecisionValues {
  if (decision) {
    return {
      organizationId: decision.organizationId,
      body: decision.body,
      decidedOn: decision.decidedOn,
      reference: decision.reference,
      subject: decision.subject,
      link: decision.link ?? '',
      visibility: decision.visibility,
      strategyId: decision.strategyId ?? '',
      projectId: decision.projectId ?? '',
    };
  }
  return {
    organizationId: organizations.length === 1 ? (organizations[0]?.id ?? '') : '',
    body: '',
    decidedOn: '',
    reference: '',
    subject: '',
    link: '',
    visibility: 'PRIVATE',
    strategyId: '',
    projectId: '',
  };
}

/** The input to send; a change keeps what this form does not show (its external id). */
function inputOf(
  values: DecisionValues,
  decision: CouncilDecision | undefined,
): CouncilDecisionInput {
  return {
    organizationId: values.organizationId,
    body: values.body.trim(),
    decidedOn: values.decidedOn,
    reference: values.reference.trim(),
    subject: values.subject.trim(),
    ...(values.link ? { link: values.link } : {}),
    visibility: values.visibility,
    ...(values.strategyId ? { strategyId: values.strategyId } : {}),
    ...(values.projectId ? { projectId: values.projectId } : {}),
    ...(decision?.externalId ? { externalId: decision.externalId } : {}),
  };
}

interface Choice {
  value: string;
  label: string;
}

/**
 * The choices of a link select. The stored link stays a choice while the register loads (or when
 * the caller cannot read it), so that saving never drops it unnoticed.
 */
function linkChoices(loaded: readonly Choice[], stored: string | undefined, storedLabel: string) {
  const missing = stored && !loaded.some((choice) => choice.value === stored);
  return missing ? [{ value: stored, label: storedLabel }, ...loaded] : loaded;
}

interface DecisionFormProps {
  organizations: readonly Organization[];
  /** The decision to change; without it the form records a new one. */
  decision?: CouncilDecision;
  /** After a change was saved (with the saved decision) or when the editor steps back (null). */
  onClose?: (saved: CouncilDecision | null) => void;
  /** After a 412: read the decisions again (the edit is discarded). */
  onReload?: () => void;
}

/** An editor records a decision of their municipality's council or one of its committees, or changes one. */
export function DecisionForm({ organizations, decision, onClose, onReload }: DecisionFormProps) {
  const { t } = useTranslation('anchoring');
  const { t: tc } = useTranslation();
  const record = useRecordDecision();
  const update = useUpdateDecision();
  const save = decision ? update : record;
  const conflict = isConflict(save.error);
  const [announcement, setAnnouncement] = useState('');
  const form = useSchemaForm<DecisionValues>(decisionSchema, valuesOf(decision, organizations));
  const { errors } = form.formState;
  const organizationId = form.watch('organizationId');
  const strategies = useOrganizationStrategies(organizationId);
  const projects = useOrganizationProjects(organizationId);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = decision ? `decision-edit-${decision.id}` : 'decision-form-heading';

  useEffect(() => {
    if (decision) {
      headingRef.current?.focus();
    }
  }, [decision]);

  const onError = (error: unknown) => {
    applyServerFieldErrors(form, error, fields);
  };
  const submit = (values: DecisionValues) => {
    setAnnouncement('');
    if (decision) {
      update.mutate(
        { decision, input: inputOf(values, decision) },
        {
          onSuccess: (saved) => {
            onClose?.(saved);
          },
          onError,
        },
      );
      return;
    }
    record.mutate(inputOf(values, undefined), {
      onSuccess: (recorded) => {
        setAnnouncement(t('decisions.recorded', { reference: recorded.reference }));
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
      <h3 id={headingId} ref={headingRef} tabIndex={decision ? -1 : undefined}>
        {decision
          ? t('decisions.editHeading', { reference: decision.reference })
          : t('decisions.addHeading')}
      </h3>
      {organizations.length > 1 && !decision ? (
        <SelectField
          label={t('organization')}
          required
          error={errors.organizationId?.message}
          options={[
            { value: '', label: t('chooseOrganization') },
            ...organizations.map((o) => ({ value: o.id, label: o.name })),
          ]}
          {...form.register('organizationId')}
        />
      ) : null}
      <TextField
        label={t('decisions.body')}
        hint={t('decisions.bodyHint')}
        required
        error={errors.body?.message}
        {...form.register('body')}
      />
      <TextField
        type="date"
        label={t('decisions.decidedOn')}
        required
        error={errors.decidedOn?.message}
        {...form.register('decidedOn')}
      />
      <TextField
        label={t('decisions.reference')}
        required
        error={errors.reference?.message}
        {...form.register('reference')}
      />
      <TextField
        label={t('decisions.subject')}
        required
        error={errors.subject?.message}
        {...form.register('subject')}
      />
      <TextField
        type="url"
        label={t('decisions.link')}
        error={errors.link?.message}
        {...form.register('link')}
      />
      <SelectField
        label={t('decisions.strategy')}
        error={errors.strategyId?.message}
        options={[
          { value: '', label: t('decisions.noLink') },
          ...linkChoices(
            (strategies.data ?? []).map((s) => ({ value: s.id, label: s.title })),
            decision?.strategyId,
            t('decisions.linkedRecord'),
          ),
        ]}
        {...form.register('strategyId')}
      />
      <SelectField
        label={t('decisions.project')}
        error={errors.projectId?.message}
        options={[
          { value: '', label: t('decisions.noLink') },
          ...linkChoices(
            (projects.data ?? []).map((p) => ({ value: p.id, label: p.title })),
            decision?.projectId,
            t('decisions.linkedRecord'),
          ),
        ]}
        {...form.register('projectId')}
      />
      <SelectField
        label={t('visibility')}
        error={errors.visibility?.message}
        options={visibilities.map((v) => ({ value: v, label: tc(`visibility.${v}`) }))}
        {...form.register('visibility')}
      />
      {conflict ? (
        <ConflictAlert
          title={t('decisions.conflictTitle')}
          message={t('decisions.conflict')}
          onReload={() => {
            save.reset();
            onReload?.();
          }}
        />
      ) : null}
      {save.isError && !conflict ? <ProblemAlert error={save.error} hideFields={fields} /> : null}
      {decision ? null : <p role="status">{announcement}</p>}
      <div className="button-row">
        <Button type="submit" variant="primary" disabled={save.isPending}>
          {decision ? t('saveChanges') : t('decisions.add')}
        </Button>
        {decision ? (
          <Button
            onClick={() => {
              onClose?.(null);
            }}
          >
            {t('cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
