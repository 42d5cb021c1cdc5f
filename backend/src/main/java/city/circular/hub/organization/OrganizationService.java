package city.circular.hub.organization;

import city.circular.hub.common.ApiException;
import city.circular.hub.common.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The organization directory is readable by every signed-in caller; only platform administrators extend it. */
@ApplicationScoped
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final CallerContext callers;
    private final Event<MembershipsChanged> membershipsChanged;

    public OrganizationService(
            OrganizationRepository organizations, CallerContext callers, Event<MembershipsChanged> membershipsChanged) {
        this.organizations = organizations;
        this.callers = callers;
        this.membershipsChanged = membershipsChanged;
    }

    /**
     * To be called by whatever changes who belongs to an organization or shares a network with it, inside the
     * changing transaction: the cached caller contexts are dropped once it commits.
     */
    public void membershipsChanged(String why) {
        membershipsChanged.fire(new MembershipsChanged(why));
    }

    public List<Organization> list() {
        return organizations.listByName();
    }

    public List<Organization> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : organizations.list("id in ?1", ids);
    }

    /** The networks the organizations belong to, for figures grouped by network. */
    public List<OrganizationRepository.NetworkMembership> networksOf(Collection<UUID> ids) {
        return organizations.networksOf(ids);
    }

    /** The member organizations of a network; empty for an unknown one. */
    public java.util.Set<UUID> membersOf(UUID network) {
        return organizations.membersOf(network);
    }

    public Organization get(UUID id) {
        return organizations.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Organization " + id));
    }

    @Transactional
    public Organization create(OrganizationInput input) {
        if (organizations.findBySlug(input.slug()).isPresent()) {
            throw new ApiException(ProblemType.CONFLICT, "An organization with the slug " + input.slug() + " exists.");
        }
        Organization o = new Organization();
        o.created(callers.current().username());
        o.slug = input.slug();
        o.name = input.name();
        o.kind = input.kind();
        o.country = input.country();
        o.officialCode = input.officialCode();
        o.population = input.population();
        o.timeZone = zoneFor(input);
        organizations.persist(o);
        membershipsChanged("organization " + o.slug + " created");
        return o;
    }

    private static String zoneFor(OrganizationInput input) {
        if (input.timeZone() == null) {
            String zone = Organization.COUNTRY_ZONES.get(input.country());
            if (zone == null) {
                throw ApiException.invalid("timeZone", "is required for an organization in " + input.country());
            }
            return zone;
        }
        if (!ZoneId.getAvailableZoneIds().contains(input.timeZone())) {
            throw ApiException.invalid("timeZone", "is not a known IANA time zone");
        }
        return input.timeZone();
    }
}
