import { describe, expect, it } from 'vitest';

import type { StrategySnapshot } from '@/lib/api/types';
import { makeComponent, makeIndicator, makeStrategy } from '@/testing/fixtures';

import { diffOutlines, isEmptyDiff } from './outline-diff';

const vision = makeComponent({ id: 'vision', title: 'Abfallfreie Stadt', type: 'VISION' });
const goal = makeComponent({
  id: 'goal-waste',
  title: 'Restmüll halbieren',
  parentId: 'vision',
  depth: 1,
});

function snapshot(overrides: Partial<StrategySnapshot> = {}): StrategySnapshot {
  return {
    strategy: makeStrategy({ status: 'ADOPTED' }),
    components: [vision, goal],
    indicators: [makeIndicator()],
    ...overrides,
  };
}

describe('diffOutlines', () => {
  it('findsNothingBetweenEqualOutlinesEvenWhenVersionsAndValuesDiffer', () => {
    const later = snapshot({
      components: [vision, { ...goal, version: 7, updatedAt: '2026-06-01T10:00:00Z' }],
      indicators: [makeIndicator({ values: [], version: 4 })],
    });
    expect(isEmptyDiff(diffOutlines(snapshot(), later))).toBe(true);
  });

  it('reportsChangedStrategyFieldsWithBeforeAndAfter', () => {
    const later = snapshot({
      strategy: makeStrategy({
        status: 'SUPERSEDED',
        title: 'Kreislaufstadt 2035',
        periodTo: 2035,
      }),
    });
    expect(diffOutlines(snapshot(), later).strategy).toEqual([
      { field: 'title', before: 'Kreislaufstadt Musterstadt 2030', after: 'Kreislaufstadt 2035' },
      { field: 'periodTo', before: '2030', after: '2035' },
      { field: 'status', before: 'ADOPTED', after: 'SUPERSEDED', enum: 'strategyStatus' },
    ]);
  });

  it('reportsComponentsAddedRemovedAndChangedByIdInOutlineOrder', () => {
    const measure = makeComponent({ id: 'repair', title: 'Reparaturcafés', type: 'INSTRUMENT' });
    const later = snapshot({
      components: [
        { ...goal, title: 'Restmüll um zwei Drittel senken', parentId: undefined, position: 1 },
        measure,
      ],
    });
    expect(diffOutlines(snapshot(), later).components).toEqual([
      {
        id: 'goal-waste',
        title: 'Restmüll um zwei Drittel senken',
        change: 'changed',
        fields: [
          {
            field: 'title',
            before: 'Restmüll halbieren',
            after: 'Restmüll um zwei Drittel senken',
          },
          { field: 'parent', before: 'Abfallfreie Stadt', after: '' },
          { field: 'position', before: '1', after: '2' },
        ],
      },
      { id: 'repair', title: 'Reparaturcafés', change: 'added', fields: [] },
      { id: 'vision', title: 'Abfallfreie Stadt', change: 'removed', fields: [] },
    ]);
  });

  it('reportsIndicatorTargetsAndTheirRemoval', () => {
    const later = snapshot({
      indicators: [makeIndicator({ targets: [{ value: 350, date: '2030-12-31' }] })],
    });
    expect(diffOutlines(snapshot(), later).indicators).toEqual([
      {
        id: makeIndicator().id,
        title: 'Siedlungsabfall pro Kopf',
        change: 'changed',
        fields: [{ field: 'targets', before: '400 (2027-12-31)', after: '350 (2030-12-31)' }],
      },
    ]);
    expect(diffOutlines(snapshot(), snapshot({ indicators: [] })).indicators).toEqual([
      { id: makeIndicator().id, title: 'Siedlungsabfall pro Kopf', change: 'removed', fields: [] },
    ]);
  });

  it('namesTheEnumerationOfEveryEnumeratedFieldSoThatTheViewTranslatesIt', () => {
    const later = snapshot({
      strategy: makeStrategy({ status: 'IN_REVISION', visibility: 'PUBLIC' }),
      components: [{ ...vision, type: 'STRATEGY', status: 'DONE' }, goal],
      indicators: [makeIndicator({ kind: 'IMPACT', direction: 'INCREASE' })],
    });
    const diff = diffOutlines(snapshot(), later);
    const enums = (fields: { field: string; enum?: string }[]) =>
      Object.fromEntries(fields.map((f) => [f.field, f.enum]));
    expect(enums(diff.strategy)).toEqual({ status: 'strategyStatus', visibility: 'visibility' });
    expect(enums(diff.components[0]?.fields ?? [])).toEqual({
      type: 'componentType',
      status: 'componentStatus',
    });
    expect(enums(diff.indicators[0]?.fields ?? [])).toEqual({
      kind: 'indicatorKind',
      direction: 'direction',
    });
  });
});
