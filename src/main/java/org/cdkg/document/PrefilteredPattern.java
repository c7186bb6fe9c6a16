package org.cdkg.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression searched for only at the positions of a text whose character can start
 * one of its matches. {@link Matcher#find()} tries every position of a text, and for a pattern
 * that opens with alternatives or with a class of Chinese characters each try costs a walk
 * through all of them; a bit table of the possible first characters rejects most positions of
 * an article with one look-up. The matches are exactly {@code find()}'s, provided
 * {@code startChars} holds every character a match can start with.
 */
public final class PrefilteredPattern {
    private final Pattern pattern;
    private final long[] starts = new long[65536 / 64];

    public PrefilteredPattern(Pattern pattern, String startChars) {
        this.pattern = pattern;
        for (int i = 0; i < startChars.length(); i++) {
            char c = startChars.charAt(i);
            starts[c >>> 6] |= 1L << c;
        }
    }

    public Pattern pattern() { return pattern; }

    /** A search through all of {@code text}, as {@code pattern().matcher(text)} with {@code find()}. */
    public Search in(String text) {
        return new Search(text);
    }

    /** The successive matches in one text; {@link #matcher()} holds the current one. */
    public final class Search {
        private final String text;
        private final Matcher matcher;
        private int next;

        private Search(String text) {
            this.text = text;
            // Each try is a lookingAt() on a region that starts at the position and runs to the end of
            // the text; transparent, non-anchoring bounds let look-behinds, \b and ^ see the text
            // before the region as find() does.
            this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }

        /** Moves to the next match, leftmost first and not overlapping the last, as {@link Matcher#find()}. */
        public boolean find() {
            int n = text.length();
            for (int i = next; i < n; i++) {
                char c = text.charAt(i);
                if ((starts[c >>> 6] & (1L << c)) == 0) continue;
                if (matcher.region(i, n).lookingAt()) {
                    next = matcher.end() > i ? matcher.end() : i + 1;
                    return true;
                }
            }
            next = n;
            return false;
        }

        public Matcher matcher() { return matcher; }
        public int start() { return matcher.start(); }
        public int end() { return matcher.end(); }
        public int start(int group) { return matcher.start(group); }
        public int end(int group) { return matcher.end(group); }
        public String group() { return matcher.group(); }
        public String group(int group) { return matcher.group(group); }
    }
}
