package dev.licit.spark;

import dev.licit.batch.pipeline.Progress;
import dev.licit.batch.screen.LocalBatchScreen;
import dev.licit.batch.screen.OwnershipScreen;
import dev.licit.batch.screen.ScreenSummary;
import dev.licit.screening.Screener;
import dev.licit.screening.imports.ImportException;
import dev.licit.screening.imports.SourceFile;
import dev.licit.screening.list.ListSnapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.spark.sql.SparkSession;

/**
 * A batch screen with an ownership graph run on the single-process engine (two threads) and on Spark from
 * the same files, for the tests that compare the two outputs.
 */
record BothEngines(ScreenSummary local, ScreenSummary spark) {
    /**
     * @param affiliates the Affiliates posture, or null for the rulebook's reading
     * @param local where the single-process engine writes its hits
     * @param viaSpark where the Spark job writes its hits
     */
    static BothEngines screenWithOwnership(
            SparkSession spark,
            Path parties,
            ListSnapshot lists,
            Path graph,
            LocalDate day,
            String affiliates,
            Path local,
            Path viaSpark)
            throws IOException, ImportException {
        Screener screener = Screener.of(lists);
        ScreenSummary l = LocalBatchScreen.run(
                parties,
                local,
                screener,
                OwnershipScreen.of(screener, SourceFile.read(graph), day, affiliates),
                2,
                0,
                Progress.silent());
        ScreenSummary s = SparkBatchScreen.run(
                spark,
                parties,
                viaSpark,
                lists,
                new SparkBatchScreen.Ownership(SourceFile.read(graph), day, affiliates),
                0,
                Progress.silent());
        return new BothEngines(l, s);
    }
}
