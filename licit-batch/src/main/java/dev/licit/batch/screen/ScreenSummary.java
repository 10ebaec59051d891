package dev.licit.batch.screen;

import java.util.List;
import java.util.Map;

/**
 * The end-of-run summary of a batch screening: the same fields whichever engine ran it.
 *
 * @param parties rows read (refused ones included)
 * @param partiesWithHits parties with at least one hit at POSSIBLE or above
 * @param byBand hits per band (MATCH, POSSIBLE)
 * @param byList hits per list code
 * @param problems the first refused rows, each naming file and line
 */
public record ScreenSummary(
        String engine,
        String snapshot,
        long parties,
        long partiesWithHits,
        long hits,
        Map<String, Long> byBand,
        Map<String, Long> byList,
        long refused,
        List<String> problems,
        double seconds) {
    public ScreenSummary {
        byBand = Map.copyOf(byBand);
        byList = Map.copyOf(byList);
        problems = List.copyOf(problems);
    }

    public double partiesPerSecond() {
        return seconds > 0 ? parties / seconds : 0;
    }
}
