package dev.licit.core.catalog;

import dev.licit.core.chip.ChipSpec;
import java.util.List;
import java.util.Map;

/**
 * A chip of the catalog with the sources of its figures.
 *
 * @param sources field name to reference ids (resolved through the catalog's references)
 * @param expected outcome under the 2022 and 2023 texts as the reference data states it
 */
public record CatalogEntry(
        String id,
        ChipSpec spec,
        Integer year,
        Integer dies,
        String memoryType,
        Double memoryGb,
        Double statedTpp,
        String note,
        Map<String, List<String>> sources,
        Map<String, String> expected) {}
