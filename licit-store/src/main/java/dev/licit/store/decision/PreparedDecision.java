package dev.licit.store.decision;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.licit.store.common.Actor;
import dev.licit.store.review.CaseDraft;
import java.time.LocalDate;
import java.util.List;

/** A decision ready to write: every value computed, so the writer thread only inserts. */
record PreparedDecision(
        String id,
        String orderId,
        String verdict,
        LocalDate asOf,
        String decidedAt,
        Actor actor,
        String destination,
        String rulebookSha256,
        LocalDate rulebookVersion,
        String listSnapshot,
        LicensedLines lines,
        String orderJson,
        DocumentText document,
        String documentSha256,
        List<PartyRow> parties,
        List<HitRow> hits,
        CaseDraft caseDraft,
        ObjectNode auditPayload,
        Authorization authorization,
        boolean dryRun,
        String contentSha256) {
    record PartyRow(int idx, String role, String name, String country, String partyKey) {}

    record HitRow(
            int partyIdx,
            String list,
            String entryId,
            String entryVersion,
            String listedName,
            double score,
            String band,
            boolean cleared) {}
}
