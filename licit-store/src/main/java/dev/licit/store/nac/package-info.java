/**
 * License Exception NAC notifications (15 CFR 740.8) filed for orders: the number BIS returns or its
 * answer that a license is required, and the 25-day waiting period before shipment.
 */
package dev.licit.store.nac;
