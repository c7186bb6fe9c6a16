package org.cdkg.relate.rules;

import org.cdkg.document.FoundAnywhere;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One language's rules for meetings ({@code relate/<lang>/meetings.json}): the words that name a
 * meeting, by kind, and how each role, the place, the date and references back to a meeting are
 * written. See the pack's own "about" for what each key means.
 */
public record MeetingRules(
        String about,
        List<String> sources,
        List<KindWords> kinds,
        List<String> generalKinds,
        List<String> contextAfter,
        List<String> citedEvents,
        List<String> notTriggers,
        List<RoleWords> roles,
        List<String> rolePatterns,
        List<String> passiveMarkers,
        List<String> negations,
        List<String> nounMarkers,
        List<String> listWords,
        List<String> coordinators,
        List<String> anaphora,
        List<String> anaphoraForms,
        List<String> besideEarlier,
        List<String> speechVerbs,
        List<String> background,
        List<String> backgroundPatterns,
        Map<String, Integer> earlierMeetings,
        List<String> online,
        List<String> sidelines,
        List<String> attendeeHeaders,
        List<String> bothSides,
        List<String> separately,
        List<String> internationalPosts,
        List<String> continuation,
        List<String> nameStops,
        List<String> placeMarkers,
        List<String> notPlaceMarkers,
        List<String> clauseGoesOn,
        Map<String, String> placeAbbreviations,
        List<String> placeVerbs,
        List<String> venueWords,
        List<String> duringWords,
        List<String> destinationMarkers,
        List<String> ordinals,
        Map<String, Integer> numberWords,
        List<Duration> durations,
        List<String> notThePerson,
        List<String> pronouns,
        List<String> withMarkers,
        List<String> adverbialEnds) {

    /** The roles a role word or pattern can give. */
    public static final Set<String> ROLES = Set.of("chair", "participant", "host", "absent");

    public MeetingRules {
        if (kinds.isEmpty()) throw new IllegalArgumentException("'kinds' is empty: a language needs words that name a meeting");
        Set<String> named = new java.util.HashSet<>();
        for (KindWords k : kinds) named.add(k.kind());
        for (String g : generalKinds)
            if (!named.contains(g)) throw new IllegalArgumentException("generalKinds names '" + g + "', which no entry of 'kinds' has");
        RulePack.each(citedEvents, "citedEvents pattern", p -> withGroup(p, "trigger"));
        RulePack.each(notTriggers, "notTriggers pattern", p -> withGroup(p, "trigger"));
        RulePack.each(rolePatterns, "rolePatterns pattern", p -> {
            MentionPattern m = MentionPattern.compile(p, Set.of());
            if (ROLES.stream().noneMatch(m::has)) throw new IllegalArgumentException("names none of the roles " + ROLES + " as a group");
            return m;
        });
        RulePack.each(anaphora, "anaphora pattern", Pattern::compile);
        RulePack.each(besideEarlier, "besideEarlier pattern", p -> withGroup(p, "ref"));
        RulePack.each(pronouns, "pronouns pattern", Pattern::compile);
        RulePack.each(backgroundPatterns, "backgroundPatterns pattern", Pattern::compile);
        RulePack.each(sidelines, "sidelines pattern", Pattern::compile);
        RulePack.each(attendeeHeaders, "attendeeHeaders pattern", Pattern::compile);
        RulePack.each(ordinals, "ordinals pattern", p -> withGroup(p, "n"));
        for (String k : placeAbbreviations.keySet())
            if (k.length() != 1) throw new IllegalArgumentException("placeAbbreviations key '" + k + "' is not one character");
        for (String f : anaphoraForms)
            if (!f.contains("K")) throw new IllegalArgumentException("anaphoraForms entry '" + f + "' has no K where the meeting word goes");
        RulePack.each(notThePerson, "notThePerson pattern", Pattern::compile);
    }

    private static Pattern withGroup(String p, String group) {
        Pattern c = Pattern.compile(p);
        if (!p.contains("(?<" + group + ">")) throw new IllegalArgumentException("needs a group named '" + group + "'");
        return c;
    }

    /** Words that name a meeting of one kind (an ontology class under cdo:Meeting), and on which side of them its people stand. */
    public record KindWords(String kind, Governs governs, List<String> words) {
        public KindWords {
            if (words.isEmpty()) throw new IllegalArgumentException("kind '" + kind + "' has no words");
        }
    }

    /**
     * Words that give a role, and on which side of them the people in that role stand. When
     * {@code actorsTakePart}, countries and bodies the words govern take the role too where no
     * person is named (delegations of Brazil and India attended; 外交部…参团); 会议在北京举行 does not
     * make Beijing or the meeting's own body a participant.
     */
    public record RoleWords(String role, Governs governs, boolean subjectMayBeElided, boolean actorsTakePart, List<String> words) {
        public RoleWords {
            if (!ROLES.contains(role)) throw new IllegalArgumentException("unknown role '" + role + "'; the roles are " + ROLES);
            if (words.isEmpty()) throw new IllegalArgumentException("role '" + role + "' has no words");
            for (String w : words)
                if ((governs == Governs.BETWEEN) != w.contains("…"))
                    throw new IllegalArgumentException("'" + w + "': words that govern 'between' are written with … where the names stand, and only they are");
        }
    }

    /** "为期两天", "concluded a two-day …": how long the meeting lasted, and whether the date given is its first or last day. */
    public record Duration(String pattern, Anchor anchor) {
        public Duration {
            withGroup(pattern, "days");
        }

        public Pattern compiled() { return Pattern.compile(pattern); }
    }

    public enum Anchor {
        @com.fasterxml.jackson.annotation.JsonProperty("start") START,
        @com.fasterxml.jackson.annotation.JsonProperty("end") END
    }

    /** Where the people of a word stand: before it, after it, on both sides, between its two parts, or nowhere (a noun). */
    public enum Governs {
        @com.fasterxml.jackson.annotation.JsonProperty("before") BEFORE,
        @com.fasterxml.jackson.annotation.JsonProperty("after") AFTER,
        @com.fasterxml.jackson.annotation.JsonProperty("both") BOTH,
        @com.fasterxml.jackson.annotation.JsonProperty("between") BETWEEN,
        @com.fasterxml.jackson.annotation.JsonProperty("none") NONE;

        public boolean before() { return this == BEFORE || this == BOTH; }
        public boolean after() { return this == AFTER || this == BOTH; }
    }

    // ---- compiled views, for the stage's code ----

    public static List<Pattern> compile(List<String> patterns) {
        return RulePack.each(patterns, "pattern", Pattern::compile);
    }

    public static List<FoundAnywhere> found(List<String> patterns) {
        List<FoundAnywhere> out = new ArrayList<>();
        for (Pattern p : compile(patterns)) out.add(new FoundAnywhere(p));
        return out;
    }

    /** Strings longest first, so that 圆桌会议 is tried before 会议. */
    public static List<String> longestFirst(java.util.Collection<String> words) {
        List<String> l = new ArrayList<>(words);
        l.sort(Comparator.comparingInt(String::length).reversed());
        return l;
    }
}
