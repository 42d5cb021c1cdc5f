package city.circular.hub.organization;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Organization",
        description = "An organization that works in the hub.",
        requiredProperties = {"id", "slug", "name", "kind", "country", "timeZone"})
public record OrganizationView(
        @Schema(examples = "0b5c6d3e-8f41-4c1e-9d1a-2f3b4c5d6e7f")
        UUID id,

        @Schema(description = "Key used in Keycloak group paths", examples = "musterstadt")
        String slug,

        @Schema(examples = "Stadt Musterstadt") String name,
        OrganizationKind kind,

        @Schema(description = "ISO 3166-1 alpha-2 country code", examples = "DE")
        String country,

        @Schema(description = "German AGS or Danish kommunekode", examples = "05315000")
        String officialCode,

        @Schema(examples = "250000") Integer population,

        @Schema(
                description = "IANA time zone of the organization's clock: its workshop and event times are shown in"
                        + " it, and its due dates are meant in it",
                examples = "Europe/Copenhagen")
        String timeZone) {

    public static OrganizationView of(Organization o) {
        return new OrganizationView(o.id, o.slug, o.name, o.kind, o.country, o.officialCode, o.population, o.timeZone);
    }
}
