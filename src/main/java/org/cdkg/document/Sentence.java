package org.cdkg.document;

/** A sentence of the clean body: [start, end) in clean-text offsets, and its language. */
public record Sentence(int index, int start, int end, Lang lang) {
    public enum Lang {
        ZH("zh"), EN("en");

        private final String code;

        Lang(String code) { this.code = code; }

        /** The language's code, which also names the folder of its rule packs (relate/zh/, relate/en/). */
        public String code() { return code; }
    }
}
