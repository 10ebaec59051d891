/**
 * The hash-chained audit trail: appended inside each service's write transaction
 * ({@link dev.licit.store.audit.AuditWriter}), read, verified and exported by
 * {@link dev.licit.store.audit.AuditLog}, so a deleted, reordered or edited row shows.
 */
package dev.licit.store.audit;
