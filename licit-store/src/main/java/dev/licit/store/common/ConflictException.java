package dev.licit.store.common;

/**
 * The step is not allowed in the current state, e.g. releasing a case that still has an unreviewed
 * match, or recording the shipment of an order whose NAC waiting period has not passed (409).
 */
public final class ConflictException extends StoreInputException {
    public ConflictException(String message) {
        super(message);
    }
}
