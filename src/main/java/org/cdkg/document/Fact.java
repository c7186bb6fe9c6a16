package org.cdkg.document;

/**
 * A statement between two entities: subject key, ontology property name (lowerCamel, e.g.
 * "succeeded", "signatory", "presidency", "party"), object key, and its evidence.
 */
public record Fact(String subject, String property, String object, Evidence evidence) {
}
