package city.circular.hub.network;

import city.circular.hub.common.Visibility;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Network",
        description = "A network or programme of organizations, with its coordinator and programme details.",
        requiredProperties = {
            "id",
            "coordinator",
            "name",
            "kind",
            "fieldsOfAction",
            "links",
            "status",
            "visibility",
            "memberCount",
            "version",
            "createdAt",
            "createdBy",
            "updatedAt",
            "updatedBy"
        })
public record NetworkView(
        UUID id,
        OrganizationRef coordinator,
        @Schema(examples = "Kreislaufstädte NRW") String name,
        NetworkKind kind,
        String description,

        @Schema(description = "Focus areas: codes of fields of action")
        List<String> fieldsOfAction,

        LocalDate periodFrom,
        LocalDate periodTo,
        @Schema(examples = "Land NRW, EFRE") String funder,

        @Schema(examples = "EFRE/JTF-Programm NRW 2021-2027")
        String fundingLine,

        @Schema(examples = "1250000.00") BigDecimal budget,
        @Schema(examples = "EUR") String currency,
        List<Link> links,
        NetworkStatus status,
        Visibility visibility,
        String externalId,

        @Schema(description = "Accepted memberships, the coordinator's included", examples = "5")
        long memberCount,

        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {}
