package city.circular.hub.sdg;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The SDG reference data: readable by every signed-in caller, and the list that SDG links are checked against. */
@ApplicationScoped
public class SdgService {

    private final SdgRepository sdgs;

    public SdgService(SdgRepository sdgs) {
        this.sdgs = sdgs;
    }

    /** Every goal with its targets, in two statements. */
    List<SdgGoalView> goals() {
        Map<Integer, List<SdgTargetView>> targets = sdgs.targets().stream()
                .collect(Collectors.groupingBy(
                        t -> t.goalNumber,
                        Collectors.mapping(t -> new SdgTargetView(t.code, t.titleEn), Collectors.toList())));
        return sdgs.goals().stream()
                .map(g -> new SdgGoalView(
                        g.number,
                        new SdgGoalView.LocalizedText(g.titleEn, g.titleDe, g.titleDa),
                        g.colour,
                        targets.getOrDefault(g.number, List.of())))
                .toList();
    }

    /** The given codes that name an SDG target. */
    public Set<String> existingTargets(Collection<String> codes) {
        return sdgs.existing(codes);
    }
}
