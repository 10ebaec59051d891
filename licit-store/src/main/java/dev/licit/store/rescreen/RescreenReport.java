package dev.licit.store.rescreen;

import java.util.List;

/**
 * What re-screening after a list import found.
 *
 * @param previousSnapshot the snapshot in force before the import, or null
 * @param decisionsScreened stored decisions within the retention window whose parties were screened again
 * @param partiesScreened distinct parties (name and country) screened
 * @param opened the cases opened for new hits
 * @param reopened cases reopened because an entry cleared in them changed
 */
public record RescreenReport(
        String snapshot,
        String previousSnapshot,
        int decisionsScreened,
        int partiesScreened,
        List<OpenedCase> opened,
        List<Long> reopened) {
    public RescreenReport {
        opened = List.copyOf(opened);
        reopened = List.copyOf(reopened);
    }

    /** A case opened for a stored decision, with each list change it names. */
    public record OpenedCase(long caseId, String decisionId, String orderId, List<String> changes) {
        public OpenedCase {
            changes = List.copyOf(changes);
        }
    }
}
