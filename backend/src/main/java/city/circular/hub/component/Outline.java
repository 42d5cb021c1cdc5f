package city.circular.hub.component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A strategy's components as a tree, built from one flat list: outline order, depths, subtrees, and the renumbering
 * that keeps every sibling list at positions 0..n-1 when components are added, removed or moved.
 */
final class Outline {

    /** The deepest level: an outline has five levels, depths 0 to 4. */
    static final int MAX_DEPTH = 4;

    /** Ties (which renumbering prevents) would otherwise make the order depend on the database's whim. */
    private static final Comparator<StrategyComponent> SIBLING_ORDER = Comparator.comparingInt(
                    (StrategyComponent c) -> c.position)
            .thenComparing(c -> c.createdAt)
            .thenComparing(c -> c.id);

    private final Map<UUID, StrategyComponent> byId = new HashMap<>();
    /** Children by parent id; the key null holds the top level. */
    private final Map<UUID, List<StrategyComponent>> children = new HashMap<>();

    Outline(Collection<StrategyComponent> components) {
        for (StrategyComponent c : components) {
            byId.put(c.id, c);
            siblingsUnder(c.parentId).add(c);
        }
        children.values().forEach(siblings -> siblings.sort(SIBLING_ORDER));
    }

    record Placed(StrategyComponent component, int depth) {}

    Optional<StrategyComponent> find(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    Placed place(StrategyComponent component) {
        return new Placed(component, depth(component));
    }

    /** Every component with its depth, depth first, siblings by position. */
    List<Placed> ordered() {
        List<Placed> result = new ArrayList<>(byId.size());
        collectPlaced(null, 0, result);
        return result;
    }

    private void collectPlaced(UUID parentId, int depth, List<Placed> into) {
        for (StrategyComponent child : children.getOrDefault(parentId, List.of())) {
            into.add(new Placed(child, depth));
            collectPlaced(child.id, depth + 1, into);
        }
    }

    /** The component and its descendants, parents before their children. */
    List<StrategyComponent> subtree(StrategyComponent root) {
        List<StrategyComponent> result = new ArrayList<>();
        result.add(root);
        collect(root.id, result);
        return result;
    }

    private void collect(UUID parentId, List<StrategyComponent> into) {
        for (StrategyComponent child : children.getOrDefault(parentId, List.of())) {
            into.add(child);
            collect(child.id, into);
        }
    }

    int depth(StrategyComponent component) {
        int depth = 0;
        for (UUID parent = component.parentId; parent != null; parent = byId.get(parent).parentId) {
            depth++;
        }
        return depth;
    }

    /** How many levels hang below the component: 0 for a leaf. */
    int height(StrategyComponent component) {
        return children.getOrDefault(component.id, List.of()).stream()
                .mapToInt(child -> 1 + height(child))
                .max()
                .orElse(0);
    }

    /** Whether candidate is root itself or one of its descendants. */
    boolean isWithin(StrategyComponent candidate, StrategyComponent root) {
        for (StrategyComponent c = candidate; c != null; c = c.parentId == null ? null : byId.get(c.parentId)) {
            if (c == root) {
                return true;
            }
        }
        return false;
    }

    Set<ComponentType> types() {
        Set<ComponentType> types = EnumSet.noneOf(ComponentType.class);
        byId.values().forEach(c -> types.add(c.type));
        return types;
    }

    /** Adds a new component as the last child of its parent. */
    void append(StrategyComponent component) {
        List<StrategyComponent> siblings = siblingsUnder(component.parentId);
        component.position = siblings.size();
        siblings.add(component);
        byId.put(component.id, component);
    }

    /** Takes the component and its subtree out; returns the siblings that moved up. */
    List<StrategyComponent> remove(StrategyComponent component) {
        List<StrategyComponent> siblings = siblingsUnder(component.parentId);
        Map<UUID, Integer> before = positions(siblings);
        for (StrategyComponent gone : subtree(component)) {
            byId.remove(gone.id);
            children.remove(gone.id);
        }
        siblings.remove(component);
        renumber(siblings);
        return changed(before, siblings.stream(), null);
    }

    /**
     * Moves the component with its subtree under a new parent (null: the top level), at the position clamped to the
     * new sibling count. Returns every component whose parent or position changed.
     */
    List<StrategyComponent> move(StrategyComponent component, UUID newParentId, int position) {
        List<StrategyComponent> from = siblingsUnder(component.parentId);
        List<StrategyComponent> to = siblingsUnder(newParentId);
        Map<UUID, Integer> before =
                positions(Stream.concat(from.stream(), to.stream()).toList());
        UUID formerParent = component.parentId;
        from.remove(component);
        component.parentId = newParentId;
        to.add(Math.min(position, to.size()), component);
        renumber(from);
        renumber(to);
        StrategyComponent reparented = Objects.equals(formerParent, newParentId) ? null : component;
        return changed(before, Stream.concat(from.stream(), to.stream()).distinct(), reparented);
    }

    private List<StrategyComponent> siblingsUnder(UUID parentId) {
        return children.computeIfAbsent(parentId, key -> new ArrayList<>());
    }

    private static Map<UUID, Integer> positions(List<StrategyComponent> components) {
        Map<UUID, Integer> positions = new HashMap<>();
        components.forEach(c -> positions.put(c.id, c.position));
        return positions;
    }

    private static void renumber(List<StrategyComponent> siblings) {
        for (int i = 0; i < siblings.size(); i++) {
            siblings.get(i).position = i;
        }
    }

    private static List<StrategyComponent> changed(
            Map<UUID, Integer> before, Stream<StrategyComponent> now, StrategyComponent reparented) {
        return now.filter(c -> c == reparented || before.get(c.id) != c.position)
                .toList();
    }
}
