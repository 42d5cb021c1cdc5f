import type { Indicator, StrategyComponent, StrategySnapshot } from '@/lib/api/types';

/** The enumerations an outline's fields take their values from; the view translates these. */
export type EnumKind =
  | 'strategyStatus'
  | 'visibility'
  | 'componentType'
  | 'componentStatus'
  | 'indicatorKind'
  | 'direction';

/**
 * One field that differs: its values before and after, as text (absent: empty). Values of an
 * enumeration stay raw (the comparison does not depend on the language) and name their `enum`.
 */
export interface FieldDiff {
  field: string;
  before: string;
  after: string;
  enum?: EnumKind;
}

export type ItemChange = 'added' | 'removed' | 'changed';

/** A component or indicator that was added, removed or changed between the two outlines. */
export interface ItemDiff {
  id: string;
  title: string;
  change: ItemChange;
  fields: FieldDiff[];
}

export interface OutlineDiff {
  strategy: FieldDiff[];
  components: ItemDiff[];
  indicators: ItemDiff[];
}

type Fields = Record<string, string>;
type Enums = Partial<Record<string, EnumKind>>;

const strategyEnums: Enums = { status: 'strategyStatus', visibility: 'visibility' };
const componentEnums: Enums = { type: 'componentType', status: 'componentStatus' };
const indicatorEnums: Enums = { kind: 'indicatorKind', direction: 'direction' };

const text = (value: string | number | undefined): string =>
  value === undefined ? '' : String(value);

function strategyFields(snapshot: StrategySnapshot): Fields {
  const s = snapshot.strategy;
  return {
    title: s.title,
    summary: text(s.summary),
    periodFrom: text(s.periodFrom),
    periodTo: text(s.periodTo),
    status: s.status,
    visibility: s.visibility,
  };
}

function componentFields(c: StrategyComponent, titles: Map<string, string>): Fields {
  return {
    title: c.title,
    type: c.type,
    parent: c.parentId ? (titles.get(c.parentId) ?? '') : '',
    position: String(c.position + 1),
    description: text(c.description),
    responsibleUnit: text(c.responsibleUnit),
    status: c.status,
    sdgTargets: c.sdgTargets.map((t) => t.code).join(', '),
    localGoals: c.localGoals.map((g) => g.name).join(', '),
  };
}

function indicatorFields(i: Indicator, titles: Map<string, string>): Fields {
  return {
    name: i.name,
    unit: i.unit,
    component: titles.get(i.componentId) ?? '',
    kind: i.kind,
    direction: i.direction,
    baseline: i.baseline ? `${String(i.baseline.value)} (${i.baseline.date})` : '',
    targets: i.targets.map((t) => `${String(t.value)} (${t.date})`).join(', '),
    source: text(i.source),
  };
}

function compareFields(before: Fields, after: Fields, enums: Enums): FieldDiff[] {
  return Object.keys(after)
    .filter((field) => before[field] !== after[field])
    .map((field) => {
      const kind = enums[field];
      const diff = { field, before: before[field] ?? '', after: after[field] ?? '' };
      return kind ? { ...diff, enum: kind } : diff;
    });
}

function compareItems<T extends { id: string }>(
  before: T[],
  after: T[],
  fields: (item: T, side: 'before' | 'after') => Fields,
  enums: Enums,
  title: (item: T) => string,
): ItemDiff[] {
  const earlier = new Map(before.map((item) => [item.id, item]));
  const later = new Set(after.map((item) => item.id));
  const result: ItemDiff[] = [];
  for (const item of after) {
    const old = earlier.get(item.id);
    if (!old) {
      result.push({ id: item.id, title: title(item), change: 'added', fields: [] });
      continue;
    }
    const changed = compareFields(fields(old, 'before'), fields(item, 'after'), enums);
    if (changed.length > 0) {
      result.push({ id: item.id, title: title(item), change: 'changed', fields: changed });
    }
  }
  for (const item of before) {
    if (!later.has(item.id)) {
      result.push({ id: item.id, title: title(item), change: 'removed', fields: [] });
    }
  }
  return result;
}

const titlesOf = (snapshot: StrategySnapshot) =>
  new Map(snapshot.components.map((c) => [c.id, c.title]));

/**
 * What changed from one outline to another: the strategy's own fields, and its components and
 * indicators (matched by id) added, removed, or changed field by field. Versions, timestamps and
 * indicator values (measurements, not the plan) are left out.
 */
export function diffOutlines(before: StrategySnapshot, after: StrategySnapshot): OutlineDiff {
  const titles = { before: titlesOf(before), after: titlesOf(after) };
  return {
    strategy: compareFields(strategyFields(before), strategyFields(after), strategyEnums),
    components: compareItems(
      before.components,
      after.components,
      (c, side) => componentFields(c, titles[side]),
      componentEnums,
      (c) => c.title,
    ),
    indicators: compareItems(
      before.indicators,
      after.indicators,
      (i, side) => indicatorFields(i, titles[side]),
      indicatorEnums,
      (i) => i.name,
    ),
  };
}

export const isEmptyDiff = (diff: OutlineDiff) =>
  diff.strategy.length === 0 && diff.components.length === 0 && diff.indicators.length === 0;
