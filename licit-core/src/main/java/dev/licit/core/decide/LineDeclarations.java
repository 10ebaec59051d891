package dev.licit.core.decide;

import java.time.LocalDate;

/**
 * What an order line declares about its item beyond the item's figures: the January 2026 policy's
 * conditions that concern the item (91 FR 1684: commercially available in the US, the exporter's
 * units to US end users and to China and Macau) and, for a foundry or OSAT, how it was made. Every
 * part is optional: null is "not declared", which a rule that needs it names.
 *
 * @param usAvailableSince the first day the item was commercially available in the United States
 * @param usEndUserUnits the exporter's units of the item shipped to end users in the United States
 * @param chinaMacauUnits the exporter's aggregate units of the item shipped to China and Macau,
 *     including this line
 */
public record LineDeclarations(
        LocalDate usAvailableSince, Long usEndUserUnits, Long chinaMacauUnits, Fabrication fabrication) {
    /** A line that declares nothing beyond its item. */
    public static final LineDeclarations NONE = new LineDeclarations(null, null, null, null);
}
