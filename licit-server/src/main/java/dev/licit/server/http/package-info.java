/**
 * HTTP plumbing shared by the handlers: JSON in and out with the project's mapper, and RFC 9457
 * problems that never carry a stack trace.
 */
package dev.licit.server.http;
