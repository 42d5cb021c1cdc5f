package city.circular.hub.apiclient;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ApiClientRole",
        description = "What a machine client may do for its organization: VIEWER reads, EDITOR also writes.")
public enum ApiClientRole {
    VIEWER,
    EDITOR;

    /** The Keycloak group path this role stands for in the organization, as CallerContext reads it. */
    String groupPath(String organizationSlug) {
        return "/organizations/" + organizationSlug + "/" + name().toLowerCase();
    }
}
