import type { components } from '@/lib/api/schema.gen';

type Schemas = components['schemas'];

export type Workshop = Schemas['Workshop'];
export type WorkshopSummary = Schemas['WorkshopSummary'];
export type WorkshopStatus = Schemas['WorkshopStatus'];
export type WorkshopAgenda = Schemas['WorkshopAgenda'];
export type WorkshopAgendaItemInput = Schemas['WorkshopAgendaItemInput'];
