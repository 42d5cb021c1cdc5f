package city.circular.hub.project;

import city.circular.hub.common.Visibility;
import city.circular.hub.organization.AccessPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A read-only digest of a starter project for other features, such as a good practice drafted from it. Leaves out
 * the parties and the measures' responsible and involved persons: a digest carries no personal data.
 */
@ApplicationScoped
public class ProjectSummaryService {

    private final ProjectRepository projects;
    private final MeasureRepository measures;
    private final AccessPolicy access;

    public ProjectSummaryService(ProjectRepository projects, MeasureRepository measures, AccessPolicy access) {
        this.projects = projects;
        this.measures = measures;
        this.access = access;
    }

    public record ProjectDigest(
            UUID id,
            UUID organizationId,
            String title,
            String summary,
            List<String> fieldsOfAction,
            ProjectStatus status,
            LocalDate startDate,
            LocalDate actualCompletion,
            BigDecimal budgetPlanned,
            BigDecimal budgetActual,
            String fundingSource,
            List<MeasureDigest> measures,
            ProjectViews.ImpactTotals totals,
            Visibility visibility) {}

    public record MeasureDigest(String title, String description, MeasureStatus status) {}

    /** The project if the caller may read it: 404 if not. */
    public ProjectDigest get(UUID id) {
        StarterProject p = access.readable(projects.findById(id), StarterProjectService.WHAT);
        List<Measure> of = measures.ofProjects(List.of(p.id));
        return new ProjectDigest(
                p.id,
                p.organizationId,
                p.title,
                p.summary,
                List.copyOf(p.fieldsOfAction),
                p.status,
                p.startDate,
                p.actualCompletion,
                p.budgetPlanned,
                p.budgetActual,
                p.fundingSource,
                of.stream()
                        .filter(m -> m.status != MeasureStatus.CANCELLED)
                        .map(m -> new MeasureDigest(m.title, m.description, m.status))
                        .toList(),
                ProjectMapper.totals(of),
                p.visibility);
    }

    /** Whether the project exists and the caller may read it, for links that must not point into the void. */
    public void requireReadable(UUID id) {
        if (id != null) {
            access.readable(projects.findById(id), StarterProjectService.WHAT);
        }
    }
}
