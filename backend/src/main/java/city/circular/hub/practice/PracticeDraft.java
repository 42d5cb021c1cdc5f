package city.circular.hub.practice;

import city.circular.hub.common.Visibility;
import city.circular.hub.organization.Organization;
import city.circular.hub.project.ProjectStatus;
import city.circular.hub.project.ProjectSummaryService.MeasureDigest;
import city.circular.hub.project.ProjectSummaryService.ProjectDigest;
import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a practice drafted from a starter project starts with. */
final class PracticeDraft {

    private PracticeDraft() {}

    static void fill(Practice practice, ProjectDigest project, Organization owner) {
        practice.title = project.title();
        practice.summary = project.summary();
        practice.municipality = owner.name;
        practice.country = owner.country;
        practice.populationBand = PopulationBand.of(owner.population);
        practice.language = languageOf(owner.country);
        practice.approach = project.measures().isEmpty()
                ? null
                : cut(project.measures().stream().map(PracticeDraft::line).collect(Collectors.joining("\n")), 8000);
        var totals = project.totals();
        practice.co2eTonnesPerYear = positive(totals.co2eTonnesPerYear());
        practice.renewableMwhPerYear = positive(totals.renewableMwhPerYear());
        practice.materialTonnesPerYear =
                positive(totals.materialAvoidedT().add(totals.materialReusedT()).add(totals.materialRecycledT()));
        boolean hasFigures = practice.co2eTonnesPerYear != null
                || practice.renewableMwhPerYear != null
                || practice.materialTonnesPerYear != null;
        practice.figuresBasis = hasFigures ? FiguresBasis.ESTIMATED : null;
        BigDecimal cost = project.budgetActual() != null ? project.budgetActual() : project.budgetPlanned();
        practice.costAndEffort = cost == null ? null : cost.stripTrailingZeros().toPlainString() + " EUR";
        if (project.startDate() != null && project.actualCompletion() != null) {
            Period period = Period.between(project.startDate(), project.actualCompletion());
            practice.duration = period.toTotalMonths() + (practice.language.equals("da") ? " måneder" : " Monate");
        }
        practice.fieldsOfAction = new ArrayList<>(project.fieldsOfAction());
        practice.maturity = maturityOf(project.status());
        practice.sourceProjectId = project.id();
        practice.visibility = Visibility.PRIVATE;
        practice.status = PracticeStatus.DRAFT;
    }

    static String languageOf(String country) {
        return switch (country == null ? "" : country.toUpperCase(Locale.ROOT)) {
            case "DE", "AT", "CH" -> "de";
            case "DK" -> "da";
            default -> "en";
        };
    }

    static Maturity maturityOf(ProjectStatus status) {
        return switch (status) {
            case SCALED -> Maturity.SCALED;
            case COMPLETED -> Maturity.TESTED;
            default -> Maturity.IDEA;
        };
    }

    private static String line(MeasureDigest measure) {
        return measure.description() == null
                ? "- " + measure.title()
                : "- " + measure.title() + ": " + measure.description();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static BigDecimal positive(BigDecimal value) {
        return value == null || value.signum() <= 0 ? null : value;
    }
}
