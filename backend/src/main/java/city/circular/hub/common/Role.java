package city.circular.hub.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Role", description = "A member's role in an organization: VIEWER reads; EDITOR and ADMIN also write.")
public enum Role {
    VIEWER,
    EDITOR,
    ADMIN;

    public boolean canWrite() {
        return this != VIEWER;
    }
}
