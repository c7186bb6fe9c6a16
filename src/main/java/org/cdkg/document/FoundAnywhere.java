package org.cdkg.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a pattern occurs anywhere in a text: the question the boilerplate and cue lists ask of
 * every line or sentence. Most of their patterns are plain words joined by {@code |}
 * ("ICP备|京公网安备"); for those the answer is whether the text contains one of the words, which
 * {@link String#contains} finds much faster than a matcher trying every alternative at every
 * position. Any other pattern is left to {@link java.util.regex.Matcher#find()}.
 */
public final class FoundAnywhere {
    /** Characters that make a pattern more than literal text. */
    private static final String META = "\\^$.|?*+()[]{}";

    private static final Pattern MULTILINE_FLAG = Pattern.compile("\\(\\?[a-zA-Z-]*m");

    private final Pattern pattern;
    /** The words of a pattern that is only words joined by '|', else null. */
    private final String[] words;
    /** Whether every match must start at the start of the text, so that one try there answers. */
    private final boolean anchored;

    public FoundAnywhere(Pattern pattern) {
        this.pattern = pattern;
        this.words = pattern.flags() == 0 ? literalAlternatives(pattern.pattern()) : null;
        this.anchored = words == null && anchoredAtStart(pattern);
    }

    public Pattern pattern() { return pattern; }

    /** {@code pattern().matcher(text).find()}. */
    public boolean in(String text) {
        // The boilerplate patterns start with ^: find() would still try, and fail, at every later position of the line.
        if (anchored) return pattern.matcher(text).lookingAt();
        if (words == null) return pattern.matcher(text).find();
        for (String w : words) if (text.contains(w)) return true;
        return false;
    }

    /**
     * A pattern that opens with {@code ^}, has no alternative outside a group or class that could
     * start elsewhere, and no multi-line mode (where {@code ^} also matches after a line break).
     */
    static boolean anchoredAtStart(Pattern p) {
        String r = p.pattern();
        if ((p.flags() & Pattern.MULTILINE) != 0 || !r.startsWith("^") || MULTILINE_FLAG.matcher(r).find() || r.contains("\\Q")) return false;
        int groups = 0, classes = 0;
        for (int i = 1; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c == '\\') i++;
            else if (c == '[') classes++;
            else if (c == ']' && classes > 0) classes--;
            else if (classes > 0) continue;
            else if (c == '(') groups++;
            else if (c == ')') groups--;
            else if (c == '|' && groups == 0) return false;
        }
        return true;
    }

    private static String[] literalAlternatives(String regex) {
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= regex.length(); i++) {
            if (i == regex.length() || regex.charAt(i) == '|') {
                // An empty alternative matches everywhere; leave that to the matcher.
                if (i == start) return null;
                words.add(regex.substring(start, i));
                start = i + 1;
            } else if (META.indexOf(regex.charAt(i)) >= 0) {
                return null;
            }
        }
        return words.toArray(new String[0]);
    }
}
