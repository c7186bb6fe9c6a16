package org.cdkg.document;

/**
 * The readable body of an article with, for every character, its offset in the decoded
 * original file, so evidence can point back to what the user actually has.
 */
public final class CleanText {
    private final String text;
    private final int[] origin;

    public CleanText(String text, int[] origin) {
        if (text.length() != origin.length) throw new IllegalArgumentException("offset map length differs from text");
        this.text = text;
        this.origin = origin;
    }

    public String text() { return text; }

    /** Offset in the original of the character at {@code i} of the clean text. */
    public int originOf(int i) {
        if (origin.length == 0) return 0;
        return origin[Math.max(0, Math.min(i, origin.length - 1))];
    }

    /** Original offset just past the clean-text span ending (exclusive) at {@code end}. */
    public int originEnd(int end) {
        if (end <= 0 || origin.length == 0) return originOf(0);
        return originOf(end - 1) + 1;
    }

    /** Appends characters together with where each came from; characters go into a plain array, as a body is built one at a time. */
    public static final class Builder {
        private char[] text = new char[256];
        private int[] origin = new int[256];
        private int length;

        public Builder append(char c, int originOffset) {
            if (length == text.length) {
                text = java.util.Arrays.copyOf(text, length * 2);
                origin = java.util.Arrays.copyOf(origin, length * 2);
            }
            origin[length] = originOffset;
            text[length++] = c;
            return this;
        }

        /** Appends a run of the original taken from {@code start}. */
        public Builder append(CharSequence s, int start) {
            for (int i = 0; i < s.length(); i++) append(s.charAt(i), start + i);
            return this;
        }

        public int length() { return length; }
        public char charAt(int i) {
            if (i < 0 || i >= length) throw new StringIndexOutOfBoundsException("index " + i + ", length " + length);
            return text[i];
        }
        public int lastOrigin() { return length == 0 ? 0 : origin[length - 1]; }

        public CleanText build() {
            return new CleanText(Scripts.wellFormed(new String(text, 0, length)), java.util.Arrays.copyOf(origin, length));
        }
    }
}
