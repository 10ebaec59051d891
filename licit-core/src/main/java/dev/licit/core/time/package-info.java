/**
 * "Today" and "now" from an injected clock, in UTC: the one place the modules outside the engine
 * turn a clock into a date. The engine itself reads no clock (its date comes with the order).
 */
package dev.licit.core.time;
