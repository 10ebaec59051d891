package dev.licit.core.envelope;

import dev.licit.core.chip.ChipSpec;
import dev.licit.core.chip.Precision;
import dev.licit.core.classify.Classification;
import dev.licit.core.classify.Classifier;
import dev.licit.core.rulebook.CompiledRulebook;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The 3A090 regions of one rulebook version as a grid over TPP (rows) and performance density
 * (columns), each cell classified by the rulebook's own classifier as a design point with that TPP
 * and density: the chart shows the rules as encoded, with no second drawing of their thresholds.
 * Under the October 2022 text the interconnect is taken as 600 GB/s or more (every point a high-end part).
 */
public final class RegionChart {
    /** The interconnect of every design point: above the October 2022 test's 600 GB/s. */
    private static final double INTERCONNECT_GBS = 1_000_000.0;

    private final Classifier classifier = new Classifier();

    /**
     * The axes: density from 0 to {@code pdMax}; TPP from 0 to {@code tppMax} on a linear scale, or
     * from {@code tppMin} on a logarithmic one when {@code tppMin} is above 0 (the thresholds, 1,600
     * to 4,800, sit low on a linear axis).
     */
    public record Axes(boolean datacenter, double pdMax, double tppMin, double tppMax, int rows, int columns) {
        public Axes {
            if (!(pdMax > 0) || !(tppMax > 0) || tppMin < 0 || tppMin >= tppMax || rows < 1 || columns < 1) {
                throw new IllegalArgumentException("chart axes must be positive, with tppMin below tppMax");
            }
        }

        public boolean logarithmic() {
            return tppMin > 0;
        }

        /** The TPP at the middle of row {@code r}. */
        double tpp(int r) {
            return logarithmic()
                    ? Math.exp(Math.log(tppMin) + (r + 0.5) / rows * (Math.log(tppMax) - Math.log(tppMin)))
                    : (r + 0.5) / rows * tppMax;
        }

        /** The density at the middle of column {@code c}. */
        double density(int c) {
            return (c + 0.5) / columns * pdMax;
        }
    }

    /** Each cell's label (an ECCN and paragraph, {@code NONE}, or {@code INDETERMINATE}), rows by TPP. */
    public record Chart(Axes axes, List<List<String>> cells, SortedSet<String> labels) {}

    public Chart draw(CompiledRulebook rb, Axes axes) {
        int bits = rb.settings().bitLengths().of(Precision.INT8).orElse(8);
        SortedSet<String> labels = new TreeSet<>();
        List<List<String>> cells = new ArrayList<>(axes.rows());
        for (int r = 0; r < axes.rows(); r++) {
            double tpp = axes.tpp(r);
            List<String> row = new ArrayList<>(axes.columns());
            for (int c = 0; c < axes.columns(); c++) {
                ChipSpec point = new ChipSpec(
                        "chart",
                        "point",
                        axes.datacenter(),
                        Map.of(Precision.INT8, tpp / bits),
                        tpp / axes.density(c),
                        INTERCONNECT_GBS,
                        null);
                String label = label(classifier.classify(point, rb));
                labels.add(label);
                row.add(label);
            }
            cells.add(List.copyOf(row));
        }
        return new Chart(axes, List.copyOf(cells), labels);
    }

    static String label(Classification k) {
        if (!k.isClassified()) {
            return "INDETERMINATE";
        }
        return k.paragraph() == null || k.paragraph().equals(k.eccn()) ? k.eccn() : k.eccn() + " " + k.paragraph();
    }
}
