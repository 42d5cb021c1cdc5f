package city.circular.hub.practice;

import city.circular.hub.common.ApiException;
import city.circular.hub.common.AuditedRecord;
import city.circular.hub.common.Caller;
import city.circular.hub.common.Dirty;
import city.circular.hub.common.FieldError;
import city.circular.hub.common.PageRequest;
import city.circular.hub.common.ProblemType;
import city.circular.hub.common.Slice;
import city.circular.hub.common.Versions;
import city.circular.hub.common.Visibility;
import city.circular.hub.fieldofaction.FieldOfActionService;
import city.circular.hub.organization.AccessPolicy;
import city.circular.hub.organization.Organization;
import city.circular.hub.organization.OrganizationRepository;
import city.circular.hub.organization.OrganizationService;
import city.circular.hub.organization.WriteCheck;
import city.circular.hub.project.ProjectSummaryService;
import city.circular.hub.sdg.SdgService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Good practices: written by their owner, published to a network or everyone, searched in the library. Drafts are
 * read by the owner's members only, whatever their visibility says: a draft is not yet meant for peers.
 */
@ApplicationScoped
public class PracticeService implements WriteCheck {

    static final String WHAT = "Practice";

    private final PracticeRepository practices;
    private final PracticeSearch search;
    private final AdoptionRepository adoptions;
    private final OrganizationService organizations;
    private final FieldOfActionService fieldsOfAction;
    private final SdgService sdgs;
    private final ProjectSummaryService projects;
    private final AccessPolicy access;

    public PracticeService(
            PracticeRepository practices,
            PracticeSearch search,
            AdoptionRepository adoptions,
            OrganizationService organizations,
            FieldOfActionService fieldsOfAction,
            SdgService sdgs,
            ProjectSummaryService projects,
            AccessPolicy access) {
        this.practices = practices;
        this.search = search;
        this.adoptions = adoptions;
        this.organizations = organizations;
        this.fieldsOfAction = fieldsOfAction;
        this.sdgs = sdgs;
        this.projects = projects;
        this.access = access;
    }

    @Override
    public void checkWritable(UUID id) {
        writable(id);
    }

    /** Published practices of an organization and how often others adopted them. */
    public record SharedPractices(long published, long adoptions) {}

    /**
     * The practices each organization published with NETWORK or PUBLIC visibility, and their adoptions (a count
     * names no adopter): what a network's roll-up compares. Organizations without any are absent.
     */
    public Map<UUID, SharedPractices> sharedBy(Collection<UUID> organizationIds) {
        if (organizationIds.isEmpty()) {
            return Map.of();
        }
        List<Practice> published = practices.list(
                "organizationId in ?1 and visibility in ?2 and status = ?3",
                organizationIds,
                Visibility.SHARED,
                PracticeStatus.PUBLISHED);
        Map<UUID, Long> adopted =
                adoptions.countsOf(published.stream().map(p -> p.id).toList());
        Map<UUID, SharedPractices> shared = new HashMap<>();
        for (Practice p : published) {
            SharedPractices before = shared.getOrDefault(p.organizationId, new SharedPractices(0, 0));
            shared.put(
                    p.organizationId,
                    new SharedPractices(before.published() + 1, before.adoptions() + adopted.getOrDefault(p.id, 0L)));
        }
        return shared;
    }

    public PracticePage search(PracticeFilter filter, PageRequest page) {
        AccessPolicy.Scope scope = access.nativeReadScope("p");
        Set<UUID> networkMembers = filter.networkId() == null ? Set.of() : organizations.membersOf(filter.networkId());
        PracticeSearch.Result result = search.search(scope, filter, networkMembers, page.plusOne());
        Slice<PracticeSearch.Hit> slice = Slice.of(result.hits(), page.limit(), PracticeSearch.Hit::cursor);
        List<UUID> ids = slice.map(PracticeSearch.Hit::id);
        Map<UUID, Practice> byId = ids.isEmpty()
                ? Map.of()
                : practices.list("id in ?1", ids).stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
        Map<UUID, PracticeSearch.Highlight> highlights = search.highlights(ids, filter.text());
        Map<UUID, Long> counts = adoptions.countsOf(ids);
        PracticeSearch.Counts facets = result.counts();
        Set<UUID> named = new HashSet<>();
        byId.values().forEach(p -> named.add(p.organizationId));
        Set<UUID> facetOrganizations = facets.byFacet().getOrDefault("organization", Map.of()).keySet().stream()
                .map(UUID::fromString)
                .collect(Collectors.toSet());
        Map<UUID, String> names = namesOf(named);
        List<PracticePage.Item> items = slice.map(hit -> {
            Practice p = byId.get(hit.id());
            return PracticeMapper.toItem(
                    p, names.get(p.organizationId), counts.getOrDefault(p.id, 0L), hit.rank(), highlights.get(p.id));
        });
        return new PracticePage(items, slice.next(), facets.total(), facetsOf(facets, facetOrganizations));
    }

    public PracticeView get(UUID id) {
        return view(readable(id));
    }

    @Transactional
    public PracticeView create(PracticeInput input) {
        UUID owner = access.organizationForNewRecord(input.organizationId());
        practices.requireUniqueExternalId(owner, input.externalId(), null, "practice");
        check(owner, input);
        Practice practice = new Practice();
        practice.created(owner, access.caller().username());
        PracticeMapper.apply(input, practice);
        practices.persistAndFlush(practice);
        return view(practice);
    }

    @Transactional
    public PracticeView update(UUID id, String ifMatch, PracticeInput input) {
        Practice practice = writable(id);
        Versions.requireMatch(ifMatch, practice.version);
        practices.requireUniqueExternalId(practice.organizationId, input.externalId(), id, "practice");
        check(practice.organizationId, input);
        if (practice.status == PracticeStatus.PUBLISHED && !shared(input.visibility())) {
            throw ApiException.rule(
                    "A published practice is shared with a network or everyone; take it back to DRAFT first.",
                    "visibility",
                    "must be NETWORK or PUBLIC while the practice is published");
        }
        PracticeMapper.apply(input, practice);
        Dirty.touchIfChanged(
                practices.getEntityManager(), practice, access.caller().username());
        practices.flush();
        return view(practice);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Practice practice = writable(id);
        Versions.requireMatch(ifMatch, practice.version);
        practices.delete(practice);
        practices.flush();
    }

    @Transactional
    public PracticeView changeStatus(UUID id, String ifMatch, PracticeStatusChange change) {
        Practice practice = writable(id);
        Versions.requireMatch(ifMatch, practice.version);
        if (change.status() == PracticeStatus.PUBLISHED) {
            if (!shared(practice.visibility)) {
                throw ApiException.rule(
                        "Only a practice shared with a network or everyone can be published; set its visibility to "
                                + "NETWORK or PUBLIC first.",
                        "visibility",
                        "must be NETWORK or PUBLIC to publish");
            }
            if (practice.status != PracticeStatus.PUBLISHED) {
                practice.publishedAt = AuditedRecord.now();
            }
        } else {
            practice.publishedAt = null;
        }
        practice.status = change.status();
        practice.touched(access.caller().username());
        practices.flush();
        return view(practice);
    }

    /**
     * A draft pre-filled from a starter project the caller edits: its summary, fields of action, measures as the
     * approach, and its impact totals as estimated result figures. Parties and the persons named in measures are
     * left out: personal data never enters a practice.
     */
    @Transactional
    public PracticeView draftFromProject(UUID projectId) {
        ProjectSummaryService.ProjectDigest project = projects.get(projectId);
        if (!access.caller().canWriteFor(project.organizationId())) {
            throw new ApiException(
                    ProblemType.FORBIDDEN,
                    "You may read this starter project but not publish it as a practice of its organization.");
        }
        Organization owner = organizations.get(project.organizationId());
        Practice practice = new Practice();
        practice.created(owner.id, access.caller().username());
        PracticeDraft.fill(practice, project, owner);
        practices.persistAndFlush(practice);
        return view(practice);
    }

    /** A practice the caller may read: published and visible, or a draft of their own organization. */
    Practice readable(UUID id) {
        Practice practice = access.readable(practices.findById(id), WHAT);
        if (practice.status == PracticeStatus.DRAFT && !access.caller().isMemberOf(practice.organizationId)) {
            throw ApiException.notFound(WHAT);
        }
        return practice;
    }

    Practice writable(UUID id) {
        return access.writable(readable(id), WHAT);
    }

    private PracticeView view(Practice practice) {
        Set<UUID> ids = new HashSet<>();
        ids.add(practice.organizationId);
        if (practice.contactOrganizationId != null) {
            ids.add(practice.contactOrganizationId);
        }
        Map<UUID, String> names = namesOf(ids);
        PracticeView.OrganizationRef contact = practice.contactOrganizationId == null
                ? null
                : new PracticeView.OrganizationRef(
                        practice.contactOrganizationId, names.get(practice.contactOrganizationId));
        long adopted = adoptions.countsOf(List.of(practice.id)).getOrDefault(practice.id, 0L);
        return PracticeMapper.toView(practice, names.get(practice.organizationId), contact, adopted);
    }

    /** Checks what annotations cannot: fields of action, SDG targets, the contact and the source project. */
    private void check(UUID owner, PracticeInput input) {
        fieldsOfAction.requireUsable(owner, input.fieldsOfAction());
        List<FieldError> errors = new ArrayList<>();
        List<String> targets = input.sdgTargets() == null ? List.of() : input.sdgTargets();
        Set<String> known = targets.isEmpty() ? Set.of() : sdgs.existingTargets(targets);
        for (int i = 0; i < targets.size(); i++) {
            if (!known.contains(targets.get(i))) {
                errors.add(new FieldError("sdgTargets[" + i + "]", "is not an SDG target"));
            }
        }
        if (input.contactOrganizationId() != null
                && organizations.byIds(List.of(input.contactOrganizationId())).isEmpty()) {
            errors.add(new FieldError("contactOrganizationId", "is not an organization of the hub"));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ProblemType.RULE_VIOLATION, ApiException.invalidDetail(errors.size()), errors);
        }
        if (input.sourceProjectId() != null) {
            try {
                ProjectSummaryService.ProjectDigest project = projects.get(input.sourceProjectId());
                if (!project.organizationId().equals(owner)) {
                    throw ApiException.rule(
                            "A practice documents a project of its own organization.",
                            "sourceProjectId",
                            "is a project of another organization");
                }
            } catch (ApiException e) {
                if (e.type != ProblemType.NOT_FOUND) {
                    throw e;
                }
                throw ApiException.rule(
                        "The source project does not exist or is not visible to you.",
                        "sourceProjectId",
                        "is not a starter project you can read");
            }
        }
    }

    private static boolean shared(Visibility visibility) {
        return visibility == Visibility.NETWORK || visibility == Visibility.PUBLIC;
    }

    private Map<UUID, String> namesOf(Set<UUID> ids) {
        return organizations.byIds(ids).stream().collect(Collectors.toMap(o -> o.id, o -> o.name));
    }

    private PracticePage.Facets facetsOf(PracticeSearch.Counts counts, Set<UUID> owners) {
        Map<String, Map<String, Long>> by = counts.byFacet();
        Map<String, Long> perOwner = by.getOrDefault("organization", Map.of());
        Map<UUID, String> networkNames = new HashMap<>();
        Map<UUID, Long> perNetwork = new HashMap<>();
        for (OrganizationRepository.NetworkMembership m : organizations.networksOf(owners)) {
            networkNames.put(m.networkId(), m.networkName());
            perNetwork.merge(
                    m.networkId(), perOwner.getOrDefault(m.organizationId().toString(), 0L), Long::sum);
        }
        List<PracticePage.FacetValue> networks = perNetwork.entrySet().stream()
                .map(e ->
                        new PracticePage.FacetValue(e.getKey().toString(), networkNames.get(e.getKey()), e.getValue()))
                .sorted(BY_COUNT)
                .toList();
        return new PracticePage.Facets(
                values(by.get("fieldOfAction")),
                values(by.get("country")),
                values(by.get("populationBand")),
                values(by.get("maturity")),
                networks);
    }

    private static final Comparator<PracticePage.FacetValue> BY_COUNT = Comparator.comparingLong(
                    PracticePage.FacetValue::count)
            .reversed()
            .thenComparing(PracticePage.FacetValue::value);

    private static List<PracticePage.FacetValue> values(Map<String, Long> counts) {
        if (counts == null) {
            return List.of();
        }
        return counts.entrySet().stream()
                .map(e -> new PracticePage.FacetValue(e.getKey(), null, e.getValue()))
                .sorted(BY_COUNT)
                .toList();
    }

    /** The caller, for the sub-resources of a practice. */
    Caller caller() {
        return access.caller();
    }
}
