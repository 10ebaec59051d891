package dev.licit.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine is a functional core: no I/O, no clock, no dependency on the adapters at its edge. */
class ArchitectureTest {
    static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.licit.core");
    static final String[] ENGINE = {"dev.licit.core.chip..", "dev.licit.core.rulebook..", "dev.licit.core.classify..",
            "dev.licit.core.decide..", "dev.licit.core.envelope..", "dev.licit.core.country..", "dev.licit.core.catalog.."};

    @Test
    void engineDoesNoIo() {
        noClasses().that().resideInAnyPackage(ENGINE)
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..", "java.sql..")
                .because("decisions are pure: inputs in, decision out")
                .check(CORE);
    }

    @Test
    void engineDoesNotReadTheClock() {
        noClasses().that().resideInAnyPackage(ENGINE)
                .should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("the same order and rulebook must give the same decision on any day")
                .check(CORE);
    }

    @Test
    void engineDoesNotDependOnTheAdapters() {
        noClasses().that().resideInAnyPackage(ENGINE)
                .should().dependOnClassesThat().resideInAPackage("dev.licit.core.io..")
                .check(CORE);
    }

    @Test
    void coreDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage("dev.licit.core..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.licit.screening..", "dev.licit.cli..",
                        "dev.licit.store..", "dev.licit.server..", "picocli..")
                .check(CORE);
    }
}
