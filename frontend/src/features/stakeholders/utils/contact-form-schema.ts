import { z } from 'zod';

import type { StakeholderContact, StakeholderContactInput } from '@/lib/api/types';

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const phonePattern = /^[+0-9 ()/-]*$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

function isDate(value: string): boolean {
  return datePattern.test(value) && !Number.isNaN(Date.parse(value));
}

export const contactFormSchema = z
  .object({
    name: z.string().trim().min(1, { message: 'required' }).max(200),
    role: z.string().trim().max(200),
    email: z
      .string()
      .trim()
      .max(320)
      .refine((value) => value === '' || emailPattern.test(value), { message: 'email' }),
    phone: z
      .string()
      .trim()
      .max(50)
      .refine((value) => phonePattern.test(value), { message: 'phone' }),
    consentGiven: z.boolean(),
    consentDate: z.string().trim(),
  })
  .superRefine((values, context) => {
    // Consent is recorded with its date (contract: "consent needs its date").
    if (values.consentGiven && values.consentDate === '') {
      context.addIssue({ code: 'custom', path: ['consentDate'], message: 'consentDate' });
    } else if (values.consentGiven && !isDate(values.consentDate)) {
      context.addIssue({ code: 'custom', path: ['consentDate'], message: 'date' });
    }
  });

export type ContactFormValues = z.input<typeof contactFormSchema>;
export type ContactFormField = keyof ContactFormValues;

export const contactFormFields: readonly ContactFormField[] = [
  'name',
  'role',
  'email',
  'phone',
  'consentGiven',
  'consentDate',
];

export function toContactFormValues(contact?: StakeholderContact): ContactFormValues {
  return {
    name: contact?.name ?? '',
    role: contact?.role ?? '',
    email: contact?.email ?? '',
    phone: contact?.phone ?? '',
    consentGiven: contact?.consentGiven ?? false,
    consentDate: contact?.consentDate ?? '',
  };
}

function blankToUndefined(value: string): string | undefined {
  return value === '' ? undefined : value;
}

/** Without consent no consent date is kept. */
export function toContactInput(
  values: z.output<typeof contactFormSchema>,
): StakeholderContactInput {
  return {
    name: values.name,
    role: blankToUndefined(values.role),
    email: blankToUndefined(values.email),
    phone: blankToUndefined(values.phone),
    consentGiven: values.consentGiven,
    consentDate: values.consentGiven ? values.consentDate : undefined,
  };
}
