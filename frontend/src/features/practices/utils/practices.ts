import type {
  PopulationBand,
  Practice,
  PracticeInput,
  PracticeMaturity,
  RegionType,
} from '../api/types';

export const maturities: PracticeMaturity[] = ['IDEA', 'TESTED', 'LIGHTHOUSE', 'SCALED'];
export const populationBands: PopulationBand[] = [
  'UNDER_20K',
  'FROM_20K_TO_100K',
  'FROM_100K_TO_500K',
  'OVER_500K',
];
export const regionTypes: RegionType[] = ['URBAN', 'SUBURBAN', 'RURAL', 'REGION'];
export const practiceLanguages = ['de', 'da', 'en'] as const;

export function isMaturity(value: unknown): value is PracticeMaturity {
  return typeof value === 'string' && (maturities as string[]).includes(value);
}

export function isPopulationBand(value: unknown): value is PopulationBand {
  return typeof value === 'string' && (populationBands as string[]).includes(value);
}

/** The input that writes the practice back as it is, for changes of a few fields. */
export function inputOf(practice: Practice): PracticeInput {
  return {
    title: practice.title,
    summary: practice.summary,
    context: { ...practice.context },
    problem: practice.problem,
    approach: practice.approach,
    results: { ...practice.results },
    successFactors: practice.successFactors,
    barriers: practice.barriers,
    costAndEffort: practice.costAndEffort,
    duration: practice.duration,
    transferConditions: practice.transferConditions,
    lessonsLearned: practice.lessonsLearned,
    contactOrganizationId: practice.contactOrganization?.id,
    fieldsOfAction: practice.fieldsOfAction,
    sdgTargets: practice.sdgTargets,
    maturity: practice.maturity,
    language: practice.language,
    licence: practice.licence,
    attachments: practice.attachments,
    sourceProjectId: practice.sourceProjectId,
    visibility: practice.visibility,
    externalId: practice.externalId,
  };
}
