package dev.licit.core.rulebook;

import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The names a rule predicate may use: the one vocabulary shared by rule authors, the validator and
 * the engine. A fact that is unknown (a missing datasheet figure) is simply absent; a predicate
 * whose value depends on it evaluates to "unknown" and the engine names the missing input.
 */
public final class Facts {
    /** Fact name, its CEL type, what it means (shown by docs and {@code licit rules facts}). */
    public record Declaration(String name, CelType type, String meaning, String inputField) {
    }

    private static final Map<String, Declaration> DECLARATIONS = new LinkedHashMap<>();

    static {
        // item facts
        declare("itemKind", SimpleType.STRING, "chip, hbm or system", null);
        declare("vendor", SimpleType.STRING, "the chip vendor as given", "vendor");
        declare("model", SimpleType.STRING, "the model name as given", "model");
        declare("datacenter", SimpleType.BOOL, "designed or marketed for use in datacenters", "datacenter");
        declare("tpp", SimpleType.DOUBLE, "total processing performance", "dense");
        declare("pd", SimpleType.DOUBLE, "performance density: TPP per mm2 of non-planar logic die", "dieAreaMm2");
        declare("interconnect", SimpleType.DOUBLE, "aggregate bidirectional chip-to-chip rate, GB/s", "interconnectGBs");
        declare("dramBandwidth", SimpleType.DOUBLE, "total DRAM bandwidth, GB/s", "memoryBandwidthGBs");
        declare("hbmDensity", SimpleType.DOUBLE, "HBM memory bandwidth density, GB/s per mm2", "hbm.packageAreaMm2");
        declare("containsEccns", ListType.create(SimpleType.STRING), "ECCNs of the chips a system contains", null);
        declare("allChipsClassified", SimpleType.BOOL, "every chip of a system could be classified", "system.chips");
        declare("eccn", SimpleType.STRING, "the item's ECCN on the date (NONE when outside)", null);
        declare("paragraph", SimpleType.STRING, "the ECCN paragraph (e.g. 3A090.a.1)", null);
        // order facts
        declare("dest", SimpleType.STRING, "destination country (ISO alpha-2; Hong Kong reads as CN)", "destination");
        declare("destGroups", ListType.create(SimpleType.STRING), "country groups of the destination on the date", "destination");
        declare("exportFrom", SimpleType.STRING, "country the item leaves from", "exportFrom");
        declare("exportFromUs", SimpleType.BOOL, "an export from the United States (not a re-export)", "exportFrom");
        declare("hqCountries", ListType.create(SimpleType.STRING), "headquarters (or ultimate parent) countries of the parties", "parties[].headquarters");
        declare("hqGroups", ListType.create(SimpleType.STRING), "country groups of those headquarters on the date", "parties[].headquarters");
        declare("partyCountries", ListType.create(SimpleType.STRING), "countries where the parties are", "parties[].country");
        declare("certifications", ListType.create(SimpleType.STRING), "certifications the exporter makes", "certifications");
        declare("aiDiffusionEnforced", SimpleType.BOOL, "posture: enforce the AI Diffusion rule", "posture.aiDiffusion");
        declare("endUsers", SimpleType.INT, "number of distinct end users", "parties");
        declare("ultimateConsignees", SimpleType.INT, "number of distinct ultimate consignees", "parties");
        declare("distributors", SimpleType.INT, "number of distributor parties", "parties");
        declare("lineItems", SimpleType.INT, "number of item lines in the order", "items");
        declare("listedOn", ListType.create(SimpleType.STRING), "lists on which a party is a MATCH (EL, DPL, SDN, ...)", "parties");
        declare("possibleListMatch", SimpleType.BOOL, "a party is a POSSIBLE match that a person must review", "parties");
    }

    private Facts() {
    }

    private static void declare(String name, CelType type, String meaning, String inputField) {
        DECLARATIONS.put(name, new Declaration(name, type, meaning, inputField));
    }

    public static Map<String, Declaration> declarations() {
        return DECLARATIONS;
    }

    /** The input field a user must supply so that a fact becomes known, or the fact itself. */
    public static String inputFieldOf(String fact) {
        Declaration d = DECLARATIONS.get(fact);
        return d == null || d.inputField() == null ? fact : d.inputField();
    }
}
