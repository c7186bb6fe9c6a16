package org.cdkg.recognise;

/** A body folded as {@link NameKey} folds names, with a map from each folded character to its body offset. */
final class MatchText {
    final String key;
    private final int[] pos;
    private final int bodyLength;
    /** The gazetteer keys found in {@link #key}, and the gazetteer that found them: see {@code Gazetteer.occurrences}. */
    java.util.List<Gazetteer.KeyOccurrence> occurrences;
    Gazetteer occurrencesFrom;

    MatchText(String simplified) {
        // Built in a plain array: a StringBuilder checks its encoding on every append.
        char[] b = new char[simplified.length()];
        int n = 0;
        int[] p = new int[simplified.length() + 1];
        boolean space = false;
        int spaceAt = 0;
        for (int i = 0; i < simplified.length(); i++) {
            char c = simplified.charAt(i);
            // Most of a Chinese body: a Han character is never ignorable, folds to itself and is not white space.
            if (NameKey.isHan(c) && !space) {
                p[n] = i;
                b[n++] = c;
                continue;
            }
            if (NameKey.ignorable(c)) continue;
            c = NameKey.fold(c);
            if (Character.isWhitespace(c)) {
                if (!space) spaceAt = i;
                space = n > 0;
                continue;
            }
            if (space) { p[n] = spaceAt; b[n++] = ' '; space = false; }
            p[n] = i;
            b[n++] = c;
        }
        key = new String(b, 0, n);
        pos = p;
        bodyLength = simplified.length();
    }

    int bodyStart(int keyIndex) { return keyIndex < key.length() ? pos[keyIndex] : bodyLength; }

    /** Body offset just past the key character at {@code keyEnd - 1}. */
    int bodyEnd(int keyEnd) { return keyEnd == 0 ? 0 : pos[keyEnd - 1] + 1; }
}
