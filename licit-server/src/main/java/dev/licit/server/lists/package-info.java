/**
 * Keeping a server's lists current (issue 17 point 4): the scheduled fetch with its re-screening, and
 * the age of each list as /health, /metrics and decisions report it.
 */
package dev.licit.server.lists;
