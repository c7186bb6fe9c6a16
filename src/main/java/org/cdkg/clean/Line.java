package org.cdkg.clean;

import org.cdkg.document.CleanText;

/** One line of text while it is being cleaned, each character with its offset in the original. */
final class Line {
    final StringBuilder text = new StringBuilder();
    int[] origin = new int[64];

    void add(char c, int at) {
        if (text.length() == origin.length) origin = java.util.Arrays.copyOf(origin, origin.length * 2);
        origin[text.length()] = at;
        text.append(c);
    }

    int length() { return text.length(); }

    String string() { return text.toString(); }

    /** A copy keeping only the characters marked true. */
    Line keep(boolean[] keep) {
        Line l = new Line();
        for (int i = 0; i < text.length(); i++) if (keep[i]) l.add(text.charAt(i), origin[i]);
        return l;
    }

    /** Collapses runs of white space to one space and trims both ends. */
    Line normalizeSpace() {
        Line l = new Line();
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
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
        for (int i = 0; i < text.length(); i++) b.append(text.charAt(i), origin[i]);
    }
}
