package city.circular.hub.network;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "NetworkMemberList",
        description = "Memberships by organization name.",
        requiredProperties = {"items"})
public record MemberList(List<MemberView> items) {}
