/**
 * Re-screening after a list import: every party of the decisions stored within the retention window
 * screened again, and a review case for each new hit.
 */
package dev.licit.store.rescreen;
