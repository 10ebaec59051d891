/**
 * What an outcome is explained with: a {@link dev.licit.core.explain.Reason} (a rule's id, citation,
 * reliability and filled-in summary) and the {@link dev.licit.core.explain.Templates} that fill a
 * summary's placeholders with the facts of the case. Classification and decisions both explain
 * themselves with it, so it sits below both.
 */
package dev.licit.core.explain;
