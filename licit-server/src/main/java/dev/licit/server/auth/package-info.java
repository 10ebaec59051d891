/**
 * Who may call what: API keys checked against the store on every request, the roles an endpoint
 * admits, and browser sessions for the web UI.
 */
package dev.licit.server.auth;
