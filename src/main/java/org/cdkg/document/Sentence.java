package org.cdkg.document;

/** A sentence of the clean body: [start, end) in clean-text offsets, and its language. */
public record Sentence(int index, int start, int end, Lang lang) {
    public enum Lang {
        ZH, EN;
    }
}
