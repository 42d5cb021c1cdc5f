package city.circular.hub.network;

import city.circular.hub.indicator.ReportedValue;
import city.circular.hub.project.ProjectActivity;
import city.circular.hub.workshop.WorkshopHeld;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "NetworkStatusFigures",
        description = "What the hub counted in the municipality's own records for the period a report covers.",
        requiredProperties = {"projectsChangedStatus", "measuresCompleted", "indicatorValuesAdded", "workshopsHeld"})
public record StatusFigures(
        @Schema(description = "Starter projects whose status changed, with their status now")
        List<ProjectActivity.StatusChange> projectsChangedStatus,

        List<ProjectActivity.CompletedMeasure> measuresCompleted,
        List<ReportedValue> indicatorValuesAdded,
        List<WorkshopHeld> workshopsHeld) {}
