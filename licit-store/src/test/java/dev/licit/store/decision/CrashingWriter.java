package dev.licit.store.decision;

import dev.licit.store.LicitStore;
import dev.licit.store.common.AuditKey;
import dev.licit.store.common.StoreConfig;
import dev.licit.store.testing.Fixtures;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The process that crashes, for {@link DecisionJournalTest}: records decisions on an embedded H2
 * store whose background writer is off and whose journal is never checkpointed, writes down what
 * the database then holds (as the acknowledged decisions left it), and dies without closing
 * anything. Run as {@code CrashingWriter HOME DUMP}.
 */
public final class CrashingWriter {
    /** The tables a decision writes, each with the order that makes a dump comparable. */
    static final List<String> DUMPS = List.of(
            "SELECT * FROM decision ORDER BY id",
            "SELECT * FROM decision_party ORDER BY decision_id, idx",
            "SELECT * FROM decision_hit ORDER BY decision_id, party_idx, list_code, entry_id",
            "SELECT * FROM review_case ORDER BY id",
            "SELECT * FROM case_match ORDER BY id",
            "SELECT * FROM case_action ORDER BY id",
            "SELECT * FROM audit_log WHERE kind NOT IN ('journal.replayed', 'audit.keyed') ORDER BY seq");

    private CrashingWriter() {}

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        Path dump = Path.of(args[1]);
        System.setProperty(GroupCommitter.CHECKPOINT_PROPERTY, Long.toString(3_600_000));
        Path file = home.resolve("db").resolve("licit");
        // WRITE_DELAY of an hour: H2 writes nothing to its file unless asked, so what is not checkpointed is lost
        String url = "jdbc:h2:file:" + file + ";AUTO_SERVER=TRUE;WRITE_DELAY=3600000";
        // the home's audit key, as every process of the home has it: the replay then writes exactly these rows
        // a clock on the orders' day (2024-06-01), still ticking: decisions for another day are dry runs
        // that open no case, and this test wants the cases of decisions made on their own day
        java.time.Clock onTheOrdersDay = java.time.Clock.offset(
                java.time.Clock.systemUTC(),
                java.time.Duration.between(java.time.Instant.now(), java.time.Instant.parse("2024-06-01T09:00:00Z")));
        LicitStore store = LicitStore.open(StoreConfig.url(url, "sa", "")
                .withAuditKey(AuditKey.forHome(home))
                .withClock(onTheOrdersDay));
        // decide everything first: deciding may write (and checkpoint) the store's memory of review
        List<NewDecision> decisions = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String order = switch (i % 3) {
                case 0 -> Fixtures.h100ToVietnam("LR-" + i, 8); // LICENSE_REQUIRED: a case
                case 1 ->
                    Fixtures.order(
                            "HOLD-" + i,
                            "2024-06-01",
                            "DE",
                            "Higon Trading GmbH",
                            "DE",
                            "nvidia-h100-sxm5-80gb",
                            2,
                            25000.0); // HOLD on a list match: hits and a case
                default ->
                    Fixtures.order(
                            "NLR-" + i,
                            "2024-06-01",
                            "DE",
                            "Siemens AG",
                            "DE",
                            "nvidia-h100-sxm5-80gb",
                            2,
                            null); // NLR: nothing else
            };
            decisions.add(Fixtures.decide(store, order));
        }
        List<CompletableFuture<StoredDecision>> acks = new ArrayList<>();
        decisions.forEach(d -> acks.add(store.decisions().submit(d)));
        acks.forEach(CompletableFuture::join);
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            write(dump, dump(c));
        }
        System.out.println("ACKED " + acks.size());
        System.out.flush();
        Runtime.getRuntime().halt(0); // no close, no shutdown hook, no last checkpoint
    }

    /** Every row of {@link #DUMPS}, one line per row, columns by name. */
    static List<String> dump(Connection c) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement st = c.createStatement()) {
            for (String sql : DUMPS) {
                try (ResultSet rs = st.executeQuery(sql)) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder line = new StringBuilder(sql.substring(14, sql.indexOf(' ', 14)));
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            line.append(" | ")
                                    .append(md.getColumnName(i).toLowerCase(java.util.Locale.ROOT))
                                    .append('=')
                                    .append(rs.getString(i));
                        }
                        lines.add(line.toString().replace('\n', ' '));
                    }
                }
            }
        }
        return lines;
    }

    private static void write(Path file, List<String> lines) throws IOException {
        Files.write(file, lines, StandardCharsets.UTF_8);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }
}
