package dev.licit.store.audit;

/**
 * The result of verifying an audit chain (in the store or in an export file).
 *
 * @param rows rows read
 * @param lastSeq the last good seq (0 when none)
 * @param lastHash the hash of the last good row (64 zeros when none)
 * @param firstBadSeq the first seq at which the chain breaks, or null when it holds
 * @param problem what is wrong at {@code firstBadSeq}, in words, or null
 */
public record ChainCheck(long rows, long lastSeq, String lastHash, Long firstBadSeq, String problem) {
    public boolean ok() {
        return firstBadSeq == null;
    }

    static ChainCheck bad(long rows, long lastSeq, String lastHash, long seq, String problem) {
        return new ChainCheck(rows, lastSeq, lastHash, seq, problem);
    }
}
