package dev.licit.screening.match;

/** How a word of the party's name was paired with a word of the listed name. */
public enum MatchKind {
    /** Same word after normalisation. */
    EXACT,
    /** Same Chinese syllables in another romanisation (Wade-Giles, postal, Pinyin). */
    ROMANISATION_ZH,
    /** Same Korean word in another romanisation (Revised, McCune-Reischauer). */
    ROMANISATION_KO,
    /**
     * A Thai word read in the Royal Thai General System (สมชาย, somchai) against a Latin spelling of
     * it, RTGS or another in common use (Somchay; Thaksin, Taksin): the alignment's {@code why} gives
     * the Thai name key they share.
     */
    ROMANISATION_TH,
    /**
     * Two Latin spellings of a Russian (Cyrillic-script) name in different systems, scholarly or ISO 9
     * against passport or BGN/PCGN (Zajcev, Zaitsev; Šojgu, Shoigu; Jurij, Yuriy), or Cyrillic script
     * against either: the alignment's {@code why} gives the key they share.
     */
    ROMANISATION_RU,
    /**
     * A Hong Kong name in Han characters, read in Cantonese, against a Latin spelling of the same
     * syllables that writes a consonant or a final otherwise (Tsang, Chang; Wah, Wa; Ngor, Ngo): the
     * alignment's {@code why} gives the key they share.
     */
    ROMANISATION_YUE,
    /**
     * Equal by a maintained table: a short form of a given name (Bill, William), a spelling of an
     * Arabic name or a Korean surname (Pak, Park), an abbreviation or a number written out; the
     * alignment's {@code why} names the table.
     */
    EQUIVALENT,
    /**
     * The same consonants: a word of a script that writes no short vowels (Arabic, Persian, Hebrew)
     * against a Latin spelling of it (حسين, hsyn, against Hussein).
     */
    SKELETON,
    /** A few letters differ (typing error or variant spelling). */
    TYPO,
    /** Sounds alike (Double Metaphone) though spelt differently. */
    PHONETIC,
    /** An initial stands for the word. */
    INITIAL,
    /** Several words written together or apart ("HuaweiTechnologies", "Hua Wei"). */
    JOINED,
    /** A word is the initials of several words ("SMIC"). */
    ACRONYM,
    /** Both names carry the same legal form. */
    LEGAL_FORM,
    /** A word of the party's name with no counterpart in the listed name. */
    ONLY_IN_QUERY,
    /** A word of the listed name with no counterpart in the party's name. */
    ONLY_IN_LISTED
}
