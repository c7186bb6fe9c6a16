package org.cdkg.read;

import java.util.Locale;

/**
 * How large an article may be, in one place. A news article or official readout is a few
 * thousand characters; the longest documents worth reading as one article (a white paper, the
 * full text of an agreement) stay under about 100,000. Anything far larger is a dump or a
 * concatenation of many articles, and would cost the whole run its memory or hours of time.
 */
public final class ArticleLimits {
    private ArticleLimits() {}

    /**
     * Files larger than this are refused before they are read. Pages saved with their images
     * inline (base64) reach tens of MB while their text is a normal article, so the cap is well
     * above that; reading, decoding and parsing a file costs several times its size in memory,
     * so it must stay far below the heap.
     */
    public static final long MAX_FILE_BYTES = 64L << 20;

    /**
     * Characters of cleaned article text (what recognition reads). Extraction time grows faster
     * than the text: about 4 s for 100,000 characters, 12 s for 500,000 and four minutes for
     * 2,000,000, so a cap twice the longest real document keeps every article to seconds.
     */
    public static final int MAX_TEXT_CHARS = 200_000;

    /**
     * Characters of visible text (outside markup, scripts and styles, white space not counted)
     * before cleaning. Cleaning can drop much of a page (menus, comments, footers), so this is
     * ten times {@link #MAX_TEXT_CHARS}: it only turns away, before the cost of cleaning them,
     * files that no cleaning could bring down to an article.
     */
    public static final long MAX_RAW_TEXT_CHARS = 10L * MAX_TEXT_CHARS;

    /** The message for text over {@link #MAX_TEXT_CHARS}: what is wrong and what to do. */
    static String tooMuchText(long chars) {
        return String.format(Locale.ROOT, "has %,d characters of text, more than the %,d an article may have; split it into one file per article",
                chars, MAX_TEXT_CHARS);
    }

    /** Refuses cleaned text over {@link #MAX_TEXT_CHARS}. */
    public static void checkText(int chars) throws UnreadableArticleException {
        if (chars > MAX_TEXT_CHARS) throw new UnreadableArticleException(tooMuchText(chars));
    }

    /**
     * Non-blank characters a reader would see: for HTML, those outside tags, comments, scripts
     * and styles (where inline images and code live). A cheap, linear over-estimate of the text
     * cleaning will keep; quoted attribute values are skipped whole, so a huge inline image
     * counts for nothing.
     */
    static long visibleChars(String s, int from, boolean html) {
        long n = 0;
        int len = s.length();
        int i = from;
        while (i < len) {
            char c = s.charAt(i);
            if (html && c == '<' && i + 1 < len) {
                if (s.startsWith("!--", i + 1)) {
                    int end = s.indexOf("-->", i + 4);
                    i = end < 0 ? len : end + 3;
                    continue;
                }
                char d = s.charAt(i + 1);
                if (isAsciiLetter(d) || d == '/' || d == '!' || d == '?') {
                    int nameEnd = i + 1;
                    while (nameEnd < len && isAsciiLetter(s.charAt(nameEnd))) nameEnd++;
                    String name = s.substring(i + 1, nameEnd).toLowerCase(Locale.ROOT);
                    i = tagEnd(s, nameEnd);
                    if (name.equals("script") || name.equals("style")) i = closing(s, i, name);
                    continue;
                }
            }
            if (!Character.isWhitespace(c)) n++;
            i++;
        }
        return n;
    }

    /** The position after the tag's closing '>', skipping quoted attribute values whole. */
    private static int tagEnd(String s, int i) {
        int len = s.length();
        while (i < len) {
            char c = s.charAt(i);
            if (c == '>') return i + 1;
            if ((c == '"' || c == '\'') && i > 0 && s.charAt(i - 1) == '=') {
                int close = s.indexOf(c, i + 1);
                if (close < 0) return len;
                i = close + 1;
                continue;
            }
            i++;
        }
        return len;
    }

    /** The position after {@code </name>}, or the end when the element is never closed (as a browser reads it). */
    private static int closing(String s, int i, String name) {
        int len = s.length();
        while (true) {
            int lt = s.indexOf("</", i);
            if (lt < 0) return len;
            if (s.regionMatches(true, lt + 2, name, 0, name.length())) return tagEnd(s, lt + 2 + name.length());
            i = lt + 2;
        }
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
