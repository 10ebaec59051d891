package dev.licit.batch.ownership;

import dev.licit.core.io.InputException;
import dev.licit.core.ownership.OwnershipGraph;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Reads the plain ownership CSV into a {@link CompactGraph} as bytes: no String, no line, no field object
 * per link. A line of plain ASCII names (letters, digits, single spaces: almost every line of a register
 * export), a plain percentage and ISO dates is split, keyed (upper-cased in place) and numbered straight
 * from the read buffer; any other line (quotes, other characters, "20-30 %", a year for a date, a
 * malformed line) is decoded and read by {@link OwnershipCsv#edge}, as {@code licit ownership import}
 * reads it, so both paths accept and refuse the same lines with the same messages. Node ids are the order
 * keys are first met in the file.
 */
final class GraphReader {
    private static final int BUFFER = 1 << 22;

    private GraphReader() {}

    /** The graph of the links of {@code file} in force on {@code date} (null: all). */
    public static CompactGraph read(Path file, LocalDate date) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": no such file");
        }
        Reading r = new Reading(file.toString(), date);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[BUFFER];
            int filled = 0;
            while (true) {
                int n = in.read(buf, filled, buf.length - filled);
                if (n < 0) {
                    break;
                }
                filled += n;
                int from = 0;
                for (int nl = indexOf(buf, from, filled); nl >= 0; nl = indexOf(buf, from, filled)) {
                    r.line(buf, from, nl);
                    from = nl + 1;
                }
                if (from == 0 && filled == buf.length) {
                    buf = Arrays.copyOf(buf, buf.length * 2); // a line longer than the buffer
                } else {
                    System.arraycopy(buf, from, buf, 0, filled - from);
                    filled -= from;
                }
            }
            if (filled > 0) {
                r.line(buf, 0, filled);
            }
        }
        return r.graph();
    }

    private static int indexOf(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** The state of one file's reading: its columns, the nodes so far, the links so far. */
    private static final class Reading {
        final String file;
        final LocalDate date;
        /** The date as yyyymmdd, to compare with a link's dates without making them. */
        final int day;

        final ByteNodes nodes = new ByteNodes();
        OwnershipCsv columns;
        long lineNumber;
        final LinkArrays links = new LinkArrays(1 << 12);
        long linksRead;
        /** Where each field of the current line starts and ends. */
        int[] starts = new int[16];

        int[] ends = new int[16];
        /** The upper-cased key of the current name. */
        byte[] key = new byte[256];

        Reading(String file, LocalDate date) {
            this.file = file;
            this.date = date;
            this.day = date == null ? 0 : date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
        }

        void line(byte[] b, int from, int to) {
            lineNumber++;
            if (to > from && b[to - 1] == '\r') {
                to--;
            }
            if (columns == null) {
                columns = OwnershipCsv.header(file, new String(b, from, to - from, StandardCharsets.UTF_8));
                if (columns.columns() > starts.length) {
                    starts = new int[columns.columns()];
                    ends = new int[columns.columns()];
                }
                return;
            }
            if (!fast(b, from, to)) {
                slow(new String(b, from, to - from, StandardCharsets.UTF_8));
            }
        }

        /** The line read from bytes; false (nothing taken) when it is not plain and the String reader must read it. */
        private boolean fast(byte[] b, int from, int to) {
            int f = 0;
            int start = from;
            for (int i = from; i < to; i++) {
                byte c = b[i];
                if (c == ',') {
                    if (f == starts.length) {
                        return false;
                    }
                    starts[f] = start;
                    ends[f++] = i;
                    start = i + 1;
                } else if (c == '"' || c < 0) {
                    return false;
                }
            }
            if (f == starts.length) {
                return false;
            }
            starts[f] = start;
            ends[f++] = to;
            if (f != columns.columns()) {
                return false;
            }
            int o = columns.owner();
            int d = columns.owned();
            if (!plainName(b, starts[o], ends[o]) || !plainName(b, starts[d], ends[d])) {
                return false;
            }
            int p = columns.percent();
            long share = starts[p] == ends[p] ? Shares.UNKNOWN : plainUnits(b, starts[p], ends[p]);
            if (share == -2) {
                return false;
            }
            if (date != null) {
                int s = columns.startDate() < 0 ? 0 : day(b, starts[columns.startDate()], ends[columns.startDate()]);
                int e = columns.endDate() < 0 ? 0 : day(b, starts[columns.endDate()], ends[columns.endDate()]);
                if (s < 0 || e < 0) {
                    return false;
                }
                linksRead++; // counted as the String reader counts: only links in force reach the builder
                if ((s != 0 && day < s) || (e != 0 && day > e)) {
                    linksRead--;
                    return true;
                }
            } else {
                linksRead++;
            }
            int ownerId = node(b, starts[o], ends[o]);
            int ownedId = node(b, starts[d], ends[d]);
            links.add(ownerId, ownedId, share);
            return true;
        }

        private void slow(String line) {
            EdgeLine e = columns.edge(file, lineNumber, line, date);
            if (e == null) {
                return;
            }
            linksRead++;
            int ownerId = node(e.owner());
            int ownedId = node(e.owned());
            links.add(ownerId, ownedId, e.units());
        }

        /** A plain name's node: its key is the name in capitals (OwnershipGraph.key of a plain ASCII name). */
        private int node(byte[] b, int from, int to) {
            int len = to - from;
            if (key.length < len) {
                key = new byte[len * 2];
            }
            for (int i = 0; i < len; i++) {
                byte c = b[from + i];
                key[i] = c >= 'a' && c <= 'z' ? (byte) (c - 32) : c;
            }
            return nodes.node(key, 0, len, ByteNodes.hash(key, 0, len), b, from, to);
        }

        /** Any name's node, keyed by OwnershipGraph.key (the String reader's path). */
        private int node(String name) {
            byte[] k = OwnershipGraph.key(name).getBytes(StandardCharsets.UTF_8);
            byte[] n = name.getBytes(StandardCharsets.UTF_8);
            return nodes.node(k, 0, k.length, ByteNodes.hash(k, 0, k.length), n, 0, n.length);
        }

        CompactGraph graph() {
            if (columns == null) {
                // the String reader's message for a file without a header
                OwnershipCsv.header(file, null);
            }
            return CompactGraph.assemble(
                    nodes, nodes.size(), links.owner, links.owned, links.units, links.size, links.selfLinks, linksRead);
        }
    }

    /**
     * Letters and digits of ASCII with single spaces between words, not empty: such a name is its own
     * cleaned form, and its key is its capitals ({@code OwnershipGraph.key}'s own fast path).
     */
    static boolean plainName(byte[] b, int from, int to) {
        if (to <= from || b[from] == ' ' || b[to - 1] == ' ') {
            return false;
        }
        for (int i = from; i < to; i++) {
            byte c = b[i];
            boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!letterOrDigit && (c != ' ' || b[i - 1] == ' ')) {
                return false;
            }
        }
        return true;
    }

    /** As {@link OwnershipCsv#plainUnits}, from bytes; -2 for anything the String reader must read. */
    static long plainUnits(byte[] b, int from, int to) {
        int n = to - from;
        if (n == 0 || n > 13) {
            return -2;
        }
        long whole = 0;
        int i = from;
        for (; i < to && b[i] != '.'; i++) {
            byte c = b[i];
            if (c < '0' || c > '9') {
                return -2;
            }
            whole = whole * 10 + (c - '0');
        }
        if (i == from || whole > 100) {
            return -2;
        }
        long fraction = 0;
        long scale = Shares.SCALE;
        if (i < to) {
            if (i == to - 1 || to - i - 1 > 9) {
                return -2;
            }
            for (int j = i + 1; j < to; j++) {
                byte c = b[j];
                if (c < '0' || c > '9') {
                    return -2;
                }
                fraction = fraction * 10 + (c - '0');
                scale /= 10;
            }
        }
        long units = whole * Shares.SCALE + fraction * scale;
        return units > Shares.WHOLE ? -2 : units;
    }

    /**
     * An empty field as 0, a YYYY-MM-DD date (day 1 to 28 of a month 1 to 12, which every year has) as
     * yyyymmdd, anything else as -1 for the String reader (a year, a month, day 29 to 31, a time after it,
     * a malformed date it refuses with the line).
     */
    static int day(byte[] b, int from, int to) {
        if (from == to) {
            return 0;
        }
        if (to - from != 10 || b[from + 4] != '-' || b[from + 7] != '-') {
            return -1;
        }
        int y = digits(b, from, from + 4);
        int m = digits(b, from + 5, from + 7);
        int d = digits(b, from + 8, from + 10);
        if (y < 0 || m < 1 || m > 12 || d < 1 || d > 28) {
            return -1;
        }
        return y * 10000 + m * 100 + d;
    }

    private static int digits(byte[] b, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return -1;
            }
            v = v * 10 + (b[i] - '0');
        }
        return v;
    }
}
