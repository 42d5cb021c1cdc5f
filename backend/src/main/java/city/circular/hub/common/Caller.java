package city.circular.hub.common;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling, as the access token says: the organizations they belong to with their role, and the organizations
 * that share a network with any of those.
 */
public record Caller(
        String subject,
        String username,
        String displayName,
        boolean platformAdmin,
        Map<UUID, Role> memberships,
        Set<UUID> networkPeers) {

    public boolean isMemberOf(UUID organizationId) {
        return memberships.containsKey(organizationId);
    }

    public boolean canWriteFor(UUID organizationId) {
        Role role = memberships.get(organizationId);
        return role != null && role.canWrite();
    }

    public boolean isAdminOf(UUID organizationId) {
        return memberships.get(organizationId) == Role.ADMIN;
    }

    public boolean canRead(UUID owner, Visibility visibility) {
        return isMemberOf(owner)
                || visibility == Visibility.PUBLIC
                || visibility == Visibility.NETWORK && networkPeers.contains(owner);
    }
}
