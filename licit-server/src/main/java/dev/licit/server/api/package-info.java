/**
 * The REST handlers: read-only answers from the core (classification, screening, rulebook,
 * catalog) and everything kept in the store (decisions, cases, licenses, notifications, lists, audit,
 * keys), the latter through the store's public API only.
 */
package dev.licit.server.api;
