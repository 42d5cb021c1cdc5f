package city.circular.hub.network;

import city.circular.hub.project.ProjectStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "AdvisorPortfolio",
        description = "The caller's current advisor assignments, each with its municipality's state at a glance.",
        requiredProperties = {"items"})
public record PortfolioView(List<Entry> items) {

    @Schema(
            name = "AdvisorPortfolioEntry",
            description = "One municipality the caller advises. Project counts cover the starter projects the "
                    + "caller may read (those the municipality shares with the network).",
            requiredProperties = {"assignment", "network", "projectsByStatus", "projectCount"})
    public record Entry(
            AdvisorAssignmentView assignment,
            NetworkRef network,
            List<StatusCount> projectsByStatus,
            int projectCount,
            LocalDate lastCheckIn,

            @Schema(description = "The earliest follow-up date from today on")
            LocalDate nextFollowUp,

            @Schema(description = "When the municipality last submitted a status report in this network")
            Instant latestStatusReport) {}

    @Schema(
            name = "AdvisorPortfolioNetwork",
            description = "The network an assignment belongs to.",
            requiredProperties = {"id", "name"})
    public record NetworkRef(
            UUID id,
            @Schema(examples = "Kreislaufstädte NRW") String name) {}

    @Schema(
            name = "AdvisorPortfolioStatusCount",
            description = "How many starter projects have a status.",
            requiredProperties = {"status", "count"})
    public record StatusCount(ProjectStatus status, long count) {}
}
