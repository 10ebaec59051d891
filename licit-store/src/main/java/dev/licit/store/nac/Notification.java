package dev.licit.store.nac;

import java.time.LocalDate;

/**
 * A License Exception NAC notification (15 CFR 740.8) filed for an order.
 *
 * @param bisNumber the authorization number BIS returns ({@code A} and six digits), reported in AES; null until it comes
 * @param contentSha256 the content hash of the order it was filed for (docs/STORE.md), or null when
 *     filed before content hashes existed (it then covers only the decision it was filed from)
 */
public record Notification(
        long id,
        String orderId,
        String decisionId,
        LocalDate filedOn,
        String bisNumber,
        NotificationStatus status,
        String note,
        String filedBy,
        String filedAt,
        String updatedBy,
        String updatedAt,
        String contentSha256) {
    /** BIS reviews a notification for 25 calendar days (15 CFR 740.8(c)). */
    public static final int WAITING_DAYS = 25;

    /** The first day the order may ship, provided BIS has returned its number. */
    public LocalDate waitingPeriodEnds() {
        return filedOn.plusDays(WAITING_DAYS);
    }

    /** Why the order may not ship on {@code day}, or null when it may. */
    public String blockOn(LocalDate day) {
        if (status == NotificationStatus.LICENSE_REQUIRED) {
            return "BIS answered notification " + id + " that a license is required"
                    + (note == null ? "" : ": " + note);
        }
        if (day.isBefore(waitingPeriodEnds())) {
            return "the NAC waiting period of notification " + id + " (filed " + filedOn + ") runs until "
                    + waitingPeriodEnds();
        }
        if (bisNumber == null) {
            return "notification " + id + " (filed " + filedOn
                    + ") has no BIS number yet; record it when BIS returns it";
        }
        return null;
    }
}
