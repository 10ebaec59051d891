package dev.licit.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.licit.core.PublicTypes;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Spark engine runs the batch jobs on Spark; it is a leaf that the CLI starts as a child process. */
class ArchitectureTest {
    static final JavaClasses SPARK = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.licit.spark");

    @Test
    void packagesFormNoCycle() {
        // one package today; the rule is here so that packages added later are held to it
        // one slice per package, the root included: a "(*).." pattern leaves the root out, and a
        // subpackage that reached back into it would close a cycle unseen
        slices().matching("dev.licit.(**)")
                .should()
                .beFreeOfCycles()
                .allowEmptyShould(true)
                .check(SPARK);
    }

    @Test
    void sparkDependsOnBatchCoreAndScreeningOnly() {
        noClasses()
                .that()
                .resideInAPackage("dev.licit.spark..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.licit.store..", "dev.licit.server..", "dev.licit.cli..", "dev.licit.bench..", "org.jdbi..")
                .because("the Spark engine gets everything it needs from its command line and files; it shares the"
                        + " job logic with the single-process engine through licit-batch")
                .check(SPARK);
    }

    @Test
    void publicOnlyForWhatAnotherPackageUses() {
        // issue 12, point 4: what a package does not offer to others stays package-private
        assertThat(PublicTypes.unusedOutsideTheirPackage(Set.of()))
                .as("public top-level types no other package uses: make them package-private")
                .isEmpty();
    }
}
