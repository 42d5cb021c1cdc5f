import type { components } from '@/lib/api/schema.gen';

type Schemas = components['schemas'];

export type Workshop = Schemas['Workshop'];
export type WorkshopSummary = Schemas['WorkshopSummary'];
export type WorkshopStatus = Schemas['WorkshopStatus'];
export type WorkshopAgenda = Schemas['WorkshopAgenda'];
export type WorkshopAgendaItemInput = Schemas['WorkshopAgendaItemInput'];
export type WorkshopParticipant = Schemas['WorkshopParticipant'];
export type WorkshopParticipantList = Schemas['WorkshopParticipantList'];
export type WorkshopParticipantStatus = Schemas['WorkshopParticipantStatus'];
export type WorkshopParticipantInput = Schemas['WorkshopParticipantInput'];
export type WorkshopSectorBalance = Schemas['WorkshopSectorBalance'];
export type WorkshopOutcome = Schemas['WorkshopOutcome'];
export type WorkshopOutcomeType = Schemas['WorkshopOutcomeType'];
export type WorkshopOutcomeInput = Schemas['WorkshopOutcomeInput'];
export type WorkshopOutcomeConversionInput = Schemas['WorkshopOutcomeConversionInput'];
export type OutcomeConversionKind = Schemas['OutcomeConversionKind'];
export type OutcomeConversion = Schemas['OutcomeConversion'];
