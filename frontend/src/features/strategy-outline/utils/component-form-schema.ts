import { z } from 'zod';

import type { StrategyComponent, StrategyComponentInput } from '@/lib/api/types';

import { isComponentStatus, isComponentType, isContribution } from './outline-options';

const link = z.object({ code: z.string(), contribution: z.string() });
const localGoal = z.object({ name: z.string(), contribution: z.string() });

export const componentFormSchema = z.object({
  type: z.string().refine(isComponentType, { message: 'choose' }),
  title: z.string().trim().min(1, { message: 'required' }).max(200),
  description: z.string().max(4000),
  responsibleUnit: z.string().trim().max(200),
  status: z.string().refine(isComponentStatus, { message: 'choose' }),
  sdgTargets: z.array(link).max(50),
  localGoals: z.array(localGoal).max(50),
});

export type ComponentFormValues = z.input<typeof componentFormSchema>;
export type ComponentFormField = keyof ComponentFormValues;

export const componentFormFields: readonly ComponentFormField[] = [
  'type',
  'title',
  'description',
  'responsibleUnit',
  'status',
  'sdgTargets',
  'localGoals',
];

export function toComponentFormValues(component?: StrategyComponent): ComponentFormValues {
  return {
    type: component?.type ?? '',
    title: component?.title ?? '',
    description: component?.description ?? '',
    responsibleUnit: component?.responsibleUnit ?? '',
    status: component?.status ?? 'DRAFT',
    sdgTargets: component?.sdgTargets.map((target) => ({ ...target })) ?? [],
    localGoals: component?.localGoals.map((goal) => ({ ...goal })) ?? [],
  };
}

function blankToUndefined(value: string): string | undefined {
  return value === '' ? undefined : value;
}

/**
 * The request body. SDG targets are kept for goals only (the API refuses them elsewhere); local
 * goals left without a name are dropped.
 */
export function toComponentInput(
  values: ComponentFormValues,
  parentId: string | undefined,
): StrategyComponentInput {
  if (!isComponentType(values.type) || !isComponentStatus(values.status)) {
    throw new Error('The schema lets only known types and statuses pass.');
  }
  return {
    parentId,
    type: values.type,
    title: values.title,
    description: blankToUndefined(values.description.trim()),
    responsibleUnit: blankToUndefined(values.responsibleUnit),
    status: values.status,
    sdgTargets:
      values.type === 'GOAL'
        ? values.sdgTargets.flatMap((target) =>
            isContribution(target.contribution)
              ? [{ code: target.code, contribution: target.contribution }]
              : [],
          )
        : [],
    localGoals: values.localGoals.flatMap((goal) =>
      goal.name.trim() !== '' && isContribution(goal.contribution)
        ? [{ name: goal.name.trim(), contribution: goal.contribution }]
        : [],
    ),
  };
}
