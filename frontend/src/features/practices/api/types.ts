import type { components } from '@/lib/api/schema.gen';

type Schemas = components['schemas'];

export type Practice = Schemas['Practice'];
export type PracticeInput = Schemas['PracticeInput'];
export type PracticePage = Schemas['PracticePage'];
export type PracticeSummary = Schemas['PracticeSummary'];
export type PracticeFacets = Schemas['PracticeFacets'];
export type FacetValue = Schemas['FacetValue'];
export type PracticeMaturity = Schemas['PracticeMaturity'];
export type PracticeStatus = Schemas['PracticeStatus'];
export type PopulationBand = Schemas['PopulationBand'];
export type RegionType = Schemas['RegionType'];
export type PracticeAdoption = Schemas['PracticeAdoption'];
export type PracticeAdoptionPage = Schemas['PracticeAdoptionPage'];
export type AdoptionFeedbackInput = Schemas['AdoptionFeedbackInput'];
export type PracticeComment = Schemas['PracticeComment'];
export type PracticeCommentPage = Schemas['PracticeCommentPage'];
export type PracticeCommentKind = Schemas['PracticeCommentKind'];
