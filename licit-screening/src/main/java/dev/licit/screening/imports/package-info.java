/**
 * Importers for the publishers' list files (trade.gov CSL in CSV and JSON, the BIS Denied Persons
 * List, OFAC's SDN set, the UN consolidated XML) into importer-neutral entries, all or nothing, each
 * refusal naming the file and the line.
 */
package dev.licit.screening.imports;
