package dev.licit.store.decision;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A recorded shipment of a decided order: what it shipped under and what it drew from a license.
 *
 * @param licenseNumber the license drawn down, or null
 * @param notificationId the NAC notification it shipped under, or null
 */
public record Shipment(
        String decisionId,
        LocalDate shippedOn,
        String licenseNumber,
        Long notificationId,
        Long quantity,
        BigDecimal valueUsd,
        String actor,
        String recordedAt) {}
