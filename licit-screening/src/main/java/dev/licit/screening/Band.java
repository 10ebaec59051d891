package dev.licit.screening;

/** How strongly a party's name resembles a listed name. */
public enum Band {
    /** The names agree beyond reasonable doubt; the list's consequence applies. */
    MATCH,
    /** The names resemble each other; a human must look before the order proceeds (the order goes to HOLD). */
    POSSIBLE,
    /** Not similar enough to report. */
    NO_MATCH
}
