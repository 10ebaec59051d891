package dev.licit.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The engine is a functional core: no I/O, no clock, no dependency on the adapters at its edge. */
class ArchitectureTest {
    static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.licit.core");
    static final String[] ENGINE = {
        "dev.licit.core.chip..",
        "dev.licit.core.rulebook..",
        "dev.licit.core.classify..",
        "dev.licit.core.decide..",
        "dev.licit.core.ownership..",
        "dev.licit.core.envelope..",
        "dev.licit.core.country..",
        "dev.licit.core.catalog..",
        "dev.licit.core.explain..",
        "dev.licit.core.provenance.."
    };
    /** The engine without the rulebook, which alone compiles conditions with CEL. */
    static final String[] PLAIN_ENGINE = {
        "dev.licit.core.chip..",
        "dev.licit.core.classify..",
        "dev.licit.core.decide..",
        "dev.licit.core.ownership..",
        "dev.licit.core.envelope..",
        "dev.licit.core.country..",
        "dev.licit.core.catalog..",
        "dev.licit.core.explain..",
        "dev.licit.core.provenance.."
    };

    @Test
    void packagesFormNoCycle() {
        // one slice per package, the root included: a "(*).." pattern leaves the root out, and a
        // subpackage that reached back into it would close a cycle unseen
        slices().matching("dev.licit.(**)")
                .should()
                .beFreeOfCycles()
                .because(
                        "a package that needs another package that needs it cannot be understood, tested or moved alone")
                .check(CORE);
    }

    @Test
    void engineDoesNoIo() {
        noClasses()
                .that()
                .resideInAnyPackage(ENGINE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.io..", "java.nio.file..", "java.net..", "java.sql..")
                .because("decisions are pure: inputs in, decision out")
                .check(CORE);
    }

    @Test
    void engineDoesNotReadTheClock() {
        noClasses()
                .that()
                .resideInAnyPackage(ENGINE)
                .should()
                .callMethod(java.time.LocalDate.class, "now")
                .orShould()
                .callMethod(java.time.Instant.class, "now")
                .orShould()
                .callMethod(System.class, "currentTimeMillis")
                .because("the same order and rulebook must give the same decision on any day")
                .check(CORE);
    }

    @Test
    void engineDoesNotDependOnTheAdapters() {
        noClasses()
                .that()
                .resideInAnyPackage(ENGINE)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.licit.core.io..")
                .check(CORE);
    }

    @Test
    void coreDependsOnNoOtherModule() {
        noClasses()
                .that()
                .resideInAPackage("dev.licit.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.licit.screening..",
                        "dev.licit.cli..",
                        "dev.licit.store..",
                        "dev.licit.server..",
                        "dev.licit.batch..",
                        "dev.licit.spark..",
                        "dev.licit.bench..",
                        "picocli..")
                .check(CORE);
    }

    @Test
    void coreUsesOnlyTheJdkCelAndJackson() {
        classes()
                .that()
                .resideInAPackage("dev.licit.core..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..", "dev.licit.core..", "dev.cel..", "com.google.common..", "com.fasterxml.jackson..")
                .because("every module depends on the core: a library it takes on, all of them carry"
                        + " (Guava comes with CEL, whose API hands out its collections)")
                .check(CORE);
    }

    @Test
    void onlyTheRulebookUsesCelAndOnlyTheAdaptersAndTheRulebookUseJackson() {
        classes()
                .that()
                .resideInAnyPackage(PLAIN_ENGINE)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "dev.licit.core..")
                .because("the engine is plain Java over records; CEL stays behind the rulebook's compiled predicates")
                .check(CORE);
    }

    @Test
    void publicOnlyForWhatAnotherPackageUses() {
        // issue 12, point 4: what a package does not offer to others stays package-private
        assertThat(PublicTypes.unusedOutsideTheirPackage(Set.of()))
                .as("public top-level types no other package uses: make them package-private")
                .isEmpty();
    }
}
