import type { components } from './schema.gen';

type Schemas = components['schemas'];

export type Strategy = Schemas['Strategy'];
export type StrategyInput = Schemas['StrategyInput'];
export type StrategyPage = Schemas['StrategyPage'];
export type StrategyStatusChange = Schemas['StrategyStatusChange'];
export type StrategyStatus = Strategy['status'];
export type Visibility = Strategy['visibility'];
export type Adoption = NonNullable<Strategy['adoption']>;
export type Me = Schemas['Me'];
export type Membership = Schemas['Membership'];
export type MembershipRole = Membership['role'];
export type Organization = Schemas['Organization'];
export type Problem = Schemas['Problem'];
export type FieldError = Schemas['FieldError'];
