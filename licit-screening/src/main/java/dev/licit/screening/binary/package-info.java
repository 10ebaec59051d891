/**
 * A plain binary form for data that a process derives once and later processes read back instead
 * of deriving again (the prepared screening index): little-endian numbers, length-prefixed arrays
 * and strings, no field names. Each class that is written writes and reads itself with
 * {@link BinaryOut} and {@link BinaryIn}, reader beside writer.
 */
package dev.licit.screening.binary;
