package dev.licit.cli;

import dev.cel.compiler.CelCompiler;
import dev.licit.core.io.CodeFingerprint;
import dev.licit.core.rulebook.CheckMemo;
import dev.licit.core.rulebook.PredicateCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The launcher's memo of rulebook conditions that type-checked: one empty file per checked text,
 * named by the hash of the text and of the code that checked it (the rulebook package, CEL, the
 * JDK), in a directory of the build ({@code -Dlicit.cache}, set by {@code ./licit}). Another build,
 * another CEL or another text hashes to another name, so nothing stale is ever found; an empty file
 * cannot be half-written. It saves a short command about a third of its time.
 */
final class CheckMemoFiles implements CheckMemo {
    private final Path dir;
    /** The fingerprint of the code that checks, made when first needed: a command that reads no rulebook never pays for it. */
    private final java.util.function.Supplier<String> code;

    /** A memo in {@code dir} for texts checked by {@code code} (a fingerprint of the code that checks). */
    CheckMemoFiles(Path dir, String code) {
        this(dir, () -> code);
    }

    private CheckMemoFiles(Path dir, java.util.function.Supplier<String> code) {
        this.dir = dir;
        this.code = code;
    }

    /** The fingerprint of the code that type-checks here: the rulebook package (its facts), CEL, the JDK. */
    static String thisCode() {
        return new CodeFingerprint()
                .add(PredicateCompiler.class, "dev/licit/core/rulebook/")
                .add(CelCompiler.class, "dev/cel/")
                .add(Runtime.version().toString())
                .hex();
    }

    /** Installs the memo named by the {@code licit.cache} property, when there is one. */
    static void install() {
        String cache = System.getProperty("licit.cache");
        if (cache != null && !cache.isBlank()) {
            PredicateCompiler.shared()
                    .rememberChecksIn(
                            new CheckMemoFiles(Path.of(cache, "cel-checked"), memoized(CheckMemoFiles::thisCode)));
        }
    }

    private static java.util.function.Supplier<String> memoized(java.util.function.Supplier<String> s) {
        return new java.util.function.Supplier<>() {
            private volatile String value;

            @Override
            public String get() {
                String v = value;
                if (v == null) {
                    v = s.get();
                    value = v;
                }
                return v;
            }
        };
    }

    @Override
    public boolean checked(String text) {
        return Files.isRegularFile(dir.resolve(name(text)));
    }

    @Override
    public void remember(String text) {
        try {
            Files.createDirectories(dir);
            Files.createFile(dir.resolve(name(text)));
        } catch (IOException e) {
            // already there (another process), or a read-only build: the next process checks again
        }
    }

    private String name(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(code.get().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
