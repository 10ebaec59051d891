package dev.licit.bench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.licit.core.PublicTypes;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The benchmarks measure the core, screening and the store as their users call them: through the public API. */
class ArchitectureTest {
    static final JavaClasses BENCH = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.licit.bench");

    @Test
    void packagesFormNoCycle() {
        // one package of ours today (plus JMH's generated one); packages added later are held to it
        // one slice per package, the root included: a "(*).." pattern leaves the root out, and a
        // subpackage that reached back into it would close a cycle unseen
        slices().matching("dev.licit.(**)")
                .should()
                .beFreeOfCycles()
                .allowEmptyShould(true)
                .check(BENCH);
    }

    @Test
    void benchmarksDependOnCoreScreeningAndStoreOnly() {
        noClasses()
                .that()
                .resideInAPackage("dev.licit.bench..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.licit.server..", "dev.licit.cli..", "dev.licit.batch..", "dev.licit.spark..")
                .check(BENCH);
    }

    @Test
    void benchmarksUseTheStoreThroughItsApiOnly() {
        noClasses()
                .that()
                .resideInAPackage("dev.licit.bench..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.licit.store.internal..", "org.jdbi..", "org.flywaydb..", "com.zaxxer.hikari..")
                .because("a benchmark that goes around the services measures something users never run")
                .check(BENCH);
    }

    @Test
    void publicOnlyForWhatAnotherPackageUses() {
        // issue 12, point 4. JMH's generated classes use the benchmarks; LoadGenerator is started by its
        // name (java -cp benchmarks.jar dev.licit.bench.LoadGenerator, docs/PERFORMANCE.md)
        assertThat(PublicTypes.unusedOutsideTheirPackage(Set.of(LoadGenerator.class.getName())))
                .as("public top-level types no other package uses: make them package-private")
                .isEmpty();
    }
}
