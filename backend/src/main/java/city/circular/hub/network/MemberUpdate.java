package city.circular.hub.network;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NetworkMemberUpdate", description = "The coordinator changes a member's role or note.")
public record MemberUpdate(
        @NotNull MemberRole role,

        @Size(max = 1000) @Schema(examples = "Sprecherstadt der Region Süd")
        String note) {}
