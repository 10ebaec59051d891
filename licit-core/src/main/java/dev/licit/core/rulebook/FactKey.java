package dev.licit.core.rulebook;

import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import java.util.Map;

/**
 * Every fact a rule condition may name, in one place: its name in CEL, its type, what it means and
 * the input a user supplies to make it known. The classifier and the engine write facts only
 * through these keys, so a fact cannot be spelt two ways or derived under a name the conditions
 * do not declare. The order of the constants is the order {@code licit rules facts} lists them.
 */
public enum FactKey {
    // item facts
    ITEM_KIND("itemKind", SimpleType.STRING, "chip, hbm or system", null),
    VENDOR("vendor", SimpleType.STRING, "the chip vendor as given", "vendor"),
    MODEL("model", SimpleType.STRING, "the model name as given", "model"),
    DATACENTER("datacenter", SimpleType.BOOL, "designed or marketed for use in datacenters", "datacenter"),
    TPP("tpp", SimpleType.DOUBLE, "total processing performance", "dense"),
    PD("pd", SimpleType.DOUBLE, "performance density: TPP per mm2 of non-planar logic die", "dieAreaMm2"),
    INTERCONNECT(
            "interconnect", SimpleType.DOUBLE, "aggregate bidirectional chip-to-chip rate, GB/s", "interconnectGBs"),
    DRAM_BANDWIDTH("dramBandwidth", SimpleType.DOUBLE, "total DRAM bandwidth, GB/s", "memoryBandwidthGBs"),
    HBM_DENSITY("hbmDensity", SimpleType.DOUBLE, "HBM memory bandwidth density, GB/s per mm2", "hbm.packageAreaMm2"),
    CONTAINS_ECCNS("containsEccns", ListType.create(SimpleType.STRING), "ECCNs of the chips a system contains", null),
    ALL_CHIPS_CLASSIFIED(
            "allChipsClassified", SimpleType.BOOL, "every chip of a system could be classified", "system.chips"),
    ECCN("eccn", SimpleType.STRING, "the item's ECCN on the date (NONE when outside)", null),
    PARAGRAPH("paragraph", SimpleType.STRING, "the ECCN paragraph (e.g. 3A090.a.1)", null),
    // what an order line declares about its item
    US_AVAILABLE_SINCE(
            "usAvailableSince",
            SimpleType.STRING,
            "first day the item was commercially available in the US (YYYY-MM-DD, compared as text)",
            "items[].usAvailableSince"),
    US_END_USER_UNITS(
            "usEndUserUnits",
            SimpleType.INT,
            "the exporter's units of the item shipped to end users in the US (disclosed)",
            "items[].unitsShipped.usEndUsers"),
    CHINA_MACAU_UNITS(
            "chinaMacauUnits",
            SimpleType.INT,
            "the exporter's aggregate units of the item shipped to China and Macau, this line included",
            "items[].unitsShipped.chinaMacau"),
    PROCESS_NODE_NM(
            "processNodeNm", SimpleType.DOUBLE, "front-end process node, nm", "items[].fabrication.processNodeNm"),
    TRANSISTORS_BILLIONS(
            "transistorsBillions",
            SimpleType.DOUBLE,
            "aggregated approximated transistor count of the package, billions",
            "items[].fabrication.transistorsBillions"),
    HBM_IN_PACKAGE(
            "hbmInPackage",
            SimpleType.BOOL,
            "the package contains high-bandwidth memory",
            "items[].fabrication.hbmInPackage"),
    DESIGNER_STATUS(
            "designerStatus",
            SimpleType.STRING,
            "APPROVED or AUTHORIZED IC designer (Note 1 to 3A090.a); empty when the order says neither",
            "items[].fabrication.designerStatus"),
    // order facts
    DEST("dest", SimpleType.STRING, "destination country (ISO alpha-2; Hong Kong reads as CN)", "destination"),
    DEST_GROUPS(
            "destGroups",
            ListType.create(SimpleType.STRING),
            "country groups of the destination on the date",
            "destination"),
    DEST_REGION(
            "destRegion",
            SimpleType.STRING,
            "ISO 3166-2 subdivision of the destination (destinationRegion, or a covered region a party's address"
                    + " names); empty when the order names none",
            "destinationRegion"),
    EXPORT_FROM("exportFrom", SimpleType.STRING, "country the item leaves from", "exportFrom"),
    EXPORT_FROM_US("exportFromUs", SimpleType.BOOL, "an export from the United States (not a re-export)", "exportFrom"),
    HQ_COUNTRIES(
            "hqCountries",
            ListType.create(SimpleType.STRING),
            "headquarters (or ultimate parent) countries of the parties",
            "parties[].headquarters"),
    HQ_GROUPS(
            "hqGroups",
            ListType.create(SimpleType.STRING),
            "country groups of those headquarters on the date",
            "parties[].headquarters"),
    PARTY_COUNTRIES(
            "partyCountries",
            ListType.create(SimpleType.STRING),
            "countries where the parties are",
            "parties[].country"),
    CERTIFICATIONS(
            "certifications",
            ListType.create(SimpleType.STRING),
            "certifications the exporter makes",
            "certifications"),
    EXPORTER_TYPE(
            "exporterType",
            SimpleType.STRING,
            "the exporter's business (FOUNDRY, OSAT, MANUFACTURER, ...); empty when the order says nothing",
            "exporter.type"),
    EXPORTER_NAME(
            "exporterName",
            SimpleType.STRING,
            "the exporter's name as the order gives it; empty when it does not (a letter's binds are matched on it)",
            "exporter.name"),
    AI_DIFFUSION_ENFORCED(
            "aiDiffusionEnforced", SimpleType.BOOL, "posture: enforce the AI Diffusion rule", "posture.aiDiffusion"),
    END_USERS("endUsers", SimpleType.INT, "number of distinct end users", "parties"),
    ULTIMATE_CONSIGNEES("ultimateConsignees", SimpleType.INT, "number of distinct ultimate consignees", "parties"),
    DISTRIBUTORS("distributors", SimpleType.INT, "number of distributor parties", "parties"),
    LINE_ITEMS("lineItems", SimpleType.INT, "number of item lines in the order", "items"),
    LISTED_ON(
            "listedOn",
            ListType.create(SimpleType.STRING),
            "lists on which a party is a MATCH (EL, DPL, SDN, ...)",
            "parties"),
    POSSIBLE_LIST_MATCH(
            "possibleListMatch", SimpleType.BOOL, "a party is a POSSIBLE match that a person must review", "parties"),
    END_USES(
            "endUses",
            ListType.create(SimpleType.STRING),
            "what the exporter knows of the use (SUPERCOMPUTER, ADVANCED_NODE_IC_PRODUCTION, MILITARY, ...); empty when"
                    + " the order says nothing",
            "endUse"),
    END_USER_TYPE(
            "endUserType",
            SimpleType.STRING,
            "MILITARY, GOVERNMENT or CIVIL as the exporter knows it; empty when the order says nothing",
            "endUserType"),
    END_USER_HQ(
            "endUserHq",
            ListType.create(SimpleType.STRING),
            "headquarters (or ultimate parent) countries of the END_USER parties (their own country where not given)",
            "parties[].headquarters"),
    END_USER_NAMES(
            "endUserNames",
            ListType.create(SimpleType.STRING),
            "names of the END_USER parties, in lower case (for entities a rule names, such as approved end users)",
            "parties[].name"),
    POSSIBLY_ON(
            "possiblyOn",
            ListType.create(SimpleType.STRING),
            "lists on which a party is a POSSIBLE match (EL, SDN, CMIC, ...)",
            "parties"),
    OWNED_BY(
            "ownedBy",
            ListType.create(SimpleType.STRING),
            "rule:LIST for each 50 % rule under which a party is owned 50 % or more by listed owners, and their"
                    + " lists (affiliates:EL, ofac50:SDN)",
            "parties[].owners"),
    OWNED_BY_UNRESOLVED(
            "ownedByUnresolved",
            ListType.create(SimpleType.STRING),
            "rule:LIST where a listed owner's share is unknown and could bring a party to 50 % (Red Flag 29)",
            "parties[].owners[].percent"),
    OWNED_BY_DOUBTFUL(
            "ownedByDoubtful",
            ListType.create(SimpleType.STRING),
            "rule:LIST where a party would be owned 50 % or more by listed owners if a possible match were"
                    + " confirmed, or where the ownership data contradicts itself",
            "parties[].owners"),
    OWNERSHIP_PATH(
            "ownershipPath",
            SimpleType.STRING,
            "the ownership behind ownedBy, ownedByUnresolved and ownedByDoubtful, in words",
            "parties[].owners");

    private final String key;
    private final CelType type;
    private final String meaning;
    private final String inputField;

    FactKey(String key, CelType type, String meaning, String inputField) {
        this.key = key;
        this.type = type;
        this.meaning = meaning;
        this.inputField = inputField;
    }

    /** The name conditions use (and the key in a fact map). */
    public String key() {
        return key;
    }

    CelType type() {
        return type;
    }

    public String meaning() {
        return meaning;
    }

    /** The input field a user supplies so that the fact becomes known; null for a fact the engine derives. */
    public String inputField() {
        return inputField;
    }

    /** Whether {@code name} (a fact named by a condition, e.g. a missing one) is this fact. */
    public boolean is(String name) {
        return key.equals(name);
    }

    /** Sets the fact. */
    public void put(Map<String, Object> facts, Object value) {
        facts.put(key, value);
    }

    /** Sets the fact when it is known; an unknown value is left out, never defaulted, so conditions on it stay unknown. */
    public void putIfKnown(Map<String, Object> facts, Object value) {
        if (value != null) {
            facts.put(key, value);
        }
    }

    public Object get(Map<String, Object> facts) {
        return facts.get(key);
    }
}
