package org.cdkg.document;

/**
 * A post a person is said to hold, with the title as written ("中国气候变化事务特使") in the
 * language it was written in, and whether the text marks it as a former post (前, former).
 */
public record PositionHolding(String person, String title, String lang, boolean former, Evidence evidence) {
}
