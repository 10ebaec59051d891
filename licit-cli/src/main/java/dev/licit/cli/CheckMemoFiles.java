package dev.licit.cli;

import dev.cel.compiler.CelCompiler;
import dev.licit.core.io.CodeFingerprint;
import dev.licit.core.rulebook.CheckMemo;
import dev.licit.core.rulebook.PredicateCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The launcher's memo of rulebook conditions that type-checked: one empty file per checked text,
 * named by the hash of the text and of the code that checked it (the rulebook package, CEL, the
 * JDK), in a directory of the build ({@code -Dlicit.cache}, set by {@code ./licit}). Another build,
 * another CEL or another text hashes to another name, so nothing stale is ever found; an empty file
 * cannot be half-written. It saves a short command about a third of its time.
 *
 * <p>Beside them, in {@code trees/}, the checked syntax tree of each condition compiled, named the
 * same way: a new process that decides an order makes the programs of the conditions it evaluates
 * from these instead of compiling them (CEL's compiler is never built). Each file holds the
 * condition's text and a SHA-256 over all it holds; it is written under a temporary name and moved
 * into place, and one that is cut short, damaged or made for another text is deleted and the
 * condition compiled again.
 */
final class CheckMemoFiles implements CheckMemo {
    private static final String TREES = "trees";
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
        install(null);
    }

    /**
     * @param ahead the code fingerprint being made on another thread ({@link StartAhead}), or null to
     *     make it here when first needed
     */
    static void install(java.util.concurrent.CompletableFuture<String> ahead) {
        String cache = System.getProperty("licit.cache");
        if (cache != null && !cache.isBlank()) {
            // the same build's cache also keeps what processes learn of the jar (JarMemo: parts' digests, rule files)
            CodeFingerprint.rememberJarsIn(Path.of(cache, "jars"));
            java.util.function.Supplier<String> code =
                    ahead == null ? memoized(CheckMemoFiles::thisCode) : joined(ahead);
            PredicateCompiler.shared().rememberChecksIn(new CheckMemoFiles(Path.of(cache, "cel-checked"), code));
        }
    }

    /** The value of {@code made}, its failure thrown as the caller's own (as when made where it is needed). */
    static java.util.function.Supplier<String> joined(java.util.concurrent.CompletableFuture<String> made) {
        return () -> {
            try {
                return made.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw e;
            }
        };
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
    public byte[] checkedTree(String source) {
        Path file = dir.resolve(TREES).resolve(name(source));
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return null; // not there (or unreadable): compiled again
        }
        byte[] tree = TreeFile.read(bytes, source);
        if (tree == null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // left for the next process to find damaged again
            }
        }
        return tree;
    }

    @Override
    public void rememberCheckedTree(String source, byte[] tree) {
        Path trees = dir.resolve(TREES);
        try {
            Files.createDirectories(trees);
            Path tmp = Files.createTempFile(trees, "tree-", ".tmp");
            try {
                Files.write(tmp, TreeFile.write(source, tree));
                Files.move(
                        tmp,
                        trees.resolve(name(source)),
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            // a read-only build, or no room: the next process compiles again
        }
    }

    /** One checked tree on disk: a format line, the condition's text, the tree, a SHA-256 of all before it. */
    static final class TreeFile {
        private static final byte[] FORMAT = "licit-cel-tree 1\n".getBytes(StandardCharsets.UTF_8);
        private static final int DIGEST = 32;

        private TreeFile() {}

        static byte[] write(String source, byte[] tree) {
            byte[] text = source.getBytes(StandardCharsets.UTF_8);
            java.nio.ByteBuffer b =
                    java.nio.ByteBuffer.allocate(FORMAT.length + 8 + text.length + tree.length + DIGEST);
            b.put(FORMAT).putInt(text.length).put(text).putInt(tree.length).put(tree);
            b.put(sha256(b.array(), b.position()));
            return b.array();
        }

        /** The tree in {@code bytes} when they are intact and made for {@code source}, else null. */
        static byte[] read(byte[] bytes, String source) {
            int body = bytes.length - DIGEST;
            if (body < FORMAT.length + 8
                    || !java.util.Arrays.equals(bytes, 0, FORMAT.length, FORMAT, 0, FORMAT.length)
                    || !java.util.Arrays.equals(sha256(bytes, body), 0, DIGEST, bytes, body, bytes.length)) {
                return null;
            }
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes, 0, body).position(FORMAT.length);
            int textLength = b.getInt();
            if (textLength < 0 || textLength > b.remaining() - 4) {
                return null;
            }
            byte[] text = new byte[textLength];
            b.get(text);
            int treeLength = b.getInt();
            if (treeLength != b.remaining()
                    || !java.util.Arrays.equals(text, source.getBytes(StandardCharsets.UTF_8))) {
                return null;
            }
            byte[] tree = new byte[treeLength];
            b.get(tree);
            return tree;
        }

        private static byte[] sha256(byte[] bytes, int length) {
            try {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                md.update(bytes, 0, length);
                return md.digest();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
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
