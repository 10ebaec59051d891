package dev.licit.core.decide;

import dev.licit.core.rulebook.FactKey;
import java.util.Map;

/** The facts of what an order line declares (LineDeclarations), added to its item's facts; unknown values left out. */
final class LineFacts {
    private LineFacts() {}

    static Map<String, Object> with(Map<String, Object> itemFacts, LineDeclarations d) {
        if (d.usAvailableSince() != null) {
            FactKey.US_AVAILABLE_SINCE.put(itemFacts, d.usAvailableSince().toString());
        }
        FactKey.US_END_USER_UNITS.putIfKnown(itemFacts, d.usEndUserUnits());
        FactKey.CHINA_MACAU_UNITS.putIfKnown(itemFacts, d.chinaMacauUnits());
        Fabrication f = d.fabrication();
        // a designer status not given is "neither approved nor authorized": the presumption's safe side
        FactKey.DESIGNER_STATUS.put(
                itemFacts,
                f == null || f.designerStatus() == null
                        ? ""
                        : f.designerStatus().name());
        if (f != null) {
            FactKey.PROCESS_NODE_NM.putIfKnown(itemFacts, f.processNodeNm());
            FactKey.TRANSISTORS_BILLIONS.putIfKnown(itemFacts, f.transistorsBillions());
            FactKey.HBM_IN_PACKAGE.putIfKnown(itemFacts, f.hbmInPackage());
        }
        return itemFacts;
    }
}
