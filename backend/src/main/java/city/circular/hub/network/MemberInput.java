package city.circular.hub.network;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "NetworkMemberInput",
        description = "Invites an organization (when the caller administers the network) or asks to join (when the "
                + "caller administers the organization).")
public record MemberInput(
        @NotNull UUID organizationId,

        @Schema(description = "Defaults to MEMBER_MUNICIPALITY")
        MemberRole role,

        @Size(max = 1000) @Schema(examples = "Wir laden Sie herzlich in das Konsortium ein.")
        String note) {}
