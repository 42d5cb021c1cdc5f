package city.circular.hub.project;

import city.circular.hub.project.ProjectViews.ImpactTotals;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an organization's starter projects stand, for its dashboard. */
@Schema(
        name = "ProjectStanding",
        description = "Counts of all projects; impact sums the measures of projects that are not cancelled.",
        requiredProperties = {"total", "byStatus", "byFieldOfAction", "impact"})
public record ProjectStanding(
        int total, List<StatusCount> byStatus, List<FieldCount> byFieldOfAction, ImpactTotals impact) {

    /** The standing of an organization without projects. */
    public static ProjectStanding none() {
        return new ProjectStanding(0, List.of(), List.of(), ProjectMapper.totals(List.of()));
    }

    @Schema(
            name = "ProjectStatusCount",
            requiredProperties = {"status", "count"})
    public record StatusCount(ProjectStatus status, int count) {}

    @Schema(
            name = "FieldOfActionCount",
            requiredProperties = {"fieldOfAction", "count"})
    public record FieldCount(String fieldOfAction, int count) {}
}
