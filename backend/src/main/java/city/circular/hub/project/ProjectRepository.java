package city.circular.hub.project;

import city.circular.hub.common.ListQuery;
import city.circular.hub.common.PageRequest;
import city.circular.hub.common.TenantRepository;
import city.circular.hub.organization.AccessPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ProjectRepository implements TenantRepository<StarterProject> {

    record Filter(
            UUID organizationId,
            UUID strategyId,
            ProjectStatus status,
            String fieldOfAction,
            UUID responsibleStakeholderId,
            String text,
            Instant updatedSince) {}

    List<StarterProject> search(AccessPolicy.Scope scope, Filter filter, PageRequest page) {
        ListQuery query = new ListQuery("StarterProject", scope.condition(), scope.parameters())
                .where("r.organizationId = :organizationId", "organizationId", filter.organizationId())
                .where("r.strategyId = :strategyId", "strategyId", filter.strategyId())
                .where("r.status = :status", "status", filter.status())
                .where("array_contains(r.fieldsOfAction, :fieldOfAction)", "fieldOfAction", filter.fieldOfAction())
                .where(
                        "exists (from ProjectParty p where p.projectId = r.id and p.stakeholderId = :responsible"
                                + " and p.role = city.circular.hub.project.Raci.RESPONSIBLE)",
                        "responsible",
                        filter.responsibleStakeholderId())
                .matching(filter.text(), "r.title", "r.summary")
                .where("r.updatedAt >= :updatedSince", "updatedSince", filter.updatedSince())
                .after(
                        page.after(),
                        "r.updatedAt",
                        page.after() == null ? null : page.after().instant(),
                        true);
        return find(query.orderedBy("r.updatedAt", true), query.parameters())
                .range(0, page.limit())
                .list();
    }
}
