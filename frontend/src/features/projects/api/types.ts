import type { components } from '@/lib/api/schema.gen';

type Schemas = components['schemas'];

// Short names for the generated starter-project schemas; never hand-written shapes. They live in
// the feature so that the shared type list stays small.
export type StarterProject = Schemas['StarterProject'];
export type StarterProjectInput = Schemas['StarterProjectInput'];
export type StarterProjectPage = Schemas['StarterProjectPage'];
export type StarterProjectSummary = Schemas['StarterProjectSummary'];
export type ProjectStatus = Schemas['ProjectStatus'];
export type ProjectStatusChange = Schemas['ProjectStatusChange'];
export type ProjectParty = Schemas['ProjectParty'];
export type ProjectPartyInput = Schemas['ProjectPartyInput'];
export type ProjectStatusUpdate = Schemas['ProjectStatusUpdate'];
export type ProjectStatusUpdateInput = Schemas['ProjectStatusUpdateInput'];
export type ImpactTotals = Schemas['ImpactTotals'];
export type Measure = Schemas['Measure'];
export type MeasureInput = Schemas['MeasureInput'];
export type MeasureStatus = Schemas['MeasureStatus'];
export type MeasureStep = Schemas['MeasureStep'];
export type Confidence = Schemas['Confidence'];
export type Raci = Schemas['Raci'];
export type FieldOfAction = Schemas['FieldOfAction'];
export type Sector = Schemas['Sector'];
export type Stakeholder = Schemas['Stakeholder'];
export type StrategyComponent = Schemas['StrategyComponent'];
export type Indicator = Schemas['Indicator'];
export type IndicatorContribution = Schemas['IndicatorContribution'];
