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

    private final Pattern pattern;
    /** The words of a pattern that is only words joined by '|', else null. */
    private final String[] words;

    public FoundAnywhere(Pattern pattern) {
        this.pattern = pattern;
        this.words = pattern.flags() == 0 ? literalAlternatives(pattern.pattern()) : null;
    }

    public Pattern pattern() { return pattern; }

    /** {@code pattern().matcher(text).find()}. */
    public boolean in(String text) {
        if (words == null) return pattern.matcher(text).find();
        for (String w : words) if (text.contains(w)) return true;
        return false;
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
