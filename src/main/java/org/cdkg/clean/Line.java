package org.cdkg.clean;

import org.cdkg.document.CleanText;

/**
 * One line of text while it is being cleaned, each character with its offset in the original.
 * Characters are kept in a plain array: a line is built one character at a time, several times
 * over, and a StringBuilder checks its encoding on every append.
 */
final class Line {
    private char[] text;
    private int[] origin;
    private int length;

    Line() {
        this(64);
    }

    /** A line with room for {@code capacity} characters before it grows. */
    Line(int capacity) {
        text = new char[Math.max(1, capacity)];
        origin = new int[text.length];
    }

    void add(char c, int at) {
        if (length == text.length) {
            text = java.util.Arrays.copyOf(text, length * 2);
            origin = java.util.Arrays.copyOf(origin, length * 2);
        }
        text[length] = c;
        origin[length++] = at;
    }

    int length() { return length; }

    char charAt(int i) { return text[i]; }

    int originOf(int i) { return origin[i]; }

    String string() { return new String(text, 0, length); }

    /** A copy keeping only the characters marked true. */
    Line keep(boolean[] keep) {
        Line l = new Line(length);
        for (int i = 0; i < length; i++) if (keep[i]) l.add(text[i], origin[i]);
        return l;
    }

    /** Collapses runs of white space to one space and trims both ends. */
    Line normalizeSpace() {
        Line l = new Line(length);
        boolean pendingSpace = false;
        for (int i = 0; i < length; i++) {
            char c = text[i];
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000' || c == '\u200b' || c == '\ufeff') {
                pendingSpace = l.length() > 0;
                continue;
            }
            if (pendingSpace) { l.add(' ', origin[i] - 1); pendingSpace = false; }
            l.add(c, origin[i]);
        }
        return l;
    }

    void appendTo(CleanText.Builder b) {
        for (int i = 0; i < length; i++) b.append(text[i], origin[i]);
    }
}
