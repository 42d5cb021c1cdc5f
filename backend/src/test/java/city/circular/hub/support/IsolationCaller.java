package city.circular.hub.support;

/**
 * The callers of the tenant-isolation matrix, seen from a record owned by Musterstadt: its members read it, whatever
 * its visibility, and its editors, admins and sync client change it; Nachbarstadt shares a network with it and reads
 * NETWORK and PUBLIC records; everyone else reads PUBLIC records only and changes nothing.
 */
public enum IsolationCaller {
    OWNER_ADMIN(Tokens.member("musterstadt", "admin"), true, true),
    OWNER_EDITOR(Tokens.member("musterstadt", "editor"), true, true),
    OWNER_VIEWER(Tokens.member("musterstadt", "viewer"), true, false),
    OWNER_SYNC_CLIENT(
            Tokens.user("service-account-cch-sync-musterstadt", "/organizations/musterstadt/editor"), true, true),
    NETWORK_PEER_EDITOR(Tokens.member("nachbarstadt", "editor"), false, false),
    OTHER_COUNTRY_EDITOR(Tokens.member("eksempelby", "editor"), false, false),
    OTHER_COUNTRY_ADMIN(Tokens.member("eksempelby", "admin"), false, false),
    UNKNOWN_ORGANIZATION(Tokens.member("nowhere", "admin"), false, false),
    NO_MEMBERSHIP(Tokens.user("nobody"), false, false),
    PLATFORM_ADMIN(Tokens.platformAdmin(), false, false);

    public final String token;
    public final boolean member;
    public final boolean writes;

    IsolationCaller(String token, boolean member, boolean writes) {
        this.token = token;
        this.member = member;
        this.writes = writes;
    }

    public boolean reads(String visibility) {
        return member || visibility.equals("PUBLIC") || visibility.equals("NETWORK") && this == NETWORK_PEER_EDITOR;
    }

    /** 200 for those who change the record, 403 for those who only read it, 404 for those who may not see it. */
    public int writeStatus(String visibility) {
        return !reads(visibility) ? 404 : writes ? 200 : 403;
    }
}
