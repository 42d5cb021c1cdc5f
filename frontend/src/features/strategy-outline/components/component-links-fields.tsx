import { Controller, type UseFormReturn } from 'react-hook-form';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { messageIn } from '@/lib/forms/schema-form-errors';

import { useSdgs } from '../api/get-sdgs';
import type { ComponentFormValues } from '../utils/component-form-schema';

import { LocalGoalsEditor } from './local-goals-editor';
import { SdgPicker } from './sdg-picker';

interface ComponentLinksFieldsProps {
  form: UseFormReturn<ComponentFormValues, unknown, ComponentFormValues>;
  /** SDG targets are offered for goals only. */
  isGoal: boolean;
}

/** What a component contributes to: SDG targets (goals only) and local goals. */
export function ComponentLinksFields({ form, isGoal }: ComponentLinksFieldsProps) {
  const sdgs = useSdgs(isGoal);
  const { errors } = form.formState;
  return (
    <>
      {isGoal ? (
        sdgs.isSuccess ? (
          <Controller
            control={form.control}
            name="sdgTargets"
            render={({ field }) => (
              <SdgPicker
                sdgs={sdgs.data}
                value={field.value}
                onChange={field.onChange}
                error={messageIn(errors, 'sdgTargets')}
              />
            )}
          />
        ) : sdgs.isError ? (
          <ProblemAlert error={sdgs.error} />
        ) : (
          <Loading />
        )
      ) : null}
      <Controller
        control={form.control}
        name="localGoals"
        render={({ field }) => (
          <LocalGoalsEditor
            value={field.value}
            onChange={field.onChange}
            error={messageIn(errors, 'localGoals')}
          />
        )}
      />
    </>
  );
}
