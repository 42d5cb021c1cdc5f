package city.circular.hub.network;

import city.circular.hub.project.ProjectStanding;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "NetworkDashboard",
        description = "The member municipalities side by side, counted only from what each shares with its networks"
                + " (NETWORK or PUBLIC records) or, where its admin agreed, from aggregates of all its records, and"
                + " from the network's own events and reports. Never a record itself.",
        requiredProperties = {"networkId", "networkName", "members"})
public record NetworkDashboardView(UUID networkId, String networkName, List<MemberStanding> members) {

    @Schema(
            name = "NetworkMemberStanding",
            description = "Where one member municipality stands, from what it shares.",
            requiredProperties = {
                "organization",
                "basis",
                "strategies",
                "adoptedStrategies",
                "projects",
                "workshopsHeld",
                "eventsAttended",
                "statusReports",
                "practicesPublished",
                "practiceAdoptions"
            })
    public record MemberStanding(
            OrganizationRef organization,

            @Schema(
                    description = "Whether strategies, projects and workshops are counted from the shared records"
                            + " only or from all records as aggregates the member agreed to share")
            DashboardBasis basis,

            @Schema(description = "Counted strategies that are not superseded", examples = "1")
            int strategies,

            @Schema(
                    description = "Of those, the adopted ones, counting those in revision (their last adoption is"
                            + " in force until the next)",
                    examples = "1")
            int adoptedStrategies,

            @Schema(description = "Mean completeness of the counted strategies in per cent; absent without any")
            Integer strategyCompleteness,

            @Schema(description = "The counted starter projects by status and field of action, and their impact")
            ProjectStanding projects,

            @Schema(description = "Counted workshops held", examples = "3")
            long workshopsHeld,

            @Schema(description = "Events of this network the member attended", examples = "2")
            long eventsAttended,

            @Schema(description = "Status reports the member submitted in this network", examples = "2")
            long statusReports,

            @Schema(description = "Practices published with NETWORK or PUBLIC visibility", examples = "1")
            long practicesPublished,

            @Schema(description = "Adoptions of those practices by other municipalities", examples = "2")
            long practiceAdoptions) {}
}
