package dev.licit.core.decide;

/**
 * The designer's standing under Note 1 to 3A090.a ({@code fabrication.designerStatus}): an approved
 * IC designer (Supplement No. 6 to part 740), an authorized one (a status with an end date the
 * rulebook carries), or neither. The order states it; the rulebook decides what it is worth on the date.
 */
public enum DesignerStatus {
    APPROVED,
    AUTHORIZED,
    NONE
}
