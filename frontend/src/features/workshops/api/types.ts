import type { components } from '@/lib/api/schema.gen';

type Schemas = components['schemas'];

export type Workshop = Schemas['Workshop'];
export type WorkshopSummary = Schemas['WorkshopSummary'];
export type WorkshopStatus = Schemas['WorkshopStatus'];
export type WorkshopAgenda = Schemas['WorkshopAgenda'];
export type WorkshopAgendaItemInput = Schemas['WorkshopAgendaItemInput'];
export type WorkshopInput = Schemas['WorkshopInput'];
export type WorkshopFormat = Schemas['WorkshopFormat'];
export type WorkshopPurpose = Schemas['WorkshopPurpose'];
export type WorkshopFacilitator = Schemas['WorkshopFacilitator'];
export type WorkshopFacilitatorInput = Schemas['WorkshopFacilitatorInput'];
export type WorkshopFollowUp = Schemas['WorkshopFollowUp'];
export type WorkshopFollowUpInput = Schemas['WorkshopFollowUpInput'];
export type WorkshopFollowUpList = Schemas['WorkshopFollowUpList'];
export type WorkshopOutcomeList = Schemas['WorkshopOutcomeList'];
export type Stakeholder = Schemas['Stakeholder'];
