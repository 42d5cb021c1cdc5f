import { z } from 'zod';

import type { WorkshopFollowUp, WorkshopFollowUpInput } from '../api/types';

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** A follow-up as typed; checked before anything is sent. */
export const followUpFormSchema = z.object({
  title: z.string().trim().min(1, { message: 'required' }).max(500),
  owner: z.string().trim().max(200),
  dueDate: z
    .string()
    .trim()
    .min(1, { message: 'required' })
    .refine((value) => datePattern.test(value) && !Number.isNaN(Date.parse(value)), {
      message: 'date',
    }),
});

export type FollowUpFormValues = z.infer<typeof followUpFormSchema>;
export const followUpFormFields = ['title', 'owner', 'dueDate'] as const;

export function toFollowUpFormValues(followUp?: WorkshopFollowUp): FollowUpFormValues {
  return {
    title: followUp?.title ?? '',
    owner: followUp?.owner ?? '',
    dueDate: followUp?.dueDate ?? '',
  };
}

/** The request body; PUT replaces every field, so "done" is carried over from the follow-up. */
export function toFollowUpInput(
  values: z.output<typeof followUpFormSchema>,
  done: boolean,
): WorkshopFollowUpInput {
  return {
    title: values.title,
    owner: values.owner === '' ? undefined : values.owner,
    dueDate: values.dueDate,
    done,
  };
}

/** The same follow-up with "done" switched, for the checkbox. */
export function toggledInput(followUp: WorkshopFollowUp): WorkshopFollowUpInput {
  return {
    title: followUp.title,
    owner: followUp.owner,
    dueDate: followUp.dueDate,
    done: !followUp.done,
  };
}
