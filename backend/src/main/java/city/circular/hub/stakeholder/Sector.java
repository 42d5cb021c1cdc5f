package city.circular.hub.stakeholder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Sector", description = "The part of the local ecosystem a stakeholder belongs to.")
public enum Sector {
    BUSINESS,
    CHAMBER,
    ASSOCIATION,
    ADMINISTRATION,
    UNIVERSITY_RESEARCH,
    CIVIL_SOCIETY,
    POLITICS,
    UTILITY,
    FINANCE
}
