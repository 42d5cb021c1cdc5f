package city.circular.hub.change;

import city.circular.hub.common.ApiException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The resource types the change record knows (one per tracked table, see the migrations). */
public final class ChangeTypes {

    public static final List<String> ALL = List.of(
            "strategy",
            "strategy-component",
            "indicator",
            "indicator-value",
            "stakeholder",
            "stakeholder-contact",
            "stakeholder-analysis",
            "stakeholder-rating",
            "starter-project",
            "project-party",
            "measure",
            "project-status-update",
            "workshop",
            "workshop-facilitator",
            "workshop-agenda-item",
            "workshop-participant",
            "workshop-outcome",
            "workshop-follow-up",
            "field-of-action",
            "network",
            "network-member",
            "network-event",
            "network-event-attendance",
            "network-status-report",
            "practice",
            "practice-adoption",
            "practice-comment",
            "advisor-assignment",
            "advisor-check-in",
            "council-decision",
            "follow-group",
            "follow-group-meeting");

    private ChangeTypes() {}

    /** The types a comma-separated parameter names; empty for all. */
    public static Set<String> parse(String parameter, String value) {
        Set<String> types = new LinkedHashSet<>();
        if (value == null || value.isBlank()) {
            return types;
        }
        for (String type : value.split(",")) {
            String trimmed = type.trim();
            if (!ALL.contains(trimmed)) {
                throw ApiException.invalid(parameter, "names an unknown type '" + trimmed + "'; known: " + ALL);
            }
            types.add(trimmed);
        }
        return types;
    }
}
