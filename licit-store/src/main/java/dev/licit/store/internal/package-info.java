/**
 * The store's plumbing, for its own packages only: the connection pool and migrations, the durable
 * write, decision ids, hashes, compact JSON and fixed-width times. It depends on no feature
 * package; other modules never see it (their architecture tests check).
 */
package dev.licit.store.internal;
