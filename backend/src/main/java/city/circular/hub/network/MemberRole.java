package city.circular.hub.network;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NetworkMemberRole", description = "The part an organization plays in a network.")
public enum MemberRole {
    MEMBER_MUNICIPALITY,
    COORDINATOR,
    ADVISOR_ORGANIZATION,
    RESEARCH_PARTNER,
    ASSOCIATED_PARTNER
}
