/**
 * Turns a party or list name into comparable words: Unicode folding, confusables, transliteration
 * of non-Latin scripts, romanisation keys for Chinese and Korean, and the word classes (distinctive,
 * generic, place, legal form) that weight a word in a comparison.
 */
package dev.licit.screening.normalize;
