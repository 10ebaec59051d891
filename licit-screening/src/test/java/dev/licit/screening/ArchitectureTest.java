package dev.licit.screening;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.licit.core.PublicTypes;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Screening sits just above the core: it knows the core's types and nothing of the store, the server or the CLI. */
class ArchitectureTest {
    static final JavaClasses SCREENING = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.licit.screening");

    @Test
    void packagesFormNoCycle() {
        // one slice per package, the root included: a "(*).." pattern leaves the root out, and a
        // subpackage that reached back into it would close a cycle unseen
        slices().matching("dev.licit.(**)")
                .should()
                .beFreeOfCycles()
                .because(
                        "a package that needs another package that needs it cannot be understood, tested or moved alone")
                .check(SCREENING);
    }

    @Test
    void screeningDependsOnTheCoreOnly() {
        noClasses()
                .that()
                .resideInAPackage("dev.licit.screening..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.licit.store..",
                        "dev.licit.server..",
                        "dev.licit.cli..",
                        "dev.licit.batch..",
                        "dev.licit.spark..",
                        "dev.licit.bench..")
                .because("the store, the server, the CLI and the batch engines use screening, not the other way round")
                .check(SCREENING);
    }

    @Test
    void screeningUsesOnlyItsOwnLibraries() {
        classes()
                .that()
                .resideInAPackage("dev.licit.screening..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "javax.xml.stream..",
                        "dev.licit.screening..",
                        "dev.licit.core..",
                        "com.ibm.icu..",
                        "org.apache.commons.codec..",
                        "org.apache.lucene.analysis..",
                        "com.fasterxml.jackson..")
                .because("ICU normalises names, commons-codec gives phonetic keys, Lucene's Kuromoji reads Japanese"
                        + " kanji, Jackson and StAX read list files;"
                        + " anything more is carried by every module that screens")
                .check(SCREENING);
    }

    @Test
    void publicOnlyForWhatAnotherPackageUses() {
        // issue 12, point 4: what a package does not offer to others stays package-private
        assertThat(PublicTypes.unusedOutsideTheirPackage(Set.of()))
                .as("public top-level types no other package uses: make them package-private")
                .isEmpty();
    }
}
