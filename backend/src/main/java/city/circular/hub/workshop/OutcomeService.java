package city.circular.hub.workshop;

import city.circular.hub.common.ApiException;
import city.circular.hub.common.Strings;
import city.circular.hub.common.Table;
import city.circular.hub.common.Versions;
import city.circular.hub.component.ComponentService;
import city.circular.hub.component.StrategyComponentView;
import city.circular.hub.organization.AccessPolicy;
import city.circular.hub.project.ProjectInput;
import city.circular.hub.project.StarterProjectService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A workshop's outcomes; read with the workshop, changed by those who may change it. */
@ApplicationScoped
public class OutcomeService {

    private static final String WHAT = "Outcome";
    private static final int TITLE_LENGTH = 200;
    private static final List<String> EXPORT_HEADER =
            List.of("type", "text", "votes", "priority", "convertedToKind", "convertedToId");

    private final WorkshopService workshops;
    private final OutcomeRepository outcomes;
    private final StarterProjectService projects;
    private final ComponentService components;
    private final AccessPolicy access;

    public OutcomeService(
            WorkshopService workshops,
            OutcomeRepository outcomes,
            StarterProjectService projects,
            ComponentService components,
            AccessPolicy access) {
        this.workshops = workshops;
        this.outcomes = outcomes;
        this.projects = projects;
        this.components = components;
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
                .map(o -> Arrays.<Object>asList(
                        o.type, o.text, o.votes, o.priority, o.convertedToKind(), o.convertedToId()))
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

    /**
     * A converted outcome is the origin of what it became, so it stays; once that is deleted, the outcome may go,
     * too.
     */
    @Transactional
    public void delete(UUID workshopId, UUID outcomeId, String ifMatch) {
        Outcome outcome = writable(workshopId, outcomeId, ifMatch);
        if (outcome.convertedToKind() != null) {
            throw ApiException.rule("This outcome became a " + describe(outcome.convertedToKind()) + " ("
                    + outcome.convertedToId() + ") and stays as its origin.");
        }
        outcomes.delete(outcome);
        outcomes.flush();
    }

    /**
     * Turns an idea or project proposal into a starter project of the workshop's organization, or a goal proposal
     * into a goal at the end of the top level of the workshop's strategy, in the same transaction: what was created
     * names the outcome as its origin, and the outcome links to it. An outcome whose project or goal was deleted
     * since may be converted again.
     */
    @Transactional
    public OutcomeConversion convert(UUID workshopId, UUID outcomeId, String ifMatch, OutcomeConversionInput input) {
        Workshop workshop = workshops.writable(workshopId);
        Outcome outcome = find(workshop, outcomeId);
        Versions.requireMatch(ifMatch, outcome.version);
        if (outcome.convertedToKind() != null) {
            throw ApiException.rule("This outcome already became a " + describe(outcome.convertedToKind()) + " ("
                    + outcome.convertedToId() + ").");
        }
        String given = Strings.blankToNull(input.title());
        String title = given == null ? shorten(outcome.text, TITLE_LENGTH) : given;
        OutcomeConversion conversion = input.target() == ConversionKind.GOAL
                ? toGoal(workshop, outcome, title)
                : toStarterProject(workshop, outcome, title, input);
        outcome.touched(access.caller().username());
        outcomes.flush();
        return conversion.withOutcome(OutcomeView.of(outcome));
    }

    private OutcomeConversion toStarterProject(
            Workshop workshop, Outcome outcome, String title, OutcomeConversionInput input) {
        if (outcome.type != OutcomeType.IDEA && outcome.type != OutcomeType.PROJECT_PROPOSAL) {
            throw ApiException.rule("Only ideas and project proposals become starter projects; this outcome is a "
                    + outcome.type + ".");
        }
        var project = projects.insert(
                workshop.organizationId,
                new ProjectInput(
                        null,
                        workshop.strategyId,
                        title,
                        outcome.text,
                        input.fieldsOfAction(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                outcome.id,
                "Workshop \"" + workshop.title + "\", "
                        + workshop.startsAt.atZone(workshop.zone()).toLocalDate());
        outcome.convertedToProject(project.id);
        return new OutcomeConversion(null, projects.get(project.id), null);
    }

    /** The goal goes to the workshop's strategy, so the caller must be allowed to change that strategy, too. */
    private OutcomeConversion toGoal(Workshop workshop, Outcome outcome, String title) {
        if (outcome.type != OutcomeType.GOAL_PROPOSAL) {
            throw ApiException.rule("Only goal proposals become goals; this outcome is a " + outcome.type + ".");
        }
        if (workshop.strategyId == null) {
            throw ApiException.rule(
                    "The workshop has no strategy to add the goal to: link the workshop to a strategy " + "first.");
        }
        StrategyComponentView goal = components.insertGoal(workshop.strategyId, title, outcome.text, outcome.id);
        outcome.convertedToGoal(goal.id());
        return new OutcomeConversion(null, null, goal);
    }

    private Outcome writable(UUID workshopId, UUID outcomeId, String ifMatch) {
        Outcome outcome = find(workshops.writable(workshopId), outcomeId);
        Versions.requireMatch(ifMatch, outcome.version);
        return outcome;
    }

    private Outcome find(Workshop workshop, UUID outcomeId) {
        return outcomes.find(workshop.id, outcomeId).orElseThrow(() -> ApiException.notFound(WHAT));
    }

    private static String describe(ConversionKind kind) {
        return kind == ConversionKind.STARTER_PROJECT ? "starter project" : "goal";
    }

    private static String shorten(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1).strip() + "…";
    }

    private static void apply(OutcomeInput input, Outcome o) {
        o.type = input.type();
        o.text = input.text().strip();
        o.votes = input.votes() == null ? 0 : input.votes();
        o.priority = input.priority() == null ? null : input.priority().shortValue();
    }
}
