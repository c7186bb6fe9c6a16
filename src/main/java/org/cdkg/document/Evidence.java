package org.cdkg.document;

/** Where a statement comes from: the sentence's span in the clean body, its text, the rule, and how sure it is. */
public record Evidence(int start, int end, String text, String rule, double confidence) {
}
