package dev.licit.spark;

import dev.licit.batch.screen.OwnershipScreen;
import dev.licit.screening.Screener;
import dev.licit.screening.imports.ImportException;
import dev.licit.screening.imports.SourceFile;
import dev.licit.screening.list.ListSnapshot;
import java.time.LocalDate;

/**
 * The ownership screen of each executor JVM, built once from the graph file's bytes the driver broadcast
 * (the graph, its index for the run's date and the rulebook's 50 % rules cost far more than screening a
 * partition) and reused by every later task of the job. One is kept: an executor holds one graph, as the
 * single-process engine does, never the graphs of earlier jobs as well.
 */
final class OwnershipScreens {
    private static OwnershipScreen current;
    private static String currentKey;

    private OwnershipScreens() {}

    /** What identifies a screen: the list snapshot, the graph's bytes, the date and the posture. */
    static String key(ListSnapshot snapshot, SourceFile graph, LocalDate date, String affiliatesPosture) {
        return snapshot.id() + "|" + graph.name() + "|"
                + dev.licit.screening.imports.ListImporter.sha256(graph.raw()) + "|" + date + "|"
                + affiliatesPosture;
    }

    static synchronized OwnershipScreen get(
            String key, Screener screener, String graphName, byte[] graph, LocalDate date, String affiliatesPosture) {
        if (!key.equals(currentKey)) {
            current = null; // let the previous graph go before the next is read
            currentKey = null;
            SourceFile file;
            try {
                file = SourceFile.of(graphName, graph);
            } catch (ImportException e) {
                // the driver read the same bytes without a problem before the job started
                throw new IllegalStateException("cannot read the broadcast ownership graph " + graphName, e);
            }
            current = OwnershipScreen.of(screener, file, date, affiliatesPosture);
            currentKey = key;
        }
        return current;
    }
}
