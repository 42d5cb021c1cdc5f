import { describe, expect, it } from 'vitest';

import { fieldMessagesOf } from '@/lib/forms/validation';
import { makeStrategy } from '@/testing/fixtures';

import { strategyFormSchema, toFormValues, toStrategyInput } from './strategy-form-schema';

function errorsFor(values: Partial<ReturnType<typeof toFormValues>>) {
  const parsed = strategyFormSchema.safeParse({ ...toFormValues(undefined, 'org-1'), ...values });
  return parsed.success ? {} : fieldMessagesOf(parsed.error);
}

describe('strategy form schema', () => {
  it('requiresATitleThatIsNotOnlyWhitespace', () => {
    expect(errorsFor({ title: '   ' })).toEqual({ title: { key: 'required' } });
  });

  it('limitsTheTitleTo200Characters', () => {
    expect(errorsFor({ title: 'x'.repeat(201) })).toEqual({
      title: { key: 'tooLong', values: { max: 200 } },
    });
  });

  it('acceptsOnlyFourDigitYearsInTheRangeTheApiAccepts', () => {
    expect(errorsFor({ title: 'T', periodFrom: '25' })).toEqual({ periodFrom: { key: 'year' } });
    expect(errorsFor({ title: 'T', periodTo: '2101' })).toEqual({
      periodTo: { key: 'yearRange', values: { min: 1990, max: 2100 } },
    });
  });

  it('rejectsAPeriodThatEndsBeforeItStarts', () => {
    expect(errorsFor({ title: 'T', periodFrom: '2030', periodTo: '2025' })).toEqual({
      periodTo: { key: 'periodOrder' },
    });
  });

  it('leavesEmptyFieldsOutOfTheRequest', () => {
    const parsed = strategyFormSchema.parse({
      ...toFormValues(undefined, ''),
      title: '  Kreislauf  ',
      summary: '  ',
    });

    expect(toStrategyInput(parsed)).toEqual({ title: 'Kreislauf', visibility: 'PRIVATE' });
  });

  it('roundTripsAStrategy', () => {
    const strategy = makeStrategy({ externalId: 'ris-1', visibility: 'NETWORK' });

    const input = toStrategyInput(strategyFormSchema.parse(toFormValues(strategy)));

    expect(input).toEqual({
      organizationId: strategy.organizationId,
      title: strategy.title,
      summary: strategy.summary,
      periodFrom: 2025,
      periodTo: 2030,
      visibility: 'NETWORK',
      externalId: 'ris-1',
    });
  });
});
