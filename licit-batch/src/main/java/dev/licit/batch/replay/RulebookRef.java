package dev.licit.batch.replay;

/** Which rulebook version decided: the date applied, the first day of that version and its content hash. */
record RulebookRef(String asOf, String version, String sha256) {}
