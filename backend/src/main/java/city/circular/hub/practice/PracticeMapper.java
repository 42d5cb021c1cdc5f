package city.circular.hub.practice;

import static city.circular.hub.common.Strings.blankToNull;

import city.circular.hub.common.Dirty;
import city.circular.hub.common.Visibility;
import java.util.ArrayList;
import java.util.List;

final class PracticeMapper {

    private PracticeMapper() {}

    static PracticeView toView(
            Practice p, String organizationName, PracticeView.OrganizationRef contact, long adoptionCount) {
        return new PracticeView(
                p.id,
                p.organizationId,
                organizationName,
                p.title,
                p.summary,
                new PracticeView.Context(p.municipality, p.country, p.populationBand, p.regionType),
                p.problem,
                p.approach,
                new PracticeView.Results(
                        p.results, p.co2eTonnesPerYear, p.renewableMwhPerYear, p.materialTonnesPerYear, p.figuresBasis),
                p.successFactors,
                p.barriers,
                p.costAndEffort,
                p.duration,
                p.transferConditions,
                p.lessonsLearned,
                contact,
                List.copyOf(p.fieldsOfAction),
                List.copyOf(p.sdgTargets),
                p.maturity,
                p.language,
                p.licence,
                p.attachments.stream()
                        .map(a -> new PracticeView.Attachment(a.title(), a.url()))
                        .toList(),
                p.status,
                p.publishedAt,
                p.sourceProjectId,
                adoptionCount,
                p.visibility,
                p.externalId,
                p.version,
                p.createdAt,
                p.updatedAt);
    }

    static PracticePage.Item toItem(
            Practice p, String organizationName, long adoptionCount, Float rank, PracticeSearch.Highlight highlight) {
        return new PracticePage.Item(
                p.id,
                p.organizationId,
                organizationName,
                p.title,
                p.summary,
                p.country,
                p.populationBand,
                List.copyOf(p.fieldsOfAction),
                p.maturity,
                p.language,
                p.status,
                adoptionCount,
                rank,
                highlight == null
                        ? null
                        : new PracticePage.Highlight(
                                highlight.title() == null ? PracticeSearch.marked(p.title) : highlight.title(),
                                highlight.excerpt()),
                p.visibility,
                p.version,
                p.updatedAt);
    }

    static void apply(PracticeInput input, Practice p) {
        p.title = input.title().strip();
        p.summary = blankToNull(input.summary());
        PracticeInput.Context context = input.context();
        p.municipality = context == null ? null : blankToNull(context.municipality());
        p.country = context == null ? null : context.country();
        p.populationBand = context == null ? null : context.populationBand();
        p.regionType = context == null ? null : context.regionType();
        p.problem = blankToNull(input.problem());
        p.approach = blankToNull(input.approach());
        PracticeInput.Results results = input.results();
        p.results = results == null ? null : blankToNull(results.text());
        p.co2eTonnesPerYear =
                Dirty.sameAmount(p.co2eTonnesPerYear, results == null ? null : results.co2eTonnesPerYear());
        p.renewableMwhPerYear =
                Dirty.sameAmount(p.renewableMwhPerYear, results == null ? null : results.renewableMwhPerYear());
        p.materialTonnesPerYear =
                Dirty.sameAmount(p.materialTonnesPerYear, results == null ? null : results.materialTonnesPerYear());
        p.figuresBasis = results == null ? null : results.basis();
        p.successFactors = blankToNull(input.successFactors());
        p.barriers = blankToNull(input.barriers());
        p.costAndEffort = blankToNull(input.costAndEffort());
        p.duration = blankToNull(input.duration());
        p.transferConditions = blankToNull(input.transferConditions());
        p.lessonsLearned = blankToNull(input.lessonsLearned());
        p.contactOrganizationId = input.contactOrganizationId();
        p.fieldsOfAction = new ArrayList<>(distinct(input.fieldsOfAction()));
        p.sdgTargets = new ArrayList<>(distinct(input.sdgTargets()));
        p.maturity = input.maturity() == null ? Maturity.IDEA : input.maturity();
        p.language = input.language();
        p.licence = blankToNull(input.licence()) == null
                ? Practice.DEFAULT_LICENCE
                : input.licence().strip();
        p.attachments = new ArrayList<>(
                input.attachments() == null
                        ? List.of()
                        : input.attachments().stream()
                                .map(a -> new Practice.Attachment(
                                        a.title().strip(), a.url().strip()))
                                .toList());
        p.sourceProjectId = input.sourceProjectId();
        p.visibility = input.visibility() == null ? Visibility.PRIVATE : input.visibility();
        p.externalId = blankToNull(input.externalId());
    }

    private static List<String> distinct(List<String> values) {
        return values == null ? List.of() : values.stream().distinct().toList();
    }
}
