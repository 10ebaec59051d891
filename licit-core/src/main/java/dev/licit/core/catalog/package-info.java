/**
 * The chip catalog: real accelerators by id, each datasheet figure with the reference it comes from,
 * and the outcome the reference data expects under each rule text.
 */
package dev.licit.core.catalog;
