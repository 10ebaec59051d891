/**
 * The store's front door: {@link dev.licit.store.LicitStore} opens a store from a
 * {@link dev.licit.store.common.StoreConfig} and hands out its services. It sits above every
 * feature package (it wires them together) and none of them refers back to it: what they share
 * lives in {@link dev.licit.store.common}.
 */
package dev.licit.store;
