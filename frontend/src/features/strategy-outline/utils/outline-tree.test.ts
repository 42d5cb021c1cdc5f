import { describe, expect, it } from 'vitest';

import type { StrategyComponent } from '@/lib/api/types';

import { buildTree, descendantCount, moveFor } from './outline-tree';

function component(
  id: string,
  parentId: string | undefined,
  position: number,
  depth: number,
): StrategyComponent {
  return {
    id,
    strategyId: 's',
    parentId,
    type: 'GOAL',
    position,
    depth,
    title: id,
    status: 'DRAFT',
    sdgTargets: [],
    localGoals: [],
    version: 1,
    createdAt: '2026-01-01T00:00:00Z',
    createdBy: 'x',
    updatedAt: '2026-01-01T00:00:00Z',
    updatedBy: 'x',
  };
}

// vision
//   goal-a
//     line-1
//   goal-b
// instrument
const items = [
  component('vision', undefined, 0, 0),
  component('goal-a', 'vision', 0, 1),
  component('line-1', 'goal-a', 0, 2),
  component('goal-b', 'vision', 1, 1),
  component('instrument', undefined, 1, 0),
];
const byId = (id: string) => items.find((item) => item.id === id)!;

describe('outline tree', () => {
  it('nestsTheFlatOutline', () => {
    const tree = buildTree(items);

    expect(tree.map((node) => node.component.id)).toEqual(['vision', 'instrument']);
    expect(tree[0]?.children.map((node) => node.component.id)).toEqual(['goal-a', 'goal-b']);
    expect(tree[0]?.children[0]?.children.map((node) => node.component.id)).toEqual(['line-1']);
  });

  it('movesAmongSiblings', () => {
    expect(moveFor(items, byId('goal-b'), 'up')).toEqual({ parentId: 'vision', position: 0 });
    expect(moveFor(items, byId('goal-a'), 'up')).toBeUndefined();
    expect(moveFor(items, byId('vision'), 'down')).toEqual({ parentId: undefined, position: 1 });
    expect(moveFor(items, byId('instrument'), 'down')).toBeUndefined();
  });

  it('indentsUnderThePreviousSiblingAsItsLastChild', () => {
    expect(moveFor(items, byId('goal-b'), 'indent')).toEqual({ parentId: 'goal-a', position: 1 });
    expect(moveFor(items, byId('instrument'), 'indent')).toEqual({
      parentId: 'vision',
      position: 2,
    });
    expect(moveFor(items, byId('goal-a'), 'indent')).toBeUndefined();
  });

  it('outdentsToRightAfterTheParent', () => {
    expect(moveFor(items, byId('line-1'), 'outdent')).toEqual({
      parentId: 'vision',
      position: 1,
    });
    expect(moveFor(items, byId('goal-a'), 'outdent')).toEqual({
      parentId: undefined,
      position: 1,
    });
    expect(moveFor(items, byId('vision'), 'outdent')).toBeUndefined();
  });

  it('countsDescendants', () => {
    expect(descendantCount(items, byId('vision'))).toBe(3);
    expect(descendantCount(items, byId('instrument'))).toBe(0);
  });
});
