import { z } from 'zod';

import type { Stakeholder, StakeholderInput, Visibility } from '@/lib/api/types';
import { isSector, visibilities } from '@/lib/vocabulary/vocabulary';

const websitePattern = /^https?:\/\/\S+$/;

/** What the form holds: strings as typed, checked before anything is sent. */
export const stakeholderFormSchema = z.object({
  organizationId: z.string(),
  name: z.string().trim().min(1, { message: 'required' }).max(200),
  sector: z.string().refine(isSector, { message: 'choose' }),
  fieldsOfAction: z.array(z.string()).max(20),
  website: z
    .string()
    .trim()
    .max(500)
    .refine((value) => value === '' || websitePattern.test(value), { message: 'url' }),
  description: z.string().max(4000),
  visibility: z.enum(visibilities as [Visibility, ...Visibility[]]),
  externalId: z.string().trim().max(200),
});

export type StakeholderFormValues = z.input<typeof stakeholderFormSchema>;
export type StakeholderFormField = keyof StakeholderFormValues;

export const stakeholderFormFields: readonly StakeholderFormField[] = [
  'organizationId',
  'name',
  'sector',
  'fieldsOfAction',
  'website',
  'description',
  'visibility',
  'externalId',
];

export function toFormValues(
  stakeholder: Stakeholder | undefined,
  organizationId = '',
): StakeholderFormValues {
  return {
    // The owner is chosen on create only; an update never sends it.
    organizationId: stakeholder ? '' : organizationId,
    name: stakeholder?.name ?? '',
    sector: stakeholder?.sector ?? '',
    // Custom codes stay: the form offers the owner's own fields beside the built-ins.
    fieldsOfAction: stakeholder?.fieldsOfAction ?? [],
    website: stakeholder?.website ?? '',
    description: stakeholder?.description ?? '',
    visibility: stakeholder?.visibility ?? 'PRIVATE',
    externalId: stakeholder?.externalId ?? '',
  };
}

function blankToUndefined(value: string): string | undefined {
  return value === '' ? undefined : value;
}

/**
 * The request body, from values that passed {@link stakeholderFormSchema}. Empty fields are left
 * out: PUT is a full update, and the API empties fields that are absent.
 */
export function toStakeholderInput(values: StakeholderFormValues): StakeholderInput {
  if (!isSector(values.sector)) {
    throw new Error('The schema lets only sectors pass.');
  }
  return {
    organizationId: blankToUndefined(values.organizationId),
    name: values.name,
    sector: values.sector,
    fieldsOfAction: values.fieldsOfAction,
    website: blankToUndefined(values.website),
    description: blankToUndefined(values.description.trim()),
    visibility: values.visibility,
    externalId: blankToUndefined(values.externalId),
  };
}
