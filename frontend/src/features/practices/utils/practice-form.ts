import { z } from 'zod';

import type { Practice, PracticeInput } from '../api/types';

import { inputOf, maturities, populationBands, practiceLanguages, regionTypes } from './practices';

const text = (max: number) => z.string().trim().max(max);
const figure = z
  .string()
  .trim()
  .refine((value) => value === '' || (Number.isFinite(Number(value)) && Number(value) >= 0), {
    message: 'number',
  });

export const practiceFormSchema = z.object({
  title: z.string().trim().min(1).max(200),
  summary: text(4000),
  municipality: text(200),
  country: z
    .string()
    .trim()
    .refine((value) => value === '' || /^[A-Z]{2}$/.test(value), { message: 'invalid' }),
  populationBand: z.enum(['', ...populationBands]),
  regionType: z.enum(['', ...regionTypes]),
  problem: text(8000),
  approach: text(8000),
  results: text(8000),
  co2eTonnesPerYear: figure,
  renewableMwhPerYear: figure,
  materialTonnesPerYear: figure,
  basis: z.enum(['', 'MEASURED', 'ESTIMATED']),
  successFactors: text(4000),
  barriers: text(4000),
  costAndEffort: text(2000),
  duration: text(200),
  transferConditions: text(4000),
  lessonsLearned: text(4000),
  maturity: z.enum(maturities),
  language: z.enum(practiceLanguages),
  licence: text(40),
  visibility: z.enum(['PRIVATE', 'NETWORK', 'PUBLIC']),
});

export type PracticeFormValues = z.infer<typeof practiceFormSchema>;

export const practiceFormFields = [
  'title',
  'summary',
  'municipality',
  'country',
  'populationBand',
  'regionType',
  'problem',
  'approach',
  'results',
  'co2eTonnesPerYear',
  'renewableMwhPerYear',
  'materialTonnesPerYear',
  'basis',
  'successFactors',
  'barriers',
  'costAndEffort',
  'duration',
  'transferConditions',
  'lessonsLearned',
  'maturity',
  'language',
  'licence',
  'visibility',
] as const satisfies readonly (keyof PracticeFormValues)[];

const asText = (value: number | undefined) => (value === undefined ? '' : String(value));
const orUndefined = (value: string) => (value === '' ? undefined : value);
const asNumber = (value: string) => (value === '' ? undefined : Number(value));

function isLanguage(value: string): value is PracticeFormValues['language'] {
  return (practiceLanguages as readonly string[]).includes(value);
}

export function toFormValues(practice: Practice): PracticeFormValues {
  return {
    title: practice.title,
    summary: practice.summary ?? '',
    municipality: practice.context.municipality ?? '',
    country: practice.context.country ?? '',
    populationBand: practice.context.populationBand ?? '',
    regionType: practice.context.regionType ?? '',
    problem: practice.problem ?? '',
    approach: practice.approach ?? '',
    results: practice.results.text ?? '',
    co2eTonnesPerYear: asText(practice.results.co2eTonnesPerYear),
    renewableMwhPerYear: asText(practice.results.renewableMwhPerYear),
    materialTonnesPerYear: asText(practice.results.materialTonnesPerYear),
    basis: practice.results.basis ?? '',
    successFactors: practice.successFactors ?? '',
    barriers: practice.barriers ?? '',
    costAndEffort: practice.costAndEffort ?? '',
    duration: practice.duration ?? '',
    transferConditions: practice.transferConditions ?? '',
    lessonsLearned: practice.lessonsLearned ?? '',
    maturity: practice.maturity,
    language: isLanguage(practice.language) ? practice.language : 'de',
    licence: practice.licence,
    visibility: practice.visibility,
  };
}

/** The edited fields over what the form does not show (fields of action, SDG targets, links). */
export function toInput(practice: Practice, values: PracticeFormValues): PracticeInput {
  return {
    ...inputOf(practice),
    title: values.title,
    summary: orUndefined(values.summary),
    context: {
      municipality: orUndefined(values.municipality),
      country: orUndefined(values.country),
      populationBand: values.populationBand === '' ? undefined : values.populationBand,
      regionType: values.regionType === '' ? undefined : values.regionType,
    },
    problem: orUndefined(values.problem),
    approach: orUndefined(values.approach),
    results: {
      text: orUndefined(values.results),
      co2eTonnesPerYear: asNumber(values.co2eTonnesPerYear),
      renewableMwhPerYear: asNumber(values.renewableMwhPerYear),
      materialTonnesPerYear: asNumber(values.materialTonnesPerYear),
      basis: values.basis === '' ? undefined : values.basis,
    },
    successFactors: orUndefined(values.successFactors),
    barriers: orUndefined(values.barriers),
    costAndEffort: orUndefined(values.costAndEffort),
    duration: orUndefined(values.duration),
    transferConditions: orUndefined(values.transferConditions),
    lessonsLearned: orUndefined(values.lessonsLearned),
    maturity: values.maturity,
    language: values.language,
    licence: orUndefined(values.licence),
    visibility: values.visibility,
  };
}
