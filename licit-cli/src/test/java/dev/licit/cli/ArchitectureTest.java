package dev.licit.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/**
 * The CLI is the outermost adapter: it may use every module but the benchmarks and Spark (which runs
 * in a child JVM with its own class path), and it uses the store through its public API only.
 */
class ArchitectureTest {
    static final JavaClasses CLI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.licit.cli");

    /**
     * Every package of the module is a slice, the root included: the root holds the entry points, and
     * a subpackage that reached back into it would close a cycle that a {@code (*)..} pattern, which
     * leaves the root out, cannot see.
     */
    static final SliceAssignment PACKAGES_WITH_ROOT = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String p = c.getPackageName();
            if (p.equals("dev.licit.cli")) {
                return SliceIdentifier.of("(root)");
            }
            if (!p.startsWith("dev.licit.cli.")) {
                return SliceIdentifier.ignore();
            }
            return SliceIdentifier.of(p.substring("dev.licit.cli.".length()).split("\\.")[0]);
        }

        @Override
        public String getDescription() {
            return "the packages of dev.licit.cli, its root package included";
        }
    };

    @Test
    void packagesFormNoCycle() {
        slices().assignedFrom(PACKAGES_WITH_ROOT)
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
                .callMethod(java.time.Instant.class, "now")
                .because(
                        "\"today\" is the UTC date of the one injected clock (dev.licit.core.time.Today), not the JVM's")
                .check(CLI);
    }
}
