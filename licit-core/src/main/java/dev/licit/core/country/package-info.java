/**
 * The country directory: ISO codes, names, the country whose rules a destination reads as, and the
 * dated country-group memberships of 15 CFR 740 Supp. 1.
 */
package dev.licit.core.country;
