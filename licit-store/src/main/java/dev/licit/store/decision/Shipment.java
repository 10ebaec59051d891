package dev.licit.store.decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A recorded shipment of a decided order, all of it or a part: what it shipped under, what it drew
 * from a license, the units of each line and its references.
 *
 * @param licenseNumber the license drawn down, or null
 * @param notificationId the NAC notification it shipped under, or null
 * @param quantity the licensed units this shipment drew from the license, or null
 * @param valueUsd the licensed value it drew, or null
 * @param id the shipment's number (several per order when it ships in parts), or null
 * @param lines the units of each order line (by the line's index in the order's items) this shipment
 *     took; empty for a shipment recorded before parts existed, which was the whole order
 * @param itn the AES Internal Transaction Number of the Electronic Export Information, or null
 * @param awb the air waybill (or bill of lading) number, or null
 * @param invoice the commercial invoice number, or null
 */
public record Shipment(
        String decisionId,
        LocalDate shippedOn,
        String licenseNumber,
        Long notificationId,
        Long quantity,
        BigDecimal valueUsd,
        String actor,
        String recordedAt,
        Long id,
        List<Long> lines,
        String itn,
        String awb,
        String invoice) {
    public Shipment {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** A shipment of the whole order without references (as recorded before parts existed). */
    public Shipment(
            String decisionId,
            LocalDate shippedOn,
            String licenseNumber,
            Long notificationId,
            Long quantity,
            BigDecimal valueUsd,
            String actor,
            String recordedAt) {
        this(
                decisionId,
                shippedOn,
                licenseNumber,
                notificationId,
                quantity,
                valueUsd,
                actor,
                recordedAt,
                null,
                List.of(),
                null,
                null,
                null);
    }

    /** What a shipment is recorded with beside its date: the units per line (null: all that is left) and references. */
    public record Request(List<Long> lines, String itn, String awb, String invoice) {
        public static final Request WHOLE = new Request(null, null, null, null);

        public Request {
            lines = lines == null ? null : List.copyOf(lines);
            itn = blank(itn);
            awb = blank(awb);
            invoice = blank(invoice);
            check(itn, "itn", 40);
            check(awb, "awb", 60);
            check(invoice, "invoice", 100);
            // the AES ITN: X, then YYYYMMDD, then six more characters, 15 in all (an ITN the filer got back)
            if (itn != null && !itn.matches("X\\d{8}[0-9A-Z]{6}")) {
                throw new dev.licit.store.common.StoreInputException("itn: an AES Internal Transaction Number is X,"
                        + " the filing date YYYYMMDD and six letters or digits (X20260105123456), not '" + itn + "'");
            }
        }

        private static String blank(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }

        private static void check(String v, String field, int max) {
            if (v != null && (v.length() > max || v.chars().anyMatch(Character::isISOControl))) {
                throw new dev.licit.store.common.StoreInputException(
                        field + ": at most " + max + " characters on one line, got " + v.length());
            }
        }
    }
}
