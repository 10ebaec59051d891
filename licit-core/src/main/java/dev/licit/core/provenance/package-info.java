/**
 * Where the reference data stands: the {@link dev.licit.core.provenance.Reliability} tag (primary
 * source, secondary, notes, inference) that rules and country-group memberships carry so users see
 * how sure each fact is.
 */
package dev.licit.core.provenance;
