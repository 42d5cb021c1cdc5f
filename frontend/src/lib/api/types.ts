import type { components } from './schema.gen';

type Schemas = components['schemas'];

/**
 * The generated response schemas mark no property as required, yet the API always sends some of
 * them (ids, titles, versions). `Present` makes those keys required in the type; the matching
 * runtime check is {@link requirePresent}, applied where a response enters the app.
 */
type Present<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };

export type Organization = Present<Schemas['Organization'], 'id' | 'name'>;
export type MembershipRole = NonNullable<Schemas['Membership']['role']>;
export type Membership = Omit<Schemas['Membership'], 'organization' | 'role'> & {
  organization: Organization;
  role: MembershipRole;
};
export type Me = Omit<Present<Schemas['Me'], 'displayName'>, 'memberships'> & {
  memberships: Membership[];
};

export type Strategy = Present<
  Schemas['Strategy'],
  | 'id'
  | 'organizationId'
  | 'title'
  | 'status'
  | 'visibility'
  | 'version'
  | 'createdAt'
  | 'updatedAt'
>;
export type StrategyPage = Omit<Schemas['StrategyPage'], 'items'> & { items: Strategy[] };
export type StrategyInput = Schemas['StrategyInput'];
export type StrategyStatusChange = Schemas['StrategyStatusChange'];
export type StrategyStatus = Strategy['status'];
export type Visibility = Strategy['visibility'];
export type Adoption = Schemas['Adoption'];
export type Problem = Schemas['Problem'];
export type FieldError = Schemas['FieldError'];

/** Thrown when a response lacks what the API always sends: a contract break, not a user error. */
export class ContractViolation extends Error {
  constructor(what: string, key: string) {
    super(`API response ${what} lacks "${key}"`);
    this.name = 'ContractViolation';
  }
}

export function requirePresent<T extends object, K extends keyof T>(
  value: T,
  keys: readonly K[],
  what: string,
): Present<T, K> {
  for (const key of keys) {
    if (value[key] === undefined || value[key] === null) {
      throw new ContractViolation(what, String(key));
    }
  }
  return value as Present<T, K>;
}

const strategyKeys = [
  'id',
  'organizationId',
  'title',
  'status',
  'visibility',
  'version',
  'createdAt',
  'updatedAt',
] as const;

export function toStrategy(raw: Schemas['Strategy']): Strategy {
  return requirePresent(raw, strategyKeys, 'Strategy');
}

export function toStrategyPage(raw: Schemas['StrategyPage']): StrategyPage {
  return { ...raw, items: raw.items.map(toStrategy) };
}

export function toOrganization(raw: Schemas['Organization']): Organization {
  return requirePresent(raw, ['id', 'name'], 'Organization');
}

export function toMe(raw: Schemas['Me']): Me {
  const me = requirePresent(raw, ['displayName'], 'Me');
  return {
    ...me,
    memberships: raw.memberships.map((membership) => {
      const present = requirePresent(membership, ['organization', 'role'], 'Membership');
      return { ...present, organization: toOrganization(present.organization) };
    }),
  };
}
