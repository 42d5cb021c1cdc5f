import type { components } from '@/lib/api/schema.gen';

type Schemas = components['schemas'];

export type Dashboard = Schemas['Dashboard'];
export type ImpactTotals = Schemas['ImpactTotals'];
export type ProgressStatus = Schemas['ProgressStatus'];
