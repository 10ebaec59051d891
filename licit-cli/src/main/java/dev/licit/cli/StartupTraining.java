package dev.licit.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run behind the launcher's ahead-of-time class cache: {@code ./licit} runs this once
 * after each build under {@code -XX:AOTCacheOutput} (JDK 25+; AppCDS on 21 to 24), and every later
 * short command starts from the classes it loaded and linked, and the method profiles it gathered,
 * instead of reading and verifying thousands of classes from the jar again.
 *
 * <p>It runs the short commands people use one after another, in this process, on a throwaway data
 * home, in one of two profiles, each for its own cache: {@code rules} (classify chips, show and
 * diff the rulebook, the catalog, the envelope) and {@code store} (decide an order: stored, then
 * read from the prepared screening index, then without the store, as text and as JSON; screen a
 * name; list decisions and cases). A cache preloads every class it holds at start, so a command that
 * only reads the rulebook starts faster from a cache without the store, the lists and ICU. What it prints is discarded; a command that fails fails the training, so a
 * cache is never made from a broken build.
 */
public final class StartupTraining {
    private static final String ORDER = """
      {"id": "TRAIN-1", "date": "2026-02-01", "exportFrom": "US", "destination": "CN",
       "parties": [{"role": "END_USER", "name": "Huawei Technologies Co., Ltd.", "country": "CN", "headquarters": "CN",
                    "address": "Bantian, Longgang District, Shenzhen"}],
       "items": [{"sku": "H200", "quantity": 8, "unitValueUsd": 32000, "catalogId": "nvidia-h200-sxm-141gb"}],
       "certifications": ["US_SUPPLY_SUFFICIENT"]}
      """;
    private static final String CHIPS = """
      [{"vendor": "Example", "model": "Datacenter part", "datacenter": true,
        "dense": {"fp16": 148, "bf16": 148, "fp8": 296, "int8": 296}, "dieAreaMm2": 814, "memoryBandwidthGBs": 4000}]
      """;
    private static final String CHIPS_CSV = """
      vendor,model,year,datacenter,fp16_tflops,bf16_tflops,fp8_tflops,int8_tops,die_area_mm2,memory_bw_gbs,interconnect_gbs
      Example,Datacenter part,2024,true,148,148,296,296,814,4000,900
      Example,Gaming part,2024,false,82.6,82.6,165,330,609,1008,
      """;

    private StartupTraining() {}

    public static void main(String[] args) throws IOException {
        int code = train(args.length == 1 ? args[0] : "");
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Runs one profile's commands; 0 when every one exited 0, else 1 with the failing command on
     * standard error. The data home and standard streams are as they were afterwards.
     */
    static int train(String profile) throws IOException {
        Path home = Files.createTempDirectory("licit-training-");
        PrintStream out = System.out;
        PrintStream err = System.err;
        String previousHome = System.getProperty("licit.home");
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        try {
            System.setProperty("licit.home", home.toString());
            Path order = Files.writeString(home.resolve("order.json"), ORDER);
            Path chips = Files.writeString(home.resolve("chips.json"), CHIPS);
            Path chipsCsv = Files.writeString(home.resolve("chips.csv"), CHIPS_CSV);
            CheckMemoFiles.install(); // as Licit.main does: the memo's own classes belong in the cache too
            List<String[]> rules = List.of(
                    new String[] {"--version"},
                    new String[] {"classify", chips.toString()},
                    new String[] {"classify", chips.toString(), "--format", "json"},
                    new String[] {"classify", chipsCsv.toString()},
                    new String[] {"rules", "show", "--as-of", "2026-02-01"},
                    new String[] {"rules", "diff", "2023-11-16", "2023-11-17"},
                    new String[] {"catalog", "list"},
                    new String[] {"envelope", "--die-area", "814", "--datacenter", "--as-of", "2024-06-01"});
            List<String[]> store = List.of(
                    new String[] {"check", order.toString()},
                    new String[] {"check", order.toString(), "--format", "json"},
                    new String[] {"check", "--no-store", order.toString()},
                    new String[] {"check", "--no-store", "--format", "json", order.toString()},
                    new String[] {"screen", "Huawei Technologies", "--country", "CN"},
                    new String[] {"screen", "华为技术有限公司", "--format", "json"},
                    new String[] {"decisions", "list"},
                    new String[] {"cases", "list"});
            List<String[]> commands = switch (profile) {
                case "rules" -> rules;
                case "store" -> store;
                default -> throw new IllegalArgumentException("usage: StartupTraining rules|store");
            };
            System.setOut(nowhere);
            System.setErr(nowhere);
            for (String[] command : commands) {
                // as Licit.main runs it: the index and store begun while the command line is parsed
                int code = Licit.runBegunAhead(command);
                if (code != 0) {
                    err.println("licit: startup training: '" + String.join(" ", command) + "' exited " + code);
                    return 1;
                }
            }
            return 0;
        } finally {
            System.setOut(out);
            System.setErr(err);
            if (previousHome == null) {
                System.clearProperty("licit.home");
            } else {
                System.setProperty("licit.home", previousHome);
            }
            deleteTree(home);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
