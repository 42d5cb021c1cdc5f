package city.circular.hub.project;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What happened in an organization's starter projects during a period. */
public record ProjectActivity(List<StatusChange> statusChanges, List<CompletedMeasure> completedMeasures) {

    @Schema(
            name = "ReportedProjectStatusChange",
            description = "A starter project whose status changed in the period, with the status it has now.",
            requiredProperties = {"projectId", "title", "status", "changedAt"})
    public record StatusChange(UUID projectId, String title, ProjectStatus status, Instant changedAt) {}

    @Schema(
            name = "ReportedCompletedMeasure",
            description = "A measure completed in the period.",
            requiredProperties = {"projectId", "projectTitle", "measureId", "title", "completedAt"})
    public record CompletedMeasure(
            UUID projectId, String projectTitle, UUID measureId, String title, Instant completedAt) {}
}
