package dev.licit.core.decide;

/**
 * How an IC was made, as a foundry or OSAT knows it ({@code items[].fabrication}), for the due
 * diligence of Note 1 to 3A090.a. Null means not given; a rule that needs a figure holds the line.
 *
 * @param processNodeNm the front-end process node, nm (16 for "16/14 nm")
 * @param transistorsBillions the package's aggregated approximated transistor count, in billions
 * @param hbmInPackage whether the package contains high-bandwidth memory
 * @param designerStatus the designer's standing; null when the order does not say (read as NONE)
 */
public record Fabrication(
        Double processNodeNm, Double transistorsBillions, Boolean hbmInPackage, DesignerStatus designerStatus) {}
