/**
 * API keys for the server: created once with a secret shown once, stored as a SHA-256 only, checked
 * and revoked, each with a role.
 */
package dev.licit.store.keys;
