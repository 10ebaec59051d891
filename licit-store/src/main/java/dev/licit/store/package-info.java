/**
 * The store's front door: {@link dev.licit.store.LicitStore} opens a store from a
 * {@link dev.licit.store.StoreConfig} and hands out its services; {@link dev.licit.store.Actor}
 * names who acts, and the exceptions say whether a request was refused or the store failed.
 */
package dev.licit.store;
