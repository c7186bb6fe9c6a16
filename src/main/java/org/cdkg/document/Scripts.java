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

    /** Whether {@code c} is a Han character, exactly as {@code Character.UnicodeScript.of(c) == HAN}. */
    public static boolean isHan(char c) {
        return (HAN[c >>> 6] & (1L << c)) != 0;
    }
}
