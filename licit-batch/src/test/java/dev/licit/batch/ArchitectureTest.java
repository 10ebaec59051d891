package dev.licit.batch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.licit.core.PublicTypes;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The batch engine reads files and runs the core and screening over them; it keeps no state in the store. */
class ArchitectureTest {
    static final JavaClasses BATCH = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.licit.batch");

    @Test
    void packagesFormNoCycle() {
        // one slice per package, the root included: a "(*).." pattern leaves the root out, and a
        // subpackage that reached back into it would close a cycle unseen
        slices().matching("dev.licit.(**)")
                .should()
                .beFreeOfCycles()
                .because(
                        "a package that needs another package that needs it cannot be understood, tested or moved alone")
                .check(BATCH);
    }

    @Test
    void batchDependsOnTheCoreAndScreeningOnly() {
        noClasses()
                .that()
                .resideInAPackage("dev.licit.batch..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.licit.store..",
                        "dev.licit.server..",
                        "dev.licit.cli..",
                        "dev.licit.spark..",
                        "dev.licit.bench..",
                        "org.jdbi..",
                        "org.apache.spark..")
                .because("the CLI and the Spark engine both run these jobs: the single-process engine must not need"
                        + " either of them, nor a database")
                .check(BATCH);
    }

    @Test
    void publicOnlyForWhatAnotherPackageUses() {
        // issue 12, point 4: what a package does not offer to others stays package-private
        assertThat(PublicTypes.unusedOutsideTheirPackage(Set.of()))
                .as("public top-level types no other package uses: make them package-private")
                .isEmpty();
    }
}
