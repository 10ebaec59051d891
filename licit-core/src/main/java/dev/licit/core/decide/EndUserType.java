package dev.licit.core.decide;

/** What kind of body the end user is, as the exporter knows it ({@code endUserType}). */
public enum EndUserType {
    MILITARY,
    GOVERNMENT,
    CIVIL
}
