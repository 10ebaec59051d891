/**
 * HTTP plumbing shared by the handlers: JSON in and out with the project's mapper, RFC 9457
 * problems that never carry a stack trace (Jetty's own errors too, through
 * {@link dev.licit.server.http.ProblemErrorHandler}), and {@link dev.licit.server.http.HeaderDeadline},
 * which closes connections whose request headers trickle in past a deadline.
 */
package dev.licit.server.http;
