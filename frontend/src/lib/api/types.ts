import type { components } from './schema.gen';

type Schemas = components['schemas'];

// Short names for the generated schemas; never hand-written shapes.
export type Strategy = Schemas['Strategy'];
export type StrategyPage = Schemas['StrategyPage'];
export type StrategyInput = Schemas['StrategyInput'];
export type StrategyStatusChange = Schemas['StrategyStatusChange'];
export type StrategyStatus = Schemas['StrategyStatus'];
export type Visibility = Schemas['Visibility'];
export type Adoption = Schemas['Adoption'];
export type Me = Schemas['Me'];
export type Membership = Schemas['Membership'];
export type MembershipRole = Schemas['Role'];
export type Organization = Schemas['Organization'];
export type Problem = Schemas['Problem'];
export type FieldError = Schemas['FieldError'];
export type Sector = Schemas['Sector'];
export type FieldOfAction = Schemas['FieldOfAction'];
export type Stakeholder = Schemas['Stakeholder'];
export type StakeholderInput = Schemas['StakeholderInput'];
export type StakeholderPage = Schemas['StakeholderPage'];
export type StakeholderSummary = Schemas['StakeholderSummary'];
export type StakeholderContact = Schemas['StakeholderContact'];
export type StakeholderContactInput = Schemas['StakeholderContactInput'];
export type StakeholderImportReport = Schemas['StakeholderImportReport'];
export type StakeholderAnalysis = Schemas['StakeholderAnalysis'];
export type StakeholderAnalysisInput = Schemas['StakeholderAnalysisInput'];
export type StakeholderAnalysisPage = Schemas['StakeholderAnalysisPage'];
export type AnalysisMethod = Schemas['AnalysisMethod'];
export type AnalysisStatus = Schemas['AnalysisStatus'];
export type StakeholderRating = Schemas['StakeholderRating'];
export type StakeholderRatingInput = Schemas['StakeholderRatingInput'];
export type StakeholderRatingList = Schemas['StakeholderRatingList'];
export type PreviousRating = Schemas['PreviousRating'];
export type Quadrant = Schemas['Quadrant'];
export type Engagement = Schemas['Engagement'];
