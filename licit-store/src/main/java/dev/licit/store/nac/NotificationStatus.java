package dev.licit.store.nac;

/** FILED (waiting for BIS), or LICENSE_REQUIRED when BIS answered that the export needs a license instead. */
public enum NotificationStatus {
    FILED,
    LICENSE_REQUIRED
}
