package city.circular.hub.organization;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrganizationKind")
public enum OrganizationKind {
    MUNICIPALITY,
    BUSINESS_DEVELOPMENT_AGENCY,
    REGION,
    NETWORK_COORDINATOR,
    RESEARCH,
    OTHER
}
