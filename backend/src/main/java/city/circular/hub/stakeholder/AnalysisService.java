package city.circular.hub.stakeholder;

import static city.circular.hub.common.Strings.blankToNull;

import city.circular.hub.common.ApiException;
import city.circular.hub.common.Cursor;
import city.circular.hub.common.Dirty;
import city.circular.hub.common.PageRequest;
import city.circular.hub.common.Slice;
import city.circular.hub.common.Versions;
import city.circular.hub.common.Visibility;
import city.circular.hub.organization.AccessPolicy;
import city.circular.hub.organization.WriteCheck;
import city.circular.hub.strategy.StrategyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Stakeholder analyses of a strategy and the ratings they give; ratings compare with the previous analysis. */
@ApplicationScoped
public class AnalysisService implements WriteCheck {

    private static final String WHAT = "Stakeholder analysis";

    private final AnalysisRepository analyses;
    private final RatingRepository ratings;
    private final StakeholderRepository stakeholders;
    private final StrategyService strategies;
    private final AccessPolicy access;

    public AnalysisService(
            AnalysisRepository analyses,
            RatingRepository ratings,
            StakeholderRepository stakeholders,
            StrategyService strategies,
            AccessPolicy access) {
        this.analyses = analyses;
        this.ratings = ratings;
        this.stakeholders = stakeholders;
        this.strategies = strategies;
        this.access = access;
    }

    @Override
    public void checkWritable(UUID id) {
        access.writable(analyses.findById(id), WHAT);
    }

    public AnalysisPage list(AnalysisRepository.Filter filter, PageRequest page) {
        Slice<StakeholderAnalysis> slice = Slice.of(
                analyses.search(access.readScope(), filter, page.plusOne()),
                page.limit(),
                a -> Cursor.of(a.updatedAt, a.id));
        return new AnalysisPage(slice.map(AnalysisView::of), slice.next());
    }

    public StakeholderAnalysis get(UUID id) {
        return access.readable(analyses.findById(id), WHAT);
    }

    @Transactional
    public StakeholderAnalysis create(AnalysisInput input) {
        var strategy = strategies.getWritable(input.strategyId());
        analyses.requireUniqueExternalId(strategy.organizationId, input.externalId(), null, "analysis");
        StakeholderAnalysis analysis = new StakeholderAnalysis();
        analysis.created(strategy.organizationId, access.caller().username());
        analysis.strategyId = strategy.id;
        apply(input, analysis);
        analyses.persistAndFlush(analysis);
        return analysis;
    }

    @Transactional
    public StakeholderAnalysis update(UUID id, String ifMatch, AnalysisInput input) {
        StakeholderAnalysis analysis = writable(id, ifMatch);
        if (!analysis.strategyId.equals(input.strategyId())) {
            throw ApiException.rule("An analysis stays with the strategy it was created for.");
        }
        analyses.requireUniqueExternalId(analysis.organizationId, input.externalId(), id, "analysis");
        apply(input, analysis);
        Dirty.touchIfChanged(
                analyses.getEntityManager(), analysis, access.caller().username());
        analyses.flush();
        return analysis;
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        analyses.delete(writable(id, ifMatch));
        analyses.flush();
    }

    /** The analysis's ratings of stakeholders the caller may read, each with its rating in the previous analysis. */
    public RatingList ratings(UUID analysisId) {
        StakeholderAnalysis analysis = get(analysisId);
        StakeholderAnalysis previous = previousOf(analysis);
        List<StakeholderRating> current = ratings.ofAnalysis(analysis.id);
        Map<UUID, StakeholderRating> before = previous == null
                ? Map.of()
                : ratings.ofAnalysis(previous.id).stream()
                        .collect(Collectors.toMap(r -> r.stakeholderId, Function.identity()));
        Map<UUID, Stakeholder> rated = readableStakeholders(current);
        List<RatingView> items = current.stream()
                .filter(r -> rated.containsKey(r.stakeholderId))
                .map(r -> RatingView.of(
                        r, rated.get(r.stakeholderId), previousRating(previous, before.get(r.stakeholderId))))
                .sorted(Comparator.comparing((RatingView v) -> v.stakeholder().name())
                        .thenComparing(RatingView::id))
                .toList();
        return new RatingList(analysis.id, previous == null ? null : previous.id, items);
    }

    public RatingView rating(UUID analysisId, UUID stakeholderId) {
        return ratings(analysisId).items().stream()
                .filter(r -> r.stakeholder().id().equals(stakeholderId))
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("Rating"));
    }

    /**
     * Creates or replaces the rating of a stakeholder in an analysis. Replacing needs If-Match with the rating's
     * version; creating needs none. Returns whether it was created.
     */
    @Transactional
    public boolean rate(UUID analysisId, UUID stakeholderId, String ifMatch, RatingInput input) {
        StakeholderAnalysis analysis = access.writable(analyses.findById(analysisId), WHAT);
        Stakeholder stakeholder = access.readable(stakeholders.findById(stakeholderId), StakeholderService.WHAT);
        if (!stakeholder.organizationId.equals(analysis.organizationId)) {
            throw ApiException.rule("An analysis rates only stakeholders of its own organization's register.");
        }
        var existing = ratings.find(analysis.id, stakeholder.id);
        StakeholderRating rating;
        if (existing.isPresent()) {
            rating = existing.get();
            Versions.requireMatch(ifMatch, rating.version);
        } else {
            rating = new StakeholderRating();
            rating.created(access.caller().username());
            rating.analysisId = analysis.id;
            rating.stakeholderId = stakeholder.id;
        }
        rating.power = input.power().shortValue();
        rating.interest = input.interest().shortValue();
        rating.attitude = input.attitude().shortValue();
        rating.engagementCurrent = input.engagementCurrent();
        rating.engagementDesired = input.engagementDesired();
        rating.rationale = blankToNull(input.rationale());
        if (existing.isEmpty()) {
            ratings.persist(rating);
        } else {
            // A rating sent again as it is stored keeps its version and writes no change record.
            Dirty.touchIfChanged(
                    ratings.getEntityManager(), rating, access.caller().username());
        }
        ratings.flush();
        return existing.isEmpty();
    }

    @Transactional
    public void deleteRating(UUID analysisId, UUID stakeholderId, String ifMatch) {
        StakeholderAnalysis analysis = access.writable(analyses.findById(analysisId), WHAT);
        StakeholderRating rating =
                ratings.find(analysis.id, stakeholderId).orElseThrow(() -> ApiException.notFound("Rating"));
        Versions.requireMatch(ifMatch, rating.version);
        ratings.delete(rating);
        ratings.flush();
    }

    private StakeholderAnalysis previousOf(StakeholderAnalysis analysis) {
        List<StakeholderAnalysis> chronological = analyses.ofStrategyChronologically(analysis.strategyId);
        int index = chronological.indexOf(analysis);
        for (int i = index - 1; i >= 0; i--) {
            StakeholderAnalysis candidate = chronological.get(i);
            if (access.canRead(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private Map<UUID, Stakeholder> readableStakeholders(List<StakeholderRating> ratings) {
        List<UUID> ids = ratings.stream().map(r -> r.stakeholderId).toList();
        List<Stakeholder> found = ids.isEmpty() ? List.of() : stakeholders.list("id in ?1", ids);
        return access.readableOnly(found).stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
    }

    private static RatingView.PreviousRating previousRating(StakeholderAnalysis analysis, StakeholderRating rating) {
        if (rating == null) {
            return null;
        }
        return new RatingView.PreviousRating(
                analysis.id,
                analysis.title,
                analysis.conductedOn,
                rating.power,
                rating.interest,
                rating.attitude,
                rating.engagementCurrent,
                rating.quadrant());
    }

    private StakeholderAnalysis writable(UUID id, String ifMatch) {
        StakeholderAnalysis analysis = access.writable(analyses.findById(id), WHAT);
        Versions.requireMatch(ifMatch, analysis.version);
        return analysis;
    }

    private static void apply(AnalysisInput input, StakeholderAnalysis a) {
        a.title = input.title().strip();
        a.method = input.method();
        a.conductedOn = input.conductedOn();
        a.status = input.status() == null ? AnalysisStatus.PLANNED : input.status();
        a.facilitator = blankToNull(input.facilitator());
        a.visibility = input.visibility() == null ? Visibility.PRIVATE : input.visibility();
        a.externalId = blankToNull(input.externalId());
    }
}
