/**
 * Restricted-party screening: the file-based snapshot store under {@code LICIT_HOME/lists}, and the
 * {@link dev.licit.screening.Screener} that scores a party's name against a snapshot and explains
 * each match in words a compliance officer can check.
 */
package dev.licit.screening;
