package city.circular.hub.stakeholder;

import city.circular.hub.common.ApiException;
import city.circular.hub.organization.AccessPolicy;
import city.circular.hub.stakeholder.StakeholderStanding.EngagementGap;
import city.circular.hub.stakeholder.StakeholderStanding.LatestAnalysis;
import city.circular.hub.stakeholder.StakeholderStanding.SectorCount;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Where an organization's stakeholder work stands, for its own members (who read all of its records, whatever their
 * visibility): the register by sector and the largest engagement gaps of its latest analysis.
 */
@ApplicationScoped
public class StakeholderStandingService {

    private static final int GAPS_SHOWN = 10;

    private final StakeholderRepository stakeholders;
    private final AnalysisRepository analyses;
    private final AccessPolicy access;

    public StakeholderStandingService(
            StakeholderRepository stakeholders, AnalysisRepository analyses, AccessPolicy access) {
        this.stakeholders = stakeholders;
        this.analyses = analyses;
        this.access = access;
    }

    /** For a member of the organization only (404 otherwise). */
    public StakeholderStanding standingOf(UUID organizationId) {
        if (!access.caller().isMemberOf(organizationId)) {
            throw ApiException.notFound("Organization");
        }
        List<SectorCount> bySector = stakeholders
                .getEntityManager()
                .createQuery(
                        "select s.sector, count(s) from Stakeholder s where s.organizationId = :o group by s.sector",
                        Object[].class)
                .setParameter("o", organizationId)
                .getResultList()
                .stream()
                .map(row -> new SectorCount((Sector) row[0], ((Long) row[1]).intValue()))
                .sorted(Comparator.comparing(SectorCount::sector))
                .toList();
        int total = bySector.stream().mapToInt(SectorCount::count).sum();
        List<StakeholderAnalysis> latest = analyses.find(
                        "organizationId = ?1 order by conductedOn desc nulls last, createdAt desc", organizationId)
                .page(0, 1)
                .list();
        if (latest.isEmpty()) {
            return new StakeholderStanding(total, bySector, null, List.of());
        }
        StakeholderAnalysis analysis = latest.getFirst();
        List<Object[]> rated = analyses.getEntityManager()
                .createQuery(
                        "select r, s from StakeholderRating r, Stakeholder s where s.id = r.stakeholderId"
                                + " and r.analysisId = :a",
                        Object[].class)
                .setParameter("a", analysis.id)
                .getResultList();
        List<EngagementGap> gaps = rated.stream()
                .map(row -> EngagementGap.of((StakeholderRating) row[0], (Stakeholder) row[1]))
                .filter(g -> g.gap() > 0)
                .sorted(Comparator.comparingInt(EngagementGap::gap).reversed().thenComparing(EngagementGap::name))
                .toList();
        return new StakeholderStanding(
                total,
                bySector,
                new LatestAnalysis(analysis.id, analysis.title, analysis.conductedOn, rated.size(), gaps.size()),
                gaps.stream().limit(GAPS_SHOWN).toList());
    }
}
