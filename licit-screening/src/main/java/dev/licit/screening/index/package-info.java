/**
 * The prepared screening index on disk. Building a {@link dev.licit.screening.Screener} reads every
 * alias of every listed entry (transliteration, romanisation, legal forms), prepares each reading
 * and indexes the words: seconds for the full Consolidated Screening List. {@link ScreenerIndex}
 * writes that work once per snapshot (at import, or the first time a snapshot is used) and every
 * later process reads it back in a fraction of the time. A file that is damaged, written by other
 * screening code or for other list content is detected and rebuilt, never trusted.
 */
package dev.licit.screening.index;
