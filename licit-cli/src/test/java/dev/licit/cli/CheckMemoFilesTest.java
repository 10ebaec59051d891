package dev.licit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.core.io.RulebookLoader;
import dev.licit.core.rulebook.PredicateCompiler;
import dev.licit.core.rulebook.RulebookValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's memo of checked conditions: found only by the same text under the same code (PredicateCompilerMemoTest shows a hit skips the type-check). */
class CheckMemoFilesTest {
    @TempDir
    Path dir;

    @Test
    void aTextIsFoundOnlyUnderTheCodeThatCheckedIt() {
        CheckMemoFiles memo = new CheckMemoFiles(dir, CheckMemoFiles.thisCode());
        assertThat(memo.checked("tpp >= 4800")).isFalse();
        memo.remember("tpp >= 4800");
        memo.remember("tpp >= 4800"); // again, as a second process would: no error
        assertThat(memo.checked("tpp >= 4800")).isTrue();
        assertThat(memo.checked("tpp >= 4801")).isFalse();
        assertThat(new CheckMemoFiles(dir, "another build").checked("tpp >= 4800"))
                .isFalse();
        assertThat(new CheckMemoFiles(dir, CheckMemoFiles.thisCode()).checked("tpp >= 4800"))
                .isTrue();
    }

    @Test
    void theFingerprintIsStableWithinABuild() {
        assertThat(CheckMemoFiles.thisCode())
                .isEqualTo(CheckMemoFiles.thisCode())
                .hasSize(64);
    }

    @Test
    void aFingerprintMadeAheadIsTheSameAndFailsAsItsMaker() {
        assertThat(CheckMemoFiles.joined(CompletableFuture.completedFuture(CheckMemoFiles.thisCode()))
                        .get())
                .isEqualTo(CheckMemoFiles.thisCode());
        java.util.function.Supplier<String> broken = CheckMemoFiles.joined(
                CompletableFuture.failedFuture(new IllegalStateException("the jar cannot be listed")));
        org.assertj.core.api.Assertions.assertThatThrownBy(broken::get)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the jar cannot be listed");
    }

    @Test
    void aMemoThatCannotBeWrittenOnlyForgets() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        CheckMemoFiles memo = new CheckMemoFiles(file.resolve("cel-checked"), CheckMemoFiles.thisCode());
        memo.remember("tpp >= 4800");
        assertThat(memo.checked("tpp >= 4800")).isFalse();
    }

    @Test
    void theShippedRulebookIsCheckedOnceAcrossCompilers() throws Exception {
        var rules = RulebookLoader.read(null, List.of()).rules();
        PredicateCompiler first = new PredicateCompiler();
        first.rememberChecksIn(new CheckMemoFiles(dir, CheckMemoFiles.thisCode()));
        assertThat(RulebookValidator.validate(rules, first)).isEmpty();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.toList())
                    .hasSize(1)
                    .allMatch(p -> p.getFileName().toString().matches("[0-9a-f]{64}"));
        }
        PredicateCompiler next = new PredicateCompiler();
        next.rememberChecksIn(new CheckMemoFiles(dir, CheckMemoFiles.thisCode()));
        assertThat(RulebookValidator.validate(rules, next)).isEmpty();
    }

    @Test
    void aCheckedTreeComesBackIntactOrNotAtAll() throws Exception {
        CheckMemoFiles memo = new CheckMemoFiles(dir, CheckMemoFiles.thisCode());
        byte[] tree = {10, 20, 30, 40, 50, 60};
        assertThat(memo.checkedTree("tpp >= 4800")).isNull();
        memo.rememberCheckedTree("tpp >= 4800", tree);
        assertThat(memo.checkedTree("tpp >= 4800")).isEqualTo(tree);
        assertThat(memo.checkedTree("tpp >= 4801")).isNull();
        assertThat(new CheckMemoFiles(dir, "another build").checkedTree("tpp >= 4800"))
                .isNull();

        Path file;
        try (Stream<Path> files = Files.list(dir.resolve("trees"))) {
            file = files.findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 0; i < bytes.length; i++) {
            byte[] damaged = bytes.clone();
            damaged[i] ^= 0x01;
            assertThat(CheckMemoFiles.TreeFile.read(damaged, "tpp >= 4800"))
                    .as("byte %d changed", i)
                    .isNull();
        }
        for (int n = 0; n < bytes.length; n++) {
            assertThat(CheckMemoFiles.TreeFile.read(java.util.Arrays.copyOf(bytes, n), "tpp >= 4800"))
                    .as("cut to %d bytes", n)
                    .isNull();
        }
        assertThat(CheckMemoFiles.TreeFile.read(bytes, "tpp >= 4801"))
                .as("made for another text")
                .isNull();

        bytes[bytes.length - 1] ^= 0x01;
        Files.write(file, bytes);
        assertThat(memo.checkedTree("tpp >= 4800")).as("damaged on disk").isNull();
        assertThat(file).as("and deleted, to be made again").doesNotExist();
    }

    @Test
    void theRulebooksProgramsAreMadeFromTheTreesOfAnEarlierProcess() throws Exception {
        var rules = RulebookLoader.read(null, List.of()).rules();
        PredicateCompiler first = new PredicateCompiler();
        first.rememberChecksIn(new CheckMemoFiles(dir, CheckMemoFiles.thisCode()));
        List<String> sources = rules.stream()
                .filter(r -> r instanceof dev.licit.core.rulebook.Rule.Conditional)
                .map(r -> ((dev.licit.core.rulebook.Rule.Conditional) r).when())
                .filter(w -> w != null)
                .distinct()
                .toList();
        assertThat(sources).hasSizeGreaterThan(5);
        sources.forEach(w -> first.compile(w).evaluate(java.util.Map.of("tpp", 4800.0)));
        try (Stream<Path> files = Files.list(dir.resolve("trees"))) {
            assertThat(files.count()).isEqualTo(sources.size());
        }
        PredicateCompiler next = new PredicateCompiler();
        next.rememberChecksIn(new CheckMemoFiles(dir, CheckMemoFiles.thisCode()));
        for (String w : sources) {
            assertThat(next.compile(w).evaluate(java.util.Map.of("tpp", 4800.0)))
                    .as(w)
                    .isEqualTo(first.compile(w).evaluate(java.util.Map.of("tpp", 4800.0)));
        }
    }
}
