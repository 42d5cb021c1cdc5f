package city.circular.hub.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "AdvisorAssignment",
        description = "A person advising a member municipality of a network for a period.",
        requiredProperties = {
            "id",
            "networkId",
            "municipality",
            "advisorOrganization",
            "advisor",
            "startsOn",
            "current",
            "version",
            "createdAt",
            "createdBy",
            "updatedAt",
            "updatedBy"
        })
public record AdvisorAssignmentView(
        UUID id,
        UUID networkId,
        OrganizationRef municipality,
        OrganizationRef advisorOrganization,
        Advisor advisor,
        LocalDate startsOn,
        LocalDate endsOn,

        @Schema(description = "Whether today lies in the assignment's period")
        boolean current,

        String note,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    @Schema(
            name = "Advisor",
            description = "A person as the hub names them: username and display name.",
            requiredProperties = {"username", "displayName"})
    public record Advisor(
            @Schema(examples = "anna.berater") String username,
            @Schema(examples = "Anna Berater") String displayName) {}
}
