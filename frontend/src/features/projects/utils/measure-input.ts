import type { Measure, MeasureInput } from '../api/types';

import { withoutEmpty } from './without-empty';

/**
 * The full request body for a measure as read. PUT replaces every field, so a change to one part
 * (say, ticking a step) must send all the others unchanged. Absent values stay absent.
 */
export function toMeasureInput(measure: Measure): MeasureInput {
  const input: MeasureInput = {
    title: measure.title,
    description: measure.description,
    responsible: measure.responsible,
    involved: measure.involved,
    plannedCompletion: measure.plannedCompletion,
    status: measure.status,
    cost: measure.cost,
    co2eTonnesPerYear: measure.co2eTonnesPerYear,
    co2eMethod: measure.co2eMethod,
    co2eConfidence: measure.co2eConfidence,
    renewableMwhPerYear: measure.renewableMwhPerYear,
    energyCarrierFrom: measure.energyCarrierFrom,
    energyCarrierTo: measure.energyCarrierTo,
    energyReplacedMwhPerYear: measure.energyReplacedMwhPerYear,
    materialAvoidedT: measure.materialAvoidedT,
    materialReusedT: measure.materialReusedT,
    materialRecycledT: measure.materialRecycledT,
    steps: measure.steps.map((step) => ({ title: step.title, done: step.done })),
    indicatorContributions: measure.indicatorContributions.map(({ indicatorId, value }) => ({
      indicatorId,
      value,
    })),
    externalId: measure.externalId,
  };
  return withoutEmpty(input);
}
