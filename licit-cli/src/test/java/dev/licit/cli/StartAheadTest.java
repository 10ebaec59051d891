package dev.licit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.cli.common.HeadStart;
import dev.licit.core.io.CodeFingerprint;
import dev.licit.core.rulebook.CheckMemo;
import dev.licit.core.rulebook.PredicateCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a process begins ahead changes nothing a command prints, and the memo it installs is the usual one. */
class StartAheadTest {
    @TempDir
    Path dir;

    @BeforeEach
    void aHomeOfItsOwn() {
        // a check or screen begun ahead opens the home's store (HeadStart): this one, not the working directory's
        System.setProperty("licit.home", dir.resolve("home").toString());
    }

    @AfterEach
    void forgetTheMemo() {
        HeadStart.closeUntaken();
        System.clearProperty("licit.home");
        System.clearProperty("licit.cache");
        PredicateCompiler.shared().rememberChecksIn(CheckMemo.NONE);
        CodeFingerprint.rememberJarsIn(null);
    }

    @Test
    void beginningAheadForAnyCommandLineLeavesTheCommandsOutputAsItWas() throws Exception {
        String chips = CliTest.SHARED.resolve("data/chips/chips-public.csv").toString();
        String plain = Cli.run("classify", chips).out();
        for (String[] args : new String[][] {
            {},
            {"--version"},
            {"--help"},
            {"classify", chips},
            {"check", "x.json"},
            {"rules", "show"},
            {"screen", "x"},
            {"nonsense"}
        }) {
            StartAhead.begin(args);
        }
        assertThat(Cli.run("classify", chips).out()).isEqualTo(plain);
    }

    @Test
    void theMemoInstalledAheadRemembersUnderTheSameFingerprint() throws Exception {
        System.setProperty("licit.cache", dir.toString());
        StartAhead.begin(new String[] {"check", "x.json"});
        String condition = "tpp >= 4771 && lineItems <= 7"; // a text no other test checks
        assertThat(PredicateCompiler.shared().check(java.util.List.of(condition)))
                .isTrue();
        Path checked = dir.resolve("cel-checked");
        try (Stream<Path> files = Files.list(checked)) {
            assertThat(files.filter(Files::isRegularFile).toList()).isNotEmpty();
        }
        // the same text under a memo made here, without a thread ahead, is found: the same fingerprint
        assertThat(new CheckMemoFiles(checked, CheckMemoFiles.thisCode()).checked("(\n" + condition + "\n)"))
                .isTrue();
    }
}
