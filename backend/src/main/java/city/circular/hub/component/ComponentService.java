package city.circular.hub.component;

import city.circular.hub.common.ApiException;
import city.circular.hub.common.Dirty;
import city.circular.hub.common.FieldError;
import city.circular.hub.common.ProblemType;
import city.circular.hub.common.Strings;
import city.circular.hub.common.Versions;
import city.circular.hub.organization.AccessPolicy;
import city.circular.hub.sdg.SdgService;
import city.circular.hub.strategy.Strategy;
import city.circular.hub.strategy.StrategyService;
import city.circular.hub.sync.ChildCollection;
import city.circular.hub.sync.Upserts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Outline use cases. Tenancy is the strategy's: it is loaded through {@link StrategyService} (and so the access
 * policy) first, and only its own components are looked at after that.
 */
@ApplicationScoped
public class ComponentService {

    private static final String WHAT = "Strategy component";

    private final ComponentRepository components;
    private final StrategyService strategies;
    private final SdgService sdgs;
    private final GoalIndicators indicators;
    private final AccessPolicy access;

    public ComponentService(
            ComponentRepository components,
            StrategyService strategies,
            SdgService sdgs,
            GoalIndicators indicators,
            AccessPolicy access) {
        this.components = components;
        this.strategies = strategies;
        this.sdgs = sdgs;
        this.indicators = indicators;
        this.access = access;
    }

    /** How complete each of the given strategies is, in one statement; for overviews across strategies. */
    /** The ids of a strategy's components, for checking what another feature's record links to. */
    /** The type of a component of this strategy, or empty when the strategy has no such component. */
    public Optional<ComponentType> typeOf(UUID strategyId, UUID componentId) {
        return components.typeOf(strategyId, componentId);
    }

    public Set<UUID> idsOf(UUID strategyId) {
        return Set.copyOf(components
                .getEntityManager()
                .createQuery("select c.id from StrategyComponent c where c.strategyId = :s", UUID.class)
                .setParameter("s", strategyId)
                .getResultList());
    }

    public Map<UUID, Completeness> completeness(Collection<UUID> strategyIds) {
        Map<UUID, Set<ComponentType>> types = new HashMap<>();
        strategyIds.forEach(id -> types.put(id, EnumSet.noneOf(ComponentType.class)));
        if (!strategyIds.isEmpty()) {
            components
                    .getEntityManager()
                    .createQuery(
                            "select distinct c.strategyId, c.type from StrategyComponent c where c.strategyId in :ids",
                            Object[].class)
                    .setParameter("ids", strategyIds)
                    .getResultList()
                    .forEach(row -> types.get((UUID) row[0]).add((ComponentType) row[1]));
        }
        Map<UUID, Completeness> result = new HashMap<>();
        types.forEach((id, present) -> result.put(id, Completeness.of(present)));
        return result;
    }

    /** The strategy's outline as the API shows it (404 unless the caller may read the strategy). */
    public StrategyOutline outlineView(UUID strategyId) {
        return ComponentMapper.toOutline(outline(strategyId));
    }

    /**
     * The outline of a strategy whose caller was checked already, or that is changed without one (an adoption
     * freezing it as a version, the demo data): no access check of its own.
     */
    public StrategyOutline outlineViewOfChecked(UUID strategyId) {
        return ComponentMapper.toOutline(new Outline(components.listByStrategy(strategyId)));
    }

    public Outline outline(UUID strategyId) {
        Strategy strategy = strategies.get(strategyId);
        return new Outline(components.listByStrategy(strategy.id));
    }

    public Outline.Placed get(UUID strategyId, UUID id) {
        Outline outline = outline(strategyId);
        return outline.place(existing(outline, id));
    }

    @Transactional
    public Outline.Placed create(UUID strategyId, StrategyComponentInput input) {
        return insert(strategyId, input, null);
    }

    /**
     * Adds a GOAL at the end of the strategy's top level for a workshop outcome it was converted from, under the
     * same rules as {@link #create}; the goal names the outcome as its origin.
     */
    @Transactional
    public StrategyComponentView insertGoal(UUID strategyId, String title, String description, UUID originOutcomeId) {
        return ComponentMapper.toView(insert(
                strategyId,
                new StrategyComponentInput(null, ComponentType.GOAL, title, description, null, null, null, null, null),
                originOutcomeId));
    }

    private Outline.Placed insert(UUID strategyId, StrategyComponentInput input, UUID originOutcomeId) {
        Strategy strategy = strategies.forChangingOutline(strategyId);
        Outline outline = new Outline(components.listByStrategy(strategy.id));
        checkContent(strategy, input, null);
        StrategyComponent parent = input.parentId() == null ? null : parentIn(outline, input.parentId());
        if (parent != null && outline.depth(parent) >= Outline.MAX_DEPTH) {
            throw tooDeep();
        }
        StrategyComponent component = new StrategyComponent();
        component.created(access.caller().username());
        component.strategyId = strategy.id;
        component.parentId = parent == null ? null : parent.id;
        component.originOutcomeId = originOutcomeId;
        ComponentMapper.apply(input, component);
        outline.append(component);
        components.persist(component);
        components.flush();
        return outline.place(component);
    }

    @Transactional
    public Outline.Placed update(UUID strategyId, UUID id, String ifMatch, StrategyComponentInput input) {
        Strategy strategy = strategies.getWritable(strategyId);
        Outline outline = new Outline(components.listByStrategy(strategy.id));
        StrategyComponent component = existing(outline, id);
        Versions.requireMatch(ifMatch, component.version);
        // Checked before the entity changes: the queries would otherwise flush the half-applied update.
        checkContent(strategy, input, component);
        ComponentMapper.apply(input, component);
        Dirty.touchIfChanged(
                components.getEntityManager(), component, access.caller().username());
        components.flush();
        return outline.place(component);
    }

    /** Deletes the component, its descendants and (by the database's cascade) the indicators of deleted goals. */
    @Transactional
    public void delete(UUID strategyId, UUID id, String ifMatch) {
        Strategy strategy = strategies.forChangingOutline(strategyId);
        Outline outline = new Outline(components.listByStrategy(strategy.id));
        StrategyComponent component = existing(outline, id);
        Versions.requireMatch(ifMatch, component.version);
        List<StrategyComponent> subtree = outline.subtree(component);
        List<StrategyComponent> movedUp = outline.remove(component);
        // Children before parents: the parent's row would otherwise take them along by cascade, and the children's
        // own deletes would then find no row.
        subtree.reversed().forEach(components::delete);
        movedUp.forEach(c -> c.touched(access.caller().username()));
        components.flush();
    }

    @Transactional
    public Outline move(UUID strategyId, UUID id, String ifMatch, ComponentMove move) {
        Strategy strategy = strategies.forChangingOutline(strategyId);
        Outline outline = new Outline(components.listByStrategy(strategy.id));
        StrategyComponent component = existing(outline, id);
        Versions.requireMatch(ifMatch, component.version);
        StrategyComponent parent = move.parentId() == null ? null : parentIn(outline, move.parentId());
        if (parent != null && outline.isWithin(parent, component)) {
            throw ApiException.rule(
                    "A component cannot move under itself or one of its descendants.",
                    "parentId",
                    "must not be the component or one of its descendants");
        }
        int newDepth = parent == null ? 0 : outline.depth(parent) + 1;
        if (newDepth + outline.height(component) > Outline.MAX_DEPTH) {
            throw tooDeep();
        }
        outline.move(component, parent == null ? null : parent.id, move.position())
                .forEach(c -> c.touched(access.caller().username()));
        components.flush();
        return outline;
    }

    private static StrategyComponent existing(Outline outline, UUID id) {
        return outline.find(id).orElseThrow(() -> ApiException.notFound(WHAT));
    }

    /** A parent elsewhere is a broken rule, not a missing record: the component itself was found. */
    private static StrategyComponent parentIn(Outline outline, UUID parentId) {
        return outline.find(parentId)
                .orElseThrow(() -> ApiException.rule(
                        "The parent must be a component of the same strategy.",
                        "parentId",
                        "is not a component of this strategy"));
    }

    private static ApiException tooDeep() {
        return ApiException.rule(
                "An outline has at most " + (Outline.MAX_DEPTH + 1) + " levels.",
                "parentId",
                "would place the component deeper than " + (Outline.MAX_DEPTH + 1) + " levels");
    }

    /**
     * Field errors (400) first, then the rules (422) that a well-formed request can still break, then the external
     * id (409).
     */
    private void checkContent(Strategy strategy, StrategyComponentInput input, StrategyComponent current) {
        List<SdgLink> links = ComponentMapper.sdgTargets(input);
        Set<String> known =
                sdgs.existingTargets(links.stream().map(SdgLink::code).toList());
        Set<String> seen = new HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            String code = links.get(i).code();
            if (!known.contains(code)) {
                errors.add(new FieldError("sdgTargets[" + i + "].code", "is not the code of an SDG target"));
            } else if (!seen.add(code)) {
                errors.add(new FieldError("sdgTargets[" + i + "].code", "is linked more than once"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        if (!links.isEmpty() && input.type() != ComponentType.GOAL) {
            throw ApiException.rule(
                    "Only GOAL components link to SDG targets.", "sdgTargets", "must be empty unless type is GOAL");
        }
        if (current != null
                && current.type == ComponentType.GOAL
                && input.type() != ComponentType.GOAL
                && indicators.measure(current.id)) {
            throw ApiException.rule(
                    "Indicators measure this goal, and only goals have indicators. Move or delete them first.",
                    "type",
                    "must stay GOAL while indicators measure this component");
        }
        String externalId = Strings.blankToNull(input.externalId());
        if (components.externalIdTaken(strategy.id, externalId, current == null ? null : current.id)) {
            throw new ApiException(
                    ProblemType.CONFLICT,
                    "Another component of this strategy has the external id " + externalId + ".",
                    List.of(new FieldError("externalId", "is already used by another component")));
        }
    }

    /**
     * The strategy's components as a collection to upsert into by external id, which is unique per strategy: only
     * its components are looked at, and they are written by {@link #create} and {@link #update}.
     */
    public Upserts.Collection<StrategyComponentInput> byExternalId(UUID strategyId) {
        return new ChildCollection<>(
                "/api/v1/strategies/" + strategyId + "/components",
                () -> strategies.getWritable(strategyId).organizationId,
                StrategyComponentInput::externalId,
                StrategyComponentInput::withExternalId,
                key -> components.idByExternalId(strategyId, key),
                input -> written(create(strategyId, input)),
                (id, ifMatch, input) -> written(update(strategyId, id, ifMatch, input)));
    }

    private static Upserts.Written written(Outline.Placed placed) {
        StrategyComponent component = placed.component();
        return new Upserts.Written(component.id, component.version, ComponentMapper.toView(placed));
    }
}
