/**
 * Review cases, the compliance team's work queue, and screening that remembers review: a clearance
 * of a false positive holds for one party and one version of a list entry.
 */
package dev.licit.store.review;
