package city.circular.hub.organization;

/**
 * Fired, as a CDI event, by whatever changes who belongs to which organization or network: the cached caller
 * contexts ({@link CallerCache}) are dropped once the change commits.
 */
public record MembershipsChanged(String why) {}
