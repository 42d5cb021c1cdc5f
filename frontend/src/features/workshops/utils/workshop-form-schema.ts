import { z } from 'zod';

import type { Visibility } from '@/lib/api/types';
import {
  browserTimeZone,
  fromLocalInput,
  isLocalInput,
  toLocalInput,
} from '@/lib/i18n/municipal-time';
import { visibilities } from '@/lib/vocabulary/vocabulary';

import type {
  Workshop,
  WorkshopFormat,
  WorkshopInput,
  WorkshopPurpose,
  WorkshopStatus,
} from '../api/types';

import { workshopStatuses } from './workshops';

export const workshopPurposes: readonly WorkshopPurpose[] = [
  'KICK_OFF',
  'STATUS_QUO',
  'VISION',
  'PROJECT_DEVELOPMENT',
  'REVIEW',
  'PEER_EXCHANGE',
];
export const workshopFormats: readonly WorkshopFormat[] = ['IN_PERSON', 'ONLINE', 'HYBRID'];

// Limits of WorkshopInput in the contract.
export const CAPACITY_MIN = 1;
export const CAPACITY_MAX = 1000;
export const MAX_FACILITATORS = 20;

/** IN_PERSON needs a place, ONLINE an online link, HYBRID both (WorkshopFormat). */
export function needsPlace(format: WorkshopFormat): boolean {
  return format !== 'ONLINE';
}

export function needsOnlineLink(format: WorkshopFormat): boolean {
  return format !== 'IN_PERSON';
}

let rowCounter = 0;
export function newRowKey(): string {
  rowCounter += 1;
  return `facilitator-${String(rowCounter)}`;
}

const facilitatorSchema = z
  .object({
    key: z.string(),
    kind: z.enum(['stakeholder', 'organization']),
    stakeholderId: z.string(),
    organizationName: z.string().trim().max(200),
    role: z.string().trim().max(200),
  })
  .superRefine((row, context) => {
    if (row.kind === 'stakeholder' && row.stakeholderId === '') {
      context.addIssue({ code: 'custom', path: ['stakeholderId'], message: 'stakeholder' });
    }
    if (row.kind === 'organization' && row.organizationName === '') {
      context.addIssue({ code: 'custom', path: ['organizationName'], message: 'required' });
    }
  });

/** What the form holds: strings as typed, parsed and checked before anything is sent. */
export const workshopFormSchema = z
  .object({
    organizationId: z.string(),
    strategyId: z.string(),
    title: z.string().trim().min(1, { message: 'required' }).max(200),
    purpose: z.enum(workshopPurposes as [WorkshopPurpose, ...WorkshopPurpose[]]),
    format: z.enum(workshopFormats as [WorkshopFormat, ...WorkshopFormat[]]),
    startsAt: z
      .string()
      .trim()
      .min(1, { message: 'required' })
      .refine(isLocalInput, { message: 'dateTime' }),
    endsAt: z
      .string()
      .trim()
      .min(1, { message: 'required' })
      .refine(isLocalInput, { message: 'dateTime' }),
    place: z.string().trim().max(300),
    onlineLink: z
      .string()
      .trim()
      .max(500)
      .refine((value) => value === '' || /^https?:\/\/\S+$/.test(value), { message: 'url' }),
    capacity: z
      .string()
      .trim()
      .min(1, { message: 'required' })
      .refine(
        (value) =>
          /^\d+$/.test(value) && Number(value) >= CAPACITY_MIN && Number(value) <= CAPACITY_MAX,
        { message: 'capacity' },
      ),
    status: z.enum(workshopStatuses as [WorkshopStatus, ...WorkshopStatus[]]),
    facilitators: z.array(facilitatorSchema).max(MAX_FACILITATORS),
    minutes: z.string().max(20000),
    visibility: z.enum(visibilities as [Visibility, ...Visibility[]]),
    externalId: z.string().trim().max(200),
  })
  .superRefine((values, context) => {
    if (needsPlace(values.format) && values.place === '') {
      context.addIssue({ code: 'custom', path: ['place'], message: 'place' });
    }
    if (needsOnlineLink(values.format) && values.onlineLink === '') {
      context.addIssue({ code: 'custom', path: ['onlineLink'], message: 'onlineLink' });
    }
    // Both are wall-clock times on the same clock, so they compare as written ("2026-03-10T09:00").
    if (
      isLocalInput(values.startsAt) &&
      isLocalInput(values.endsAt) &&
      values.endsAt <= values.startsAt
    ) {
      context.addIssue({ code: 'custom', path: ['endsAt'], message: 'endOrder' });
    }
  });

export type WorkshopFormValues = z.input<typeof workshopFormSchema>;
export type FacilitatorRow = WorkshopFormValues['facilitators'][number];

/** Top-level fields, which server field errors are matched against. */
export const workshopFormFields: readonly string[] = [
  'organizationId',
  'strategyId',
  'title',
  'purpose',
  'format',
  'startsAt',
  'endsAt',
  'place',
  'onlineLink',
  'capacity',
  'status',
  'facilitators',
  'minutes',
  'visibility',
  'externalId',
];

export function toFormValues(
  workshop: Workshop | undefined,
  organizationId = '',
): WorkshopFormValues {
  return {
    organizationId: workshop?.organizationId ?? organizationId,
    strategyId: workshop?.strategyId ?? '',
    title: workshop?.title ?? '',
    purpose: workshop?.purpose ?? 'KICK_OFF',
    format: workshop?.format ?? 'IN_PERSON',
    startsAt: toLocalInput(workshop?.startsAt, workshop?.timeZone ?? browserTimeZone()),
    endsAt: toLocalInput(workshop?.endsAt, workshop?.timeZone ?? browserTimeZone()),
    place: workshop?.place ?? '',
    onlineLink: workshop?.onlineLink ?? '',
    capacity: workshop ? String(workshop.capacity) : '30',
    status: workshop?.status ?? 'PLANNED',
    facilitators: (workshop?.facilitators ?? []).map((facilitator) => ({
      key: newRowKey(),
      kind: facilitator.stakeholder ? 'stakeholder' : 'organization',
      stakeholderId: facilitator.stakeholder?.id ?? '',
      organizationName: facilitator.organizationName ?? '',
      role: facilitator.role ?? '',
    })),
    minutes: workshop?.minutes ?? '',
    visibility: workshop?.visibility ?? 'PRIVATE',
    externalId: workshop?.externalId ?? '',
  };
}

function blankToUndefined(value: string): string | undefined {
  return value === '' ? undefined : value;
}

/**
 * The request body, from values that passed {@link workshopFormSchema}. Empty fields are left out:
 * PUT is a full update, and the API empties fields that are absent. A place or link the format
 * does not use is not sent either.
 */
export function toWorkshopInput(
  values: z.output<typeof workshopFormSchema>,
  creating: boolean,
  timeZone: string,
): WorkshopInput {
  return {
    // The owner is chosen once; the API ignores it on update.
    organizationId: creating ? blankToUndefined(values.organizationId) : undefined,
    strategyId: blankToUndefined(values.strategyId),
    title: values.title,
    purpose: values.purpose,
    format: values.format,
    startsAt: fromLocalInput(values.startsAt, timeZone) ?? values.startsAt,
    endsAt: fromLocalInput(values.endsAt, timeZone) ?? values.endsAt,
    place: needsPlace(values.format) ? blankToUndefined(values.place) : undefined,
    onlineLink: needsOnlineLink(values.format) ? blankToUndefined(values.onlineLink) : undefined,
    capacity: Number(values.capacity),
    status: values.status,
    facilitators: values.facilitators.map((row) =>
      row.kind === 'stakeholder'
        ? { stakeholderId: row.stakeholderId, role: blankToUndefined(row.role) }
        : { organizationName: row.organizationName, role: blankToUndefined(row.role) },
    ),
    minutes: blankToUndefined(values.minutes.trim()),
    visibility: values.visibility,
    externalId: blankToUndefined(values.externalId),
  };
}
