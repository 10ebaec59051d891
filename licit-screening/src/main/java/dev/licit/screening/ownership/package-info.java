/**
 * Importers for ownership data into {@link dev.licit.core.ownership.OwnershipLink}s:
 * FollowTheMoney {@code Ownership} entities (JSON Lines, as OpenSanctions publishes them),
 * Beneficial Ownership Data Standard statements (0.2 to 0.4), GLEIF Level 2 relationship records
 * (CSV and JSON, names from a Level 1 file when given) and a plain CSV. One entry point, {@link
 * dev.licit.screening.ownership.OwnershipImporter}; all or nothing, each refusal naming the file,
 * the line and the field.
 */
package dev.licit.screening.ownership;
