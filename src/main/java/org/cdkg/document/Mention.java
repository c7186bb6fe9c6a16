package org.cdkg.document;

/**
 * A stretch of the clean body [start, end) that names an entity.
 * {@code source} says which recogniser found it, {@code confidence} how sure it is.
 */
public record Mention(int start, int end, String surface, String entityKey, EntityType type,
                      String source, double confidence) {
    public boolean overlaps(int s, int e) { return start < e && s < end; }
}
