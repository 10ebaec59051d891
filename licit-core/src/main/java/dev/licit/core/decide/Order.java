package dev.licit.core.decide;

import java.time.LocalDate;
import java.util.List;

/**
 * An order as the engine decides it (contract.md "Order", with the fields added in December 2026).
 *
 * @param exportFrom US for an export from the United States; anything else is a re-export; null if unknown
 * @param aiDiffusionPosture the AI Diffusion posture the order states, or null for the rulebook default
 * @param destinationRegion the ISO 3166-2 subdivision of the destination (e.g. UA-43), or null
 * @param endUses what the exporter knows of the use; empty when the order says nothing
 * @param endUserType what kind of body the end user is, or null when the order says nothing
 * @param exporter who exports, or null when the order does not say
 * @param affiliatesPosture the Affiliates-rule posture the order states, or null for the rulebook default
 */
public record Order(
        String id,
        LocalDate date,
        String exportFrom,
        String destination,
        List<Party> parties,
        List<OrderItem> items,
        List<String> certifications,
        AiDiffusionPosture aiDiffusionPosture,
        String destinationRegion,
        List<EndUse> endUses,
        EndUserType endUserType,
        Exporter exporter,
        AffiliatesPosture affiliatesPosture) {
    public Order {
        parties = List.copyOf(parties);
        items = List.copyOf(items);
        certifications = certifications == null ? List.of() : List.copyOf(certifications);
        endUses = endUses == null ? List.of() : List.copyOf(endUses);
    }

    /** An order that states no Affiliates-rule posture. */
    public Order(
            String id,
            LocalDate date,
            String exportFrom,
            String destination,
            List<Party> parties,
            List<OrderItem> items,
            List<String> certifications,
            AiDiffusionPosture aiDiffusionPosture,
            String destinationRegion,
            List<EndUse> endUses,
            EndUserType endUserType,
            Exporter exporter) {
        this(
                id,
                date,
                exportFrom,
                destination,
                parties,
                items,
                certifications,
                aiDiffusionPosture,
                destinationRegion,
                endUses,
                endUserType,
                exporter,
                null);
    }

    /** An order without the December 2026 fields. */
    public Order(
            String id,
            LocalDate date,
            String exportFrom,
            String destination,
            List<Party> parties,
            List<OrderItem> items,
            List<String> certifications,
            AiDiffusionPosture aiDiffusionPosture) {
        this(
                id,
                date,
                exportFrom,
                destination,
                parties,
                items,
                certifications,
                aiDiffusionPosture,
                null,
                List.of(),
                null,
                null,
                null);
    }
}
