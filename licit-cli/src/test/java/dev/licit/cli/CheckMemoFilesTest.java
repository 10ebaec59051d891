package dev.licit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.core.io.RulebookLoader;
import dev.licit.core.rulebook.PredicateCompiler;
import dev.licit.core.rulebook.RulebookValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
}
