package city.circular.hub.organization;

import city.circular.hub.common.Role;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Me",
        description = "The signed-in caller and the organizations they work for.",
        requiredProperties = {"subject", "username", "displayName", "platformAdmin", "memberships"})
public record MeView(
        @Schema(description = "Subject of the access token") String subject,
        @Schema(examples = "musterstadt-editor") String username,
        @Schema(examples = "Erika Mustermann") String displayName,

        @Schema(description = "Whether the caller administers the platform (organizations)")
        boolean platformAdmin,

        List<Membership> memberships) {

    @Schema(
            name = "Membership",
            requiredProperties = {"organization", "role"})
    public record Membership(OrganizationView organization, Role role) {}
}
