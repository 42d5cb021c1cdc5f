package city.circular.hub.component;

import static city.circular.hub.common.Strings.blankToNull;

import java.util.ArrayList;
import java.util.List;

final class ComponentMapper {

    private ComponentMapper() {}

    static StrategyComponentView toView(Outline.Placed placed) {
        StrategyComponent c = placed.component();
        return new StrategyComponentView(
                c.id,
                c.strategyId,
                c.parentId,
                c.type,
                c.position,
                placed.depth(),
                c.title,
                c.description,
                c.responsibleUnit,
                c.status,
                List.copyOf(c.sdgTargets),
                List.copyOf(c.localGoals),
                c.originOutcomeId,
                c.externalId,
                c.version,
                c.createdAt,
                c.createdBy,
                c.updatedAt,
                c.updatedBy);
    }

    static StrategyOutline toOutline(Outline outline) {
        List<StrategyComponentView> items =
                outline.ordered().stream().map(ComponentMapper::toView).toList();
        return new StrategyOutline(items, Completeness.of(outline.types()));
    }

    /** A full update of the client-owned fields; the place in the outline is not among them. */
    static void apply(StrategyComponentInput input, StrategyComponent c) {
        c.type = input.type();
        c.title = input.title().strip();
        c.description = blankToNull(input.description());
        c.responsibleUnit = blankToNull(input.responsibleUnit());
        c.status = input.status() == null ? ComponentStatus.DRAFT : input.status();
        c.sdgTargets = new ArrayList<>(sdgTargets(input));
        c.externalId = blankToNull(input.externalId());
        c.localGoals = new ArrayList<>(
                input.localGoals() == null
                        ? List.of()
                        : input.localGoals().stream()
                                .map(g -> new LocalGoalLink(g.name().strip(), g.contribution()))
                                .toList());
    }

    static List<SdgLink> sdgTargets(StrategyComponentInput input) {
        return input.sdgTargets() == null
                ? List.of()
                : input.sdgTargets().stream()
                        .map(l -> new SdgLink(l.code().strip(), l.contribution()))
                        .toList();
    }
}
