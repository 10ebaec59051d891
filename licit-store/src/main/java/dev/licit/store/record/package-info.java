/**
 * The printable record of a decision an auditor asks for: the order, each item's classification with
 * its figures and citations, the screening evidence, what reviewers did, the license or NAC filing
 * and the shipment, the rulebook's hash and the audit trail's sequence numbers, in English or Korean.
 * {@link dev.licit.store.record.DecisionRecords} is the entry point.
 */
package dev.licit.store.record;
