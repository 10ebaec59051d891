/**
 * Name matching: the searchable aliases of a published name, candidate blocking over the whole list,
 * and word-by-word scoring of two name readings with the alignment behind the score.
 */
package dev.licit.screening.match;
