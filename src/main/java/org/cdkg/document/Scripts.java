package org.cdkg.document;

/**
 * Which characters are Han (Chinese) characters. Every stage asks this of most characters it
 * reads, and {@link Character.UnicodeScript#of} answers with a binary search over all of
 * Unicode's script ranges; the answer for each UTF-16 unit is therefore worked out once, from
 * that same method, into a bit table.
 */
public final class Scripts {
    private static final long[] HAN = new long[65536 / 64];

    static {
        for (int c = 0; c < 65536; c++)
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) HAN[c >>> 6] |= 1L << c;
    }

    private Scripts() {}

    /**
     * {@code s} with every unpaired surrogate replaced by U+FFFD, the same length. Character references
     * such as {@code &#55296;} decode to half a pair, which no RDF literal or UTF-8 file can hold.
     */
    public static String wellFormed(String s) {
        char[] c = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!Character.isSurrogate(ch)) continue;
            if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) { i++; continue; }
            if (c == null) c = s.toCharArray();
            c[i] = '\uFFFD';
        }
        return c == null ? s : new String(c);
    }

    /** Whether {@code c} is a Han character, exactly as {@code Character.UnicodeScript.of(c) == HAN}. */
    public static boolean isHan(char c) {
        return (HAN[c >>> 6] & (1L << c)) != 0;
    }
}
