package city.circular.hub.network;

import city.circular.hub.organization.Organization;
import city.circular.hub.organization.OrganizationKind;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "NetworkOrganization",
        description = "An organization as a network shows it.",
        requiredProperties = {"id", "name", "kind", "country", "timeZone"})
public record OrganizationRef(
        UUID id,
        @Schema(examples = "Stadt Musterstadt") String name,
        OrganizationKind kind,
        @Schema(examples = "DE") String country,

        @Schema(
                description = "IANA time zone of the organization's clock; a network's events are meant in its"
                        + " coordinator's",
                examples = "Europe/Berlin")
        String timeZone) {

    static OrganizationRef of(Organization o) {
        return new OrganizationRef(o.id, o.name, o.kind, o.country, o.timeZone);
    }
}
