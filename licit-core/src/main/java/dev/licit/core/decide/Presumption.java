package dev.licit.core.decide;

import dev.licit.core.provenance.Reliability;

/**
 * A check a clearance presumes the exporter made (a {@code presume} entry of the rulebook): what
 * Licit cannot see in the order, such as what the exporter knows of the end use.
 *
 * @param check the check, in words
 */
public record Presumption(String ruleId, String check, String citation, Reliability reliability) {}
