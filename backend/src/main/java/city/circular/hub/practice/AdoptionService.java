package city.circular.hub.practice;

import static city.circular.hub.common.Strings.blankToNull;

import city.circular.hub.common.ApiException;
import city.circular.hub.common.AuditedRecord;
import city.circular.hub.common.Cursor;
import city.circular.hub.common.PageRequest;
import city.circular.hub.common.Slice;
import city.circular.hub.common.Versions;
import city.circular.hub.common.Visibility;
import city.circular.hub.organization.AccessPolicy;
import city.circular.hub.organization.OrganizationService;
import city.circular.hub.project.AdoptedProjectService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Other cities adopt a published practice into a starter project of their own and later say how it went. An
 * adoption belongs to the adopter and is seen as its visibility allows; the count of adoptions is for everyone who
 * reads the practice.
 */
@ApplicationScoped
public class AdoptionService {

    static final String WHAT = "Adoption";

    private final PracticeService practices;
    private final AdoptionRepository adoptions;
    private final AdoptedProjectService adoptedProjects;
    private final OrganizationService organizations;
    private final AccessPolicy access;

    public AdoptionService(
            PracticeService practices,
            AdoptionRepository adoptions,
            AdoptedProjectService adoptedProjects,
            OrganizationService organizations,
            AccessPolicy access) {
        this.practices = practices;
        this.adoptions = adoptions;
        this.adoptedProjects = adoptedProjects;
        this.organizations = organizations;
        this.access = access;
    }

    public AdoptionView.Page list(UUID practiceId, PageRequest page) {
        Practice practice = practices.readable(practiceId);
        Slice<PracticeAdoption> slice = Slice.of(
                adoptions.ofPractice(access.readScope(), practice.id, page.plusOne()),
                page.limit(),
                a -> Cursor.of(a.createdAt, a.id));
        Map<UUID, String> names = names(slice.map(a -> a.organizationId));
        long total = adoptions.countsOf(List.of(practice.id)).getOrDefault(practice.id, 0L);
        return new AdoptionView.Page(slice.map(a -> view(a, names)), slice.next(), total);
    }

    public AdoptionView get(UUID practiceId, UUID adoptionId) {
        return view(readable(practiceId, adoptionId));
    }

    /**
     * Creates the adopter's starter project (status IDEA, pre-filled from the practice, origin = the practice as it
     * is now) and the adoption record, in one transaction.
     */
    @Transactional
    public AdoptionView adopt(UUID practiceId, AdoptionInput input) {
        Practice practice = practices.readable(practiceId);
        UUID adopter = access.organizationForNewRecord(input.organizationId());
        if (practice.status != PracticeStatus.PUBLISHED) {
            throw ApiException.rule("Only a published practice can be adopted.");
        }
        if (practice.organizationId.equals(adopter)) {
            throw ApiException.rule(
                    "A practice is adopted by another organization than its own.",
                    "organizationId",
                    "is the practice's own organization");
        }
        adoptions.requireUniqueExternalId(adopter, input.externalId(), null, "adoption");
        String owner = organizations.get(practice.organizationId).name;
        String title = blankToNull(input.projectTitle()) == null
                ? practice.title
                : input.projectTitle().strip();
        UUID projectId = adoptedProjects.create(
                adopter,
                new AdoptedProjectService.Adopted(
                        practice.id,
                        practice.version,
                        practice.title,
                        title,
                        summaryOf(practice),
                        practice.fieldsOfAction,
                        cut("Adopted from the good practice \"" + practice.title + "\" (version " + practice.version
                                + ") of " + owner + ".")));
        PracticeAdoption adoption = new PracticeAdoption();
        adoption.created(adopter, access.caller().username());
        adoption.practiceId = practice.id;
        adoption.projectId = projectId;
        adoption.practiceVersion = practice.version;
        adoption.practiceTitle = practice.title;
        adoption.visibility = input.visibility() == null ? Visibility.PUBLIC : input.visibility();
        adoption.externalId = blankToNull(input.externalId());
        adoptions.persistAndFlush(adoption);
        return view(adoption);
    }

    @Transactional
    public AdoptionView recordFeedback(UUID practiceId, UUID adoptionId, String ifMatch, AdoptionFeedbackInput input) {
        PracticeAdoption adoption = access.writable(readable(practiceId, adoptionId), WHAT);
        Versions.requireMatch(ifMatch, adoption.version);
        adoption.adapted = blankToNull(input.adapted());
        adoption.results = blankToNull(input.results());
        adoption.wouldRecommend = input.wouldRecommend();
        adoption.feedbackAt = AuditedRecord.now();
        adoption.touched(access.caller().username());
        adoptions.flush();
        return view(adoption);
    }

    @Transactional
    public void delete(UUID practiceId, UUID adoptionId, String ifMatch) {
        PracticeAdoption adoption = access.writable(readable(practiceId, adoptionId), WHAT);
        Versions.requireMatch(ifMatch, adoption.version);
        adoptions.delete(adoption);
        adoptions.flush();
    }

    private PracticeAdoption readable(UUID practiceId, UUID adoptionId) {
        Practice practice = practices.readable(practiceId);
        PracticeAdoption adoption = access.readable(adoptions.findById(adoptionId), WHAT);
        if (!adoption.practiceId.equals(practice.id)) {
            throw ApiException.notFound(WHAT);
        }
        return adoption;
    }

    private AdoptionView view(PracticeAdoption adoption) {
        return view(adoption, names(List.of(adoption.organizationId)));
    }

    /** The project is the adopter's own record: only the adopter's members are given its id. */
    private AdoptionView view(PracticeAdoption a, Map<UUID, String> names) {
        UUID project = access.caller().isMemberOf(a.organizationId) ? a.projectId : null;
        return new AdoptionView(
                a.id,
                a.practiceId,
                a.organizationId,
                names.get(a.organizationId),
                project,
                a.practiceVersion,
                a.practiceTitle,
                a.wouldRecommend == null
                        ? null
                        : new AdoptionView.Feedback(a.adapted, a.results, a.wouldRecommend, a.feedbackAt),
                a.visibility,
                a.externalId,
                a.version,
                a.createdAt);
    }

    private Map<UUID, String> names(List<UUID> ids) {
        return organizations.byIds(Set.copyOf(ids)).stream().collect(Collectors.toMap(o -> o.id, o -> o.name));
    }

    private static String summaryOf(Practice practice) {
        String text = practice.summary == null ? "" : practice.summary;
        if (practice.approach != null) {
            text = text.isEmpty() ? practice.approach : text + "\n\n" + practice.approach;
        }
        text = text.isEmpty() ? null : text;
        return text == null || text.length() <= 4000 ? text : text.substring(0, 3999) + "…";
    }

    private static String cut(String note) {
        return note.length() <= 500 ? note : note.substring(0, 499) + "…";
    }
}
