/**
 * The REST handlers: read-only answers from the core (classification, screening, rulebook,
 * catalog) and everything kept in the store (decisions, cases, licenses, notifications, lists, audit,
 * keys), the latter through the store's public API only; and {@link dev.licit.server.api.ScreeningSource},
 * the screener they share, rebuilt when a list import switches the snapshot.
 */
package dev.licit.server.api;
