/**
 * The HTTP server over one data home: routes, roles, the web UI, health, metrics and the OpenAPI
 * document, with the store kept open and the screener rebuilt when the lists change.
 */
package dev.licit.server;
