import type { ComponentMove, StrategyComponent } from '@/lib/api/types';

export interface OutlineNode {
  component: StrategyComponent;
  children: OutlineNode[];
}

/** The deepest level the API allows (0-based: five levels). */
export const MAX_DEPTH = 4;

/** The flat outline (depth first, siblings by position) as a tree. */
export function buildTree(items: readonly StrategyComponent[]): OutlineNode[] {
  const nodes = new Map<string, OutlineNode>(
    items.map((component) => [component.id, { component, children: [] }]),
  );
  const roots: OutlineNode[] = [];
  for (const component of items) {
    const node = nodes.get(component.id);
    const parent = component.parentId ? nodes.get(component.parentId) : undefined;
    if (!node) {
      continue;
    }
    if (parent) {
      parent.children.push(node);
    } else {
      roots.push(node);
    }
  }
  const byPosition = (list: OutlineNode[]) => {
    list.sort((a, b) => a.component.position - b.component.position);
    list.forEach((node) => {
      byPosition(node.children);
    });
  };
  byPosition(roots);
  return roots;
}

export function siblingsOf(
  items: readonly StrategyComponent[],
  component: StrategyComponent,
): StrategyComponent[] {
  return items
    .filter((item) => (item.parentId ?? null) === (component.parentId ?? null))
    .sort((a, b) => a.position - b.position);
}

export function childrenOf(
  items: readonly StrategyComponent[],
  parentId: string,
): StrategyComponent[] {
  return items.filter((item) => item.parentId === parentId).sort((a, b) => a.position - b.position);
}

/** How many levels a component's subtree adds below it (0 for a leaf). */
function subtreeHeight(items: readonly StrategyComponent[], component: StrategyComponent): number {
  const children = childrenOf(items, component.id);
  return children.length === 0
    ? 0
    : 1 + Math.max(...children.map((child) => subtreeHeight(items, child)));
}

export type MoveAction = 'up' | 'down' | 'indent' | 'outdent';

/** The move request for a keyboard action, or undefined where the action does not apply. */
export function moveFor(
  items: readonly StrategyComponent[],
  component: StrategyComponent,
  action: MoveAction,
): ComponentMove | undefined {
  const siblings = siblingsOf(items, component);
  const index = siblings.findIndex((sibling) => sibling.id === component.id);
  const parentId = component.parentId;
  switch (action) {
    case 'up':
      return index > 0 ? { parentId, position: index - 1 } : undefined;
    case 'down':
      return index < siblings.length - 1 ? { parentId, position: index + 1 } : undefined;
    case 'indent': {
      // Becomes the last child of the sibling above it.
      const previous = siblings[index - 1];
      if (!previous || component.depth + 1 + subtreeHeight(items, component) > MAX_DEPTH) {
        return undefined;
      }
      return { parentId: previous.id, position: childrenOf(items, previous.id).length };
    }
    case 'outdent': {
      // Becomes the sibling right after its parent.
      const parent = items.find((item) => item.id === parentId);
      return parent ? { parentId: parent.parentId, position: parent.position + 1 } : undefined;
    }
  }
}

/** Number of descendants, to say what deleting a component takes with it. */
export function descendantCount(
  items: readonly StrategyComponent[],
  component: StrategyComponent,
): number {
  return childrenOf(items, component.id).reduce(
    (count, child) => count + 1 + descendantCount(items, child),
    0,
  );
}
