/**
 * What the store's front door and every feature package share: the configuration
 * ({@link dev.licit.store.common.StoreConfig}) and the audit chain's key, who acts
 * ({@link dev.licit.store.common.Actor}), the exceptions that say whether a request was refused or
 * the store failed, and the owner-only files the secrets are kept in. Apart from the root package so
 * that the features never reach up into the package that wires them together (that was a cycle);
 * it depends on no other package of the store.
 */
package dev.licit.store.common;
