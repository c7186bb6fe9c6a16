package org.cdkg.recognise;

/** A body folded as {@link NameKey} folds names, with a map from each folded character to its body offset. */
final class MatchText {
    final String key;
    private final int[] pos;
    private final int bodyLength;

    MatchText(String simplified) {
        StringBuilder b = new StringBuilder(simplified.length());
        int[] p = new int[simplified.length() + 1];
        boolean space = false;
        int spaceAt = 0;
        for (int i = 0; i < simplified.length(); i++) {
            char c = simplified.charAt(i);
            if (NameKey.ignorable(c)) continue;
            c = NameKey.fold(c);
            if (Character.isWhitespace(c)) {
                if (!space) spaceAt = i;
                space = b.length() > 0;
                continue;
            }
            if (space) { p[b.length()] = spaceAt; b.append(' '); space = false; }
            p[b.length()] = i;
            b.append(c);
        }
        key = b.toString();
        pos = p;
        bodyLength = simplified.length();
    }

    int bodyStart(int keyIndex) { return keyIndex < key.length() ? pos[keyIndex] : bodyLength; }

    /** Body offset just past the key character at {@code keyEnd - 1}. */
    int bodyEnd(int keyEnd) { return keyEnd == 0 ? 0 : pos[keyEnd - 1] + 1; }
}
