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
