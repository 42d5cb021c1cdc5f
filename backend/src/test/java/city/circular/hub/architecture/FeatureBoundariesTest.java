package city.circular.hub.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Features reach each other through their services, never their tables: the dashboard, which reports on every
 * feature, asks their services and owns no queries; the features that cross the city's edge (networks, practices,
 * partner sync, webhooks) call no other feature's repository.
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
    void newFeaturesCallNoOtherFeaturesRepository() {
        for (String feature : new String[] {"network", "practice", "sync", "webhook"}) {
            noClasses()
                    .that()
                    .resideInAPackage("..hub." + feature + "..")
                    .should()
                    .accessClassesThat(repositoryOutside(feature))
                    .check(classes);
        }
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
