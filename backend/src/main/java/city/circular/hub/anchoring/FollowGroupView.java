package city.circular.hub.anchoring;

import city.circular.hub.common.Visibility;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "FollowGroup",
        description = "A politicians' follow group of a municipality. Its meetings are listed separately.",
        requiredProperties = {
            "id",
            "organizationId",
            "name",
            "visibility",
            "version",
            "createdAt",
            "createdBy",
            "updatedAt",
            "updatedBy"
        })
public record FollowGroupView(
        UUID id,
        UUID organizationId,

        @Schema(examples = "Politische Begleitgruppe Kreislaufstadt")
        String name,

        String description,
        Visibility visibility,
        String externalId,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    static FollowGroupView of(FollowGroup g) {
        return new FollowGroupView(
                g.id,
                g.organizationId,
                g.name,
                g.description,
                g.visibility,
                g.externalId,
                g.version,
                g.createdAt,
                g.createdBy,
                g.updatedAt,
                g.updatedBy);
    }
}
