package dev.licit.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.licit.core.PublicTypes;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The server is an adapter: it uses the core, screening and the store's public API, and nothing uses it but the CLI. */
class ArchitectureTest {
    static final JavaClasses SERVER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.licit.server");

    @Test
    void packagesFormNoCycle() {
        // one slice per package, the root included: a "(*).." pattern leaves the root out, and a
        // subpackage that reached back into it would close a cycle unseen
        slices().matching("dev.licit.(**)")
                .should()
                .beFreeOfCycles()
                .because(
                        "a package that needs another package that needs it cannot be understood, tested or moved alone")
                .check(SERVER);
    }

    @Test
    void serverDependsOnNoOuterModule() {
        noClasses()
                .that()
                .resideInAPackage("dev.licit.server..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.licit.cli..", "dev.licit.batch..", "dev.licit.spark..", "dev.licit.bench..", "picocli..")
                .because("the CLI starts the server; the server knows no command line")
                .check(SERVER);
    }

    @Test
    void serverUsesTheStoreThroughItsApiOnly() {
        noClasses()
                .that()
                .resideInAPackage("dev.licit.server..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.licit.store.internal..",
                        "org.jdbi..",
                        "org.flywaydb..",
                        "com.zaxxer.hikari..",
                        "java.sql..")
                .because("the store's services own its transactions and its audit chain: a handle or a query from"
                        + " outside would bypass both")
                .check(SERVER);
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
                .check(SERVER);
    }

    @Test
    void publicOnlyForWhatAnotherPackageUses() {
        // issue 12, point 4: what a package does not offer to others stays package-private
        assertThat(PublicTypes.unusedOutsideTheirPackage(Set.of()))
                .as("public top-level types no other package uses: make them package-private")
                .isEmpty();
    }
}
