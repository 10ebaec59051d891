package dev.licit.store.license;

/** ACTIVE until revoked (by BIS or because it was registered in error); expiry and exhaustion are computed. */
public enum LicenseStatus {
    ACTIVE,
    REVOKED
}
