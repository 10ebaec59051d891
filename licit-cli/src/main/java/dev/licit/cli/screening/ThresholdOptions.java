package dev.licit.cli.screening;

import dev.licit.screening.Thresholds;
import picocli.CommandLine.Option;

/** Band thresholds, overridable per command. */
final class ThresholdOptions {
    @Option(
            names = "--match-threshold",
            description = "score at or above which a name is a MATCH (default ${DEFAULT-VALUE})")
    double match = Thresholds.DEFAULT.match();

    @Option(
            names = "--possible-threshold",
            description = "score at or above which a name is a POSSIBLE match (default ${DEFAULT-VALUE})")
    double possible = Thresholds.DEFAULT.possible();

    Thresholds thresholds() {
        return new Thresholds(match, possible);
    }
}
