/**
 * Recorded decisions: written durably (group commit, and a write-ahead journal on embedded H2) with
 * the order, the rulebook hash and the list snapshot, found again byte for byte, shipped, and given
 * their authorization status (license, NAC notification, case).
 */
package dev.licit.store.decision;
