/**
 * A restricted-party list as data: {@link dev.licit.screening.list.ListEntry} (one row, in the form
 * every list format is read into), {@link dev.licit.screening.list.SnapshotInfo} (what a snapshot is
 * made of, its id derived from content) and {@link dev.licit.screening.list.ListSnapshot}. Below the
 * importers that produce it and the store and screener that use it, so neither reaches into the other.
 */
package dev.licit.screening.list;
