/**
 * Ownership: who holds what share of whom, on which dates, from which source. {@link
 * dev.licit.core.ownership.OwnershipLink} is one edge as an importer or an order gives it; {@link
 * dev.licit.core.ownership.OwnershipGraph} indexes edges for lookups up (owners) and down (holdings).
 * Pure: no I/O, no clock; importers and persistence live at the edge (screening, store).
 */
package dev.licit.core.ownership;
