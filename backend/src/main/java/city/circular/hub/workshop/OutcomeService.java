package city.circular.hub.workshop;

import city.circular.hub.common.ApiException;
import city.circular.hub.common.Table;
import city.circular.hub.common.Versions;
import city.circular.hub.organization.AccessPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A workshop's outcomes; read with the workshop, changed by those who may change it. */
@ApplicationScoped
public class OutcomeService {

    private static final String WHAT = "Outcome";
    private static final List<String> EXPORT_HEADER =
            List.of("type", "text", "votes", "priority", "convertedToKind", "convertedToId");

    private final WorkshopService workshops;
    private final OutcomeRepository outcomes;
    private final AccessPolicy access;

    public OutcomeService(WorkshopService workshops, OutcomeRepository outcomes, AccessPolicy access) {
        this.workshops = workshops;
        this.outcomes = outcomes;
        this.access = access;
    }

    public OutcomeList list(UUID workshopId) {
        Workshop workshop = workshops.readable(workshopId);
        return new OutcomeList(
                workshop.id,
                outcomes.ofWorkshop(workshop.id).stream().map(OutcomeView::of).toList());
    }

    public OutcomeView get(UUID workshopId, UUID outcomeId) {
        return OutcomeView.of(find(workshops.readable(workshopId), outcomeId));
    }

    public Table export(UUID workshopId) {
        Workshop workshop = workshops.readable(workshopId);
        List<List<Object>> rows = outcomes.ofWorkshop(workshop.id).stream()
                .map(o ->
                        Arrays.<Object>asList(o.type, o.text, o.votes, o.priority, o.convertedToKind, o.convertedToId))
                .toList();
        return new Table("Outcomes", EXPORT_HEADER, rows);
    }

    @Transactional
    public OutcomeView create(UUID workshopId, OutcomeInput input) {
        Workshop workshop = workshops.writable(workshopId);
        Outcome outcome = new Outcome();
        outcome.created(access.caller().username());
        outcome.workshopId = workshop.id;
        apply(input, outcome);
        outcomes.persistAndFlush(outcome);
        return OutcomeView.of(outcome);
    }

    @Transactional
    public OutcomeView update(UUID workshopId, UUID outcomeId, String ifMatch, OutcomeInput input) {
        Outcome outcome = writable(workshopId, outcomeId, ifMatch);
        apply(input, outcome);
        outcome.touched(access.caller().username());
        outcomes.flush();
        return OutcomeView.of(outcome);
    }

    @Transactional
    public void delete(UUID workshopId, UUID outcomeId, String ifMatch) {
        outcomes.delete(writable(workshopId, outcomeId, ifMatch));
        outcomes.flush();
    }

    private Outcome writable(UUID workshopId, UUID outcomeId, String ifMatch) {
        Outcome outcome = find(workshops.writable(workshopId), outcomeId);
        Versions.requireMatch(ifMatch, outcome.version);
        return outcome;
    }

    private Outcome find(Workshop workshop, UUID outcomeId) {
        return outcomes.find(workshop.id, outcomeId).orElseThrow(() -> ApiException.notFound(WHAT));
    }

    private static void apply(OutcomeInput input, Outcome o) {
        o.type = input.type();
        o.text = input.text().strip();
        o.votes = input.votes() == null ? 0 : input.votes();
        o.priority = input.priority() == null ? null : input.priority().shortValue();
    }
}
