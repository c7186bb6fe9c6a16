package org.cdkg.relate.rules;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A regular expression over {@link TaggedText}, written with macros for the names in it:
 * {@code {PERSON}}, {@code {COUNTRY}}, {@code {ORG}} (an organisation or a standing body),
 * {@code {BODY}} (a standing working group or dialogue), {@code {ACTOR}} (a country or an
 * organisation), {@code {PLACE}} (a place or a country), {@code {CITY}} (a place that is not a
 * country), {@code {COP}}, {@code {AGREEMENT}}, {@code {DATE}}, {@code {GAP}} (one character
 * that is not a sentence or semicolon break or a person) and {@code {INCLAUSE}} (one that is not a
 * comma either). Named groups say which names fill which part, as in
 * {@code (?<successor>{PERSON})接替(?<predecessor>{PERSON})}. A macro it does not know or a
 * group it lacks fails when the pack is loaded.
 */
public final class MentionPattern {
    private static final Map<String, String> MACROS = Map.ofEntries(
            Map.entry("PERSON", tagged("" + TaggedText.PERSON)),
            Map.entry("COUNTRY", tagged("" + TaggedText.COUNTRY)),
            Map.entry("ORG", tagged("[" + TaggedText.ORGANIZATION + TaggedText.BODY + "]")),
            Map.entry("BODY", tagged("" + TaggedText.BODY)),
            Map.entry("ACTOR", tagged("[" + TaggedText.COUNTRY + TaggedText.ORGANIZATION + TaggedText.BODY + "]")),
            Map.entry("PLACE", tagged("[" + TaggedText.COUNTRY + TaggedText.PLACE + "]")),
            Map.entry("CITY", tagged("" + TaggedText.PLACE)),
            Map.entry("COP", tagged("" + TaggedText.COP)),
            Map.entry("AGREEMENT", tagged("" + TaggedText.AGREEMENT)),
            Map.entry("DATE", tagged("" + TaggedText.DATE)),
            Map.entry("GAP", "[^；;。！？!?" + TaggedText.PERSON + "]"),
            Map.entry("INCLAUSE", "[^，,、；;。！？!?" + TaggedText.PERSON + "]"));
    private static final Pattern MACRO = Pattern.compile("\\{([A-Z]+)}");
    private static final Pattern GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    private final String source;
    private final Pattern pattern;
    private final Set<String> groups;

    /** A tag character and the rest of its name, taken whole (possessive, so a gap never starts inside a name). */
    private static String tagged(String tag) {
        return "(?:" + tag + TaggedText.INSIDE + "*+)";
    }

    private MentionPattern(String source, Pattern pattern, Set<String> groups) {
        this.source = source;
        this.pattern = pattern;
        this.groups = groups;
    }

    /** Compiles a pattern and checks that it has every named group in {@code required}. */
    public static MentionPattern compile(String source, Set<String> required) {
        StringBuilder b = new StringBuilder();
        Matcher m = MACRO.matcher(source);
        while (m.find()) {
            String macro = MACROS.get(m.group(1));
            if (macro == null) throw new IllegalArgumentException("unknown macro {" + m.group(1) + "}; the macros are " + new TreeSet<>(MACROS.keySet()));
            m.appendReplacement(b, Matcher.quoteReplacement(macro));
        }
        m.appendTail(b);
        Pattern p;
        try {
            p = Pattern.compile(b.toString());
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("does not compile: " + e.getDescription());
        }
        Set<String> groups = new TreeSet<>();
        Matcher g = GROUP.matcher(source);
        while (g.find()) groups.add(g.group(1));
        if (!groups.containsAll(required)) throw new IllegalArgumentException("needs the named groups " + required + ", has " + groups);
        return new MentionPattern(source, p, Set.copyOf(groups));
    }

    /** Compiles a pack's patterns, each with the named groups in {@code required}; names the pattern that fails. */
    public static java.util.List<MentionPattern> compileAll(java.util.List<String> sources, Set<String> required) {
        return RulePack.each(sources, "pattern", p -> compile(p, required));
    }

    public Pattern pattern() { return pattern; }
    public boolean has(String group) { return groups.contains(group); }

    /** Matches over a tagged span; group offsets are then {@code text.start()} plus the matcher's. */
    public Matcher matcher(TaggedText text) {
        return pattern.matcher(text.text());
    }

    @Override
    public String toString() { return source; }
}
