package dev.licit.core.provenance;

/** How sure the reference is of a fact: the tag every rule carries so users see it. */
public enum Reliability {
    P("primary source (Federal Register, eCFR, BIS)"),
    S("secondary source summarising a primary one (law firm, CSET, news)"),
    N("third-party research notes quoting primary text, not checked against it"),
    I("inference: arithmetic or reading of the reference, not stated by a source");

    private final String meaning;

    Reliability(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }
}
