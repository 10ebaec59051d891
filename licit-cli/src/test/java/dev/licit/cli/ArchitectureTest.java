package dev.licit.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.licit.core.PublicTypes;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The CLI is the outermost adapter: it may use every module but the benchmarks and Spark (which runs
 * in a child JVM with its own class path), and it uses the store through its public API only.
 */
class ArchitectureTest {
    static final JavaClasses CLI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.licit.cli");

    @Test
    void packagesFormNoCycle() {
        // one slice per package, the root included: a "(*).." pattern leaves the root out, and a
        // subpackage that reached back into it would close a cycle unseen
        slices().matching("dev.licit.(**)")
                .should()
                .beFreeOfCycles()
                .because(
                        "a package that needs another package that needs it cannot be understood, tested or moved alone")
                .check(CLI);
    }

    @Test
    void cliDoesNotLinkSparkOrTheBenchmarks() {
        noClasses()
                .that()
                .resideInAPackage("dev.licit.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.licit.spark..", "org.apache.spark..", "scala..", "dev.licit.bench..", "org.openjdk.jmh..")
                .because("Spark's jars stay out of the CLI jar: the CLI starts licit-spark as a child process")
                .check(CLI);
    }

    @Test
    void cliUsesTheStoreThroughItsApiOnly() {
        noClasses()
                .that()
                .resideInAPackage("dev.licit.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.licit.store.internal..", "org.jdbi..", "org.flywaydb..", "com.zaxxer.hikari..")
                .because("the store's services own its transactions and its audit chain: a handle or a query from"
                        + " outside would bypass both")
                .check(CLI);
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
                .check(CLI);
    }

    @Test
    void onlyTheEntryPointMakesAClock() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(Licit.class.getName())
                .should()
                .callMethod(java.time.Clock.class, "systemUTC")
                .orShould()
                .callMethod(java.time.Clock.class, "systemDefaultZone")
                .because("the run's one clock is made by Licit and handed in (RunClock): a second clock is one a"
                        + " test that fixes the run's clock does not fix")
                .check(CLI);
    }

    @Test
    void publicOnlyForWhatAnotherPackageUses() {
        // issue 12, point 4: what a package does not offer to others stays package-private
        assertThat(PublicTypes.unusedOutsideTheirPackage(Set.of()))
                .as("public top-level types no other package uses: make them package-private")
                .isEmpty();
    }
}
