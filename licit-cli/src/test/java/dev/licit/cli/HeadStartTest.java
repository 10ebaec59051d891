package dev.licit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.cli.common.HeadStart;
import dev.licit.screening.Thresholds;
import dev.licit.store.LicitStore;
import dev.licit.store.common.StoreConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index and store begun before the command line is parsed ({@link HeadStart}) change nothing a
 * command prints or records; one begun for another store, clock or home is never used, and what no
 * command took is closed.
 */
class HeadStartTest {
    @TempDir
    Path home;

    private String order;

    @BeforeEach
    void home() throws Exception {
        System.setProperty("licit.home", home.toString());
        order = CliTest.SHARED.resolve("data/scenarios/P01.json").toString();
        Cli made = Cli.run("check", order); // makes the home's store
        assertThat(made.exit()).as(made.err()).isZero();
    }

    @AfterEach
    void forget() {
        HeadStart.closeUntaken();
        System.clearProperty("licit.home");
    }

    /** A command line as {@code Licit.main} runs it: begun ahead, run, what was not taken closed. */
    private static Cli asMain(String... args) {
        HeadStart.begin(args, Clock.systemUTC());
        try {
            return Cli.run(args);
        } finally {
            HeadStart.closeUntaken();
        }
    }

    @Test
    void aScreenAndACheckBegunAheadPrintAndRecordWhatTheyWouldHave() {
        String[] screen = {"screen", "Huawei Technologies", "--country", "CN", "--format", "json"};
        Cli plain = Cli.run(screen);
        Cli ahead = asMain(screen);
        assertThat(ahead.exit()).as(ahead.err()).isZero();
        assertThat(ahead.out()).isEqualTo(plain.out()).contains("\"matches\"");

        // a name in another script is read ahead too (its tables, Kuromoji's dictionaries): the same hits
        String[] han = {"screen", "华为技术有限公司", "--format", "json"};
        Cli hanAhead = asMain(han);
        assertThat(hanAhead.exit()).as(hanAhead.err()).isZero();
        assertThat(hanAhead.out()).isEqualTo(Cli.run(han).out());

        String[] check = {"check", "--format", "json", order};
        String checked = masked(asMain(check));
        assertThat(checked).isEqualTo(masked(Cli.run(check))).contains("\"verdict\"");

        // every screen and check is in the one audit trail, whose chain still verifies
        Cli audit = Cli.run("audit", "verify");
        assertThat(audit.exit()).as(audit.out() + audit.err()).isZero();
        Cli events = Cli.run("audit", "log", "--format", "json");
        assertThat(events.out().split("screen\\.adhoc", -1)).hasSize(5);
    }

    @Test
    void otherThresholdsReadTheSameIndexBegunAhead() throws Exception {
        HeadStart.begin(new String[] {"screen", "x"}, Clock.systemUTC());
        Thresholds strict = new Thresholds(0.99, 0.95);
        assertThat(HeadStart.screener(home.toAbsolutePath().normalize(), strict).thresholds())
                .isEqualTo(strict);
    }

    @Test
    void aStoreBegunForTheHomeIsNotUsedForAnotherStoreOrClock() throws Exception {
        Path resolved = home.toAbsolutePath().normalize();
        HeadStart.begin(new String[] {"check", order}, Clock.systemUTC());
        assertThat(HeadStart.store(resolved, "jdbc:h2:mem:other", Clock.systemUTC()))
                .isEmpty();

        HeadStart.begin(new String[] {"check", order}, Clock.systemUTC());
        Clock fixed = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        assertThat(HeadStart.store(resolved, null, fixed)).isEmpty();

        HeadStart.begin(new String[] {"check", order}, Clock.systemUTC());
        assertThat(HeadStart.store(resolved.resolve("elsewhere"), null, Clock.systemUTC()))
                .isEmpty();

        // each of those was closed: the home's store opens again in this process and the next begun one is taken
        HeadStart.begin(new String[] {"check", order}, Clock.systemUTC());
        try (LicitStore taken =
                HeadStart.store(resolved, null, Clock.systemUTC()).orElseThrow()) {
            assertThat(taken.config().jdbcUrl()).contains(resolved.resolve("db").toString());
        }
        try (LicitStore again =
                LicitStore.open(StoreConfig.resolve(resolved, null).forOneCommand())) {
            assertThat(again.audit().verify().ok()).isTrue();
        }
    }

    @Test
    void nothingIsBegunForAnotherStoreArgumentFilesHelpOrOtherCommands() {
        Path resolved = home.toAbsolutePath().normalize();
        for (String[] args : new String[][] {
            {"check", "--db", "jdbc:h2:mem:x", order},
            {"check", "--db=jdbc:h2:mem:x", order},
            {"check", "--no-store", order},
            {"screen", "@args.txt"},
            {"screen", "--help"},
            {"decisions", "list"},
            {}
        }) {
            HeadStart.begin(args, Clock.systemUTC());
            assertThat(HeadStart.store(resolved, null, Clock.systemUTC()))
                    .as(String.join(" ", args))
                    .isEmpty();
        }
    }

    @Test
    void noStoreIsBegunInAHomeWithoutOneSoAMistypedCheckMakesNoDatabase() {
        Path fresh = home.resolve("fresh").toAbsolutePath().normalize();
        System.setProperty("licit.home", fresh.toString());
        Cli refused = asMain("check", "--no-such-option", order);
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(fresh.resolve("db")).doesNotExist();

        HeadStart.begin(new String[] {"check", order}, Clock.systemUTC());
        assertThat(HeadStart.store(fresh, null, Clock.systemUTC())).isEmpty();
    }

    @Test
    void aCommandLineThatFailsToParseLeavesNoStoreOpen() throws Exception {
        Cli refused = asMain("screen", "--country", "CN"); // no NAME
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(home.resolve("db/licit.lock.db")).doesNotExist();
        try (LicitStore again = LicitStore.open(StoreConfig.resolve(home, null).forOneCommand())) {
            assertThat(again.audit().verify().ok()).isTrue();
        }
    }

    private static String masked(Cli r) {
        assertThat(r.exit()).as(r.err()).isZero();
        return r.out()
                .replaceAll("\"decidedAt\" ?: ?\"[^\"]+\"", "")
                .replaceAll("\"decisionId\" ?: ?\"[^\"]+\"", "")
                .replaceAll("\"caseId\" ?: ?\\d+", "");
    }
}
