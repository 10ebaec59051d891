package dev.licit.store;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.licit.core.PublicTypes;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The store depends on the core and screening only. What its packages share ({@code common}: the
 * configuration, the actor, the exceptions) depends on none of them; its plumbing (the
 * {@code internal} package: pool, migrations, hashes and time formats) depends on no feature package, and the pool and the migration
 * tool stay inside it. That the other modules keep out of {@code internal} and JDBI is checked in
 * their own architecture tests, which see their classes.
 */
class ArchitectureTest {
    static final JavaClasses STORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.licit.store");

    @Test
    void packagesFormNoCycle() {
        // one slice per package, the root included: a "(*).." pattern leaves the root out, and a
        // subpackage that reached back into it would close a cycle unseen
        slices().matching("dev.licit.(**)")
                .should()
                .beFreeOfCycles()
                .because(
                        "a package that needs another package that needs it cannot be understood, tested or moved alone")
                .check(STORE);
    }

    @Test
    void storeDependsOnTheCoreAndScreeningOnly() {
        noClasses()
                .that()
                .resideInAPackage("dev.licit.store..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.licit.server..",
                        "dev.licit.cli..",
                        "dev.licit.batch..",
                        "dev.licit.spark..",
                        "dev.licit.bench..")
                .because("the server and the CLI use the store, not the other way round")
                .check(STORE);
    }

    @Test
    void storeUsesOnlyItsOwnLibraries() {
        classes()
                .that()
                .resideInAPackage("dev.licit.store..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "javax.sql..",
                        "javax.crypto..",
                        "dev.licit.store..",
                        "dev.licit.core..",
                        "dev.licit.screening..",
                        "org.jdbi..",
                        "org.flywaydb..",
                        "com.zaxxer.hikari..",
                        "com.fasterxml.jackson..",
                        "org.slf4j..")
                .orShould()
                .resideInAPackage("dev.licit.store.record..")
                .check(STORE);
    }

    /** The PDF libraries (openhtmltopdf on PDFBox) are the record package's alone. */
    @Test
    void onlyTheRecordPackageMakesPdfs() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.licit.store.record..")
                .and()
                .resideInAPackage("dev.licit.store..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.openhtmltopdf..", "org.apache.pdfbox..", "org.apache.fontbox..")
                .check(STORE);
        classes()
                .that()
                .resideInAPackage("dev.licit.store.record..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "dev.licit.store..",
                        "dev.licit.core..",
                        "com.fasterxml.jackson..",
                        "com.openhtmltopdf..",
                        "org.apache.pdfbox..",
                        "org.apache.fontbox..")
                .check(STORE);
    }

    @Test
    void thePlumbingDependsOnNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("dev.licit.store.internal..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.licit.store.audit..",
                        "dev.licit.store.decision..",
                        "dev.licit.store.keys..",
                        "dev.licit.store.license..",
                        "dev.licit.store.nac..",
                        "dev.licit.store.rescreen..",
                        "dev.licit.store.review..")
                .because("every feature uses the plumbing; a feature's type in it would tie them all to that feature")
                .check(STORE);
    }

    @Test
    void whatThePackagesShareDependsOnNoneOfThem() {
        noClasses()
                .that()
                .resideInAPackage("dev.licit.store.common..")
                .should()
                .dependOnClassesThat(JavaClass.Predicates.resideInAPackage("dev.licit.store..")
                        .and(JavaClass.Predicates.resideOutsideOfPackage("dev.licit.store.common..")))
                .because("the front door and every feature use it; a dependency of it on one of them would be a cycle")
                .check(STORE);
    }

    @Test
    void onlyThePlumbingTouchesThePoolAndTheMigrations() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.licit.store.internal..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.flywaydb..", "com.zaxxer.hikari..")
                .because("Database opens the pool and runs the migrations once; the services only borrow handles")
                .check(STORE);
    }

    @Test
    void todayComesFromTheInjectedClock() {
        noClasses()
                .should()
                .callMethod(java.time.LocalDate.class, "now")
                .orShould()
                .callMethod(java.time.LocalDate.class, "now", java.time.ZoneId.class)
                .orShould()
                // the injected clock's own zone is not "today" either: Today.utc(clock) is
                .callMethod(java.time.LocalDate.class, "now", java.time.Clock.class)
                .orShould()
                .callMethod(java.time.Instant.class, "now")
                .because(
                        "\"today\" is the UTC date of the one injected clock (dev.licit.core.time.Today), not the JVM's")
                .check(STORE);
    }

    @Test
    void publicOnlyForWhatAnotherPackageUses() {
        // issue 12, point 4: what a package does not offer to others stays package-private
        assertThat(PublicTypes.unusedOutsideTheirPackage(Set.of()))
                .as("public top-level types no other package uses: make them package-private")
                .isEmpty();
    }
}
