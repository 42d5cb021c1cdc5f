package city.circular.hub.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Features reach each other through their services, never their tables: the dashboard, which reports on every
 * feature, asks their services and owns no queries; no feature calls another feature's repository.
 */
class FeatureBoundariesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("city.circular.hub");
    }

    @Test
    void theDashboardAsksTheFeaturesServices() {
        noClasses()
                .that()
                .resideInAPackage("..hub.dashboard..")
                .should()
                .accessClassesThat()
                .haveSimpleNameEndingWith("Repository")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .check(classes);
    }

    @Test
    void noFeatureCallsAnotherFeaturesRepository() {
        List<String> violations = new ArrayList<>();
        for (String feature : features()) {
            EvaluationResult result = noClasses()
                    .that()
                    .resideInAPackage("..hub." + feature + "..")
                    .should()
                    .accessClassesThat(repositoryOutside(feature))
                    .evaluate(classes);
            violations.addAll(result.getFailureReport().getDetails());
        }
        assertEquals(List.of(), violations);
    }

    /** Every feature package, found in the code; {@code demo} loads data across features, {@code common} is shared. */
    private static List<String> features() {
        String root = "city.circular.hub.";
        List<String> features = classes.stream()
                .map(JavaClass::getPackageName)
                .filter(name -> name.startsWith(root))
                .map(name -> name.substring(root.length()).split("\\.")[0])
                .filter(feature -> !feature.equals("demo") && !feature.equals("common"))
                .distinct()
                .sorted()
                .toList();
        assertTrue(features.containsAll(List.of("network", "practice", "project", "apiclient")), features::toString);
        return features;
    }

    private static DescribedPredicate<JavaClass> repositoryOutside(String feature) {
        return DescribedPredicate.describe(
                "a repository of another feature than " + feature,
                c -> c.getSimpleName().endsWith("Repository")
                        && c.getPackageName().startsWith("city.circular.hub.")
                        && !c.getPackageName().startsWith("city.circular.hub." + feature)
                        && !c.getPackageName().equals("city.circular.hub.common"));
    }
}
