package city.circular.hub.network;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AdvisorAssignmentRepository implements PanacheRepositoryBase<AdvisorAssignment, UUID> {

    List<AdvisorAssignment> ofNetwork(UUID networkId) {
        return list("networkId = ?1 order by startsOn desc, id", networkId);
    }

    /** The same advisor's assignments to the same municipality of the network, for the overlap rule. */
    List<AdvisorAssignment> ofAdvisorFor(UUID networkId, UUID municipalityId, String username) {
        return list(
                "networkId = ?1 and municipalityId = ?2 and advisorUsername = ?3", networkId, municipalityId, username);
    }

    /** A person's assignments in every network, newest first. */
    List<AdvisorAssignment> ofAdvisor(String username) {
        return list("advisorUsername = ?1 order by startsOn desc, id", username);
    }
}
