package org.cdkg.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One matcher for each of a list of line patterns, made once for an article and reset for each
 * of its lines rather than made again for every line. Belongs to one article's cleaning, so to
 * one thread.
 */
final class LineMatchers {
    private final Matcher[] matchers;

    LineMatchers(List<Pattern> patterns) {
        matchers = new Matcher[patterns.size()];
        for (int i = 0; i < matchers.length; i++) matchers[i] = patterns.get(i).matcher("");
    }

    /** The first pattern, in list order, found in the line, its matcher positioned on the match; null if none is. */
    Matcher firstFound(String line) {
        for (Matcher m : matchers) if (m.reset(line).find()) return m;
        return null;
    }
}
