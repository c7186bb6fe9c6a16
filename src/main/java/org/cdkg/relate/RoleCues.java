package org.cdkg.relate;

import org.cdkg.document.Article;
import org.cdkg.document.EntityType;
import org.cdkg.document.Evidence;
import org.cdkg.document.Meeting;
import org.cdkg.document.Mention;
import org.cdkg.document.Sentence;
import org.cdkg.relate.rules.MeetingRules;
import org.cdkg.relate.rules.MeetingRules.Governs;
import org.cdkg.relate.rules.MentionPattern;
import org.cdkg.relate.rules.TaggedText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The roles of a meeting frame, each from the words that give it: a role word (主持, chaired by,
 * attended, 应…邀请) governs the names on its side of it up to the next role word or the edge of
 * its clause, and a meeting word said of people (会见, met) makes the people on its sides
 * participants. Chairs come only from chairing words, hosts only from hosting words; a person
 * named in passing, quoted, or in someone else's title takes no role, and one said to be
 * represented by another (on behalf of, 代表…出席) takes none at all.
 */
final class RoleCues {
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** A role word found in a sentence, or a meeting word used as one; [innerStart, innerEnd) is the gap of a between-word. */
    record Cue(int start, int end, String role, Governs governs, boolean subjectMayBeElided, boolean actors, int innerStart, int innerEnd, boolean fromTrigger,
               List<MeetingTriggers.Trigger> meetingWords) {
        /** Whether the cue ends the span of the one before or after it: role words do; meeting words (正在天津访问的克里) and "on behalf of" do not. */
        boolean interrupts() { return !role.equals("absent") && !fromTrigger; }
    }

    private record Word(String text, String role, Governs governs, boolean elided, boolean actors, String close) {}

    private final List<Word> words = new ArrayList<>();
    private final List<MentionPattern> patterns;
    private final List<String> passive, listWords, negations, nounMarkers;
    /** Lower-case words an English title after a name may open with (", director-general of …"): a list goes on over them. */
    private final java.util.Set<String> titleWords;
    /** Words after or before a name that are part of neither it nor a title (解振华阁下, H.E. Mr.). */
    private final java.util.Set<String> honorifics;
    private final List<Pattern> notThePerson, pronouns;
    /** Words that say someone spoke (表示, said): a speaker at a meeting took part in it. */
    private final List<String> speechVerbs;
    /** Words that bring in the other side of talks (与): nothing named before them means a left-out subject. */
    private final List<String> withMarkers;
    /** Endings of a clause that says only when (…访问之后): its subject is not the next clause's. */
    private final List<String> adverbialEnds;
    private final boolean latin;

    RoleCues(MeetingRules rules, java.util.Set<String> titleWords, java.util.Set<String> honorifics, boolean latin) {
        this.latin = latin;
        this.titleWords = titleWords;
        this.honorifics = honorifics;
        for (MeetingRules.RoleWords r : rules.roles())
            for (String w : r.words()) {
                String text = latin ? w.toLowerCase(Locale.ROOT) : w;
                int gap = text.indexOf('…');
                words.add(gap < 0 ? new Word(text, r.role(), r.governs(), r.subjectMayBeElided(), r.actorsTakePart(), null)
                        : new Word(text.substring(0, gap), r.role(), r.governs(), r.subjectMayBeElided(), r.actorsTakePart(), text.substring(gap + 1)));
            }
        words.sort((a, b) -> b.text().length() - a.text().length());
        patterns = MentionPattern.compileAll(rules.rolePatterns(), Set.of());
        passive = rules.passiveMarkers();
        listWords = rules.listWords();
        negations = rules.negations().stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
        nounMarkers = rules.nounMarkers();
        notThePerson = MeetingRules.compile(rules.notThePerson());
        pronouns = MeetingRules.compile(rules.pronouns());
        withMarkers = rules.withMarkers();
        adverbialEnds = rules.adverbialEnds();
        speechVerbs = rules.speechVerbs().stream().map(v -> latin ? v.toLowerCase(Locale.ROOT) : v).toList();
    }

    /**
     * The people of [from, to) who speak there: a name followed by a speech word (解振华在会上表示, Guterres
     * also said, Wang Yi, China's foreign minister, said), with no clause break between them.
     */
    List<Mention> speakers(Article a, int from, int to) {
        String t = a.simplified();
        List<Mention> out = new ArrayList<>();
        for (Mention p : people(a, from, to)) {
            if (latin) {
                Matcher gap = EN_SPEAKER_GAP.matcher(t).region(p.end(), to);
                if (gap.lookingAt() && speechVerbAt(t.substring(gap.end(), to).toLowerCase(Locale.ROOT))) out.add(p);
                continue;
            }
            // 解振华在会上表示: a few characters of where or how may stand between the name and the word;
            // 克拉克(Joyelle Clarke)则期盼: so may the name's original form in brackets.
            int from0 = p.end();
            if (from0 < to && "(（".indexOf(t.charAt(from0)) >= 0) {
                int close = -1;
                for (int k = from0 + 1; k < Math.min(to, from0 + 60) && close < 0; k++) if (")）".indexOf(t.charAt(k)) >= 0) close = k;
                if (close > 0) from0 = close + 1;
            }
            for (int at = from0; at < to && at - from0 <= ZH_SPEAKER_GAP; at++) {
                if (ZH_CLAUSE_BREAKS.indexOf(t.charAt(at)) >= 0) break;
                if (speechVerbAt(t.substring(at, to))) { out.add(p); break; }
            }
        }
        return out;
    }

    private boolean speechVerbAt(String hay) {
        for (String v : speechVerbs)
            if (hay.startsWith(v) && (!latin || hay.length() == v.length() || !Character.isLetter(hay.charAt(v.length())))) return true;
        return false;
    }

    private static final int ZH_SPEAKER_GAP = 8;
    private static final String ZH_CLAUSE_BREAKS = "，。；：、,;:“”\"（）()";
    private static final Pattern EN_SPEAKER_GAP = Pattern.compile("(?:,[^,.;:\"“”]{1,80},)? (?:(?:also|further|then|again|later) )?");

    /** The role words of a sentence and its meeting words said of people, in text order; a longer word wins where two overlap. */
    List<Cue> in(Article a, Sentence s, List<MeetingTriggers.Trigger> triggers) {
        String t = a.simplified().substring(s.start(), s.end());
        String hay = latin ? t.toLowerCase(Locale.ROOT) : t;
        boolean[] used = new boolean[t.length()];
        List<Cue> out = new ArrayList<>();
        for (MeetingTriggers.Trigger tr : triggers) {
            if (!tr.verbal()) continue;
            out.add(new Cue(tr.start(), tr.end(), "participant", tr.governs(), false, false, -1, -1, true, triggers));
            for (int i = tr.start() - s.start(); i < tr.end() - s.start(); i++) used[i] = true;
        }
        for (Word w : words) {
            for (int i = hay.indexOf(w.text()); i >= 0; i = hay.indexOf(w.text(), i + 1)) {
                int e = i + w.text().length();
                if (latin && (i > 0 && Character.isLetter(hay.charAt(i - 1)) || e < hay.length() && Character.isLetter(hay.charAt(e)))) continue;
                if (taken(used, i, e)) continue;
                if (w.close() != null) {
                    int close = hay.indexOf(w.close(), e);
                    if (close < 0 || close - e > 40) continue;
                    mark(used, i, e);
                    mark(used, close, close + w.close().length());
                    out.add(new Cue(s.start() + i, s.start() + close + w.close().length(), w.role(), w.governs(), w.elided(), w.actors(), s.start() + e, s.start() + close, false, triggers));
                    continue;
                }
                // "was organised virtually": a passive verb's people come after "by", not before it.
                if (w.governs() == Governs.BEFORE && (passiveBefore(hay, i) || participleAfterMeeting(hay, i, s, triggers))) continue;
                // 并未亲自出席, did not attend: a negated role word gives no role; 发表的书面致辞 is a speech, not someone speaking.
                if (negated(hay, i) || afterNounMarker(hay, i)) continue;
                mark(used, i, e);
                out.add(new Cue(s.start() + i, s.start() + e, w.role(), w.governs(), w.elided(), w.actors(), -1, -1, false, triggers));
            }
        }
        out.sort((x, y) -> x.start() - y.start());
        return out;
    }

    /** "…Roundtable, convened on September 6": a participle right after a meeting word and a comma says what was done to the meeting. */
    private static boolean participleAfterMeeting(String hay, int i, Sentence s, List<MeetingTriggers.Trigger> triggers) {
        String before = hay.substring(0, i).stripTrailing();
        if (!before.endsWith(",")) return false;
        int comma = s.start() + before.length() - 1;
        for (MeetingTriggers.Trigger tr : triggers) if (tr.end() == comma || tr.end() + 1 == comma) return true;
        return false;
    }

    private boolean passiveBefore(String hay, int i) {
        String before = hay.substring(0, i).stripTrailing();
        for (String p : passive) {
            if (!before.endsWith(p)) continue;
            int at = before.length() - p.length();
            if (!latin || !Character.isLetter(p.charAt(0)) || at == 0 || !Character.isLetter(before.charAt(at - 1))) return true;
        }
        // "was organized virtually", "were jointly hosted": one adverb may stand between.
        if (latin) {
            int space = before.lastIndexOf(' ');
            String last = before.substring(space + 1);
            if (last.endsWith("ly")) return passiveBefore(hay, space + 1);
        }
        return false;
    }

    private boolean afterNounMarker(String hay, int i) {
        for (String n : nounMarkers) if (i >= n.length() && hay.startsWith(n, i - n.length())) return true;
        return false;
    }

    /** Whether a negation stands right before position i: within three characters (并未亲自出席) or one word (did not personally attend). */
    private boolean negated(String hay, int i) {
        String before = hay.substring(Math.max(0, i - (latin ? 24 : 5)), i);
        for (String n : negations) {
            int at = before.lastIndexOf(n);
            if (at < 0) continue;
            if (latin) {
                String gap = before.substring(at + n.length()).strip();
                boolean wordStart = at == 0 || !Character.isLetter(before.charAt(at - 1));
                if (wordStart && (gap.isEmpty() || !gap.contains(" ") && gap.chars().allMatch(Character::isLetter))) return true;
            } else if (before.length() - (at + n.length()) <= 3) return true;
        }
        return false;
    }

    private static boolean taken(boolean[] used, int s, int e) {
        for (int i = s; i < e; i++) if (used[i]) return true;
        return false;
    }

    private static void mark(boolean[] used, int s, int e) {
        for (int i = s; i < e; i++) used[i] = true;
    }

    /**
     * Gives {@code m} the roles of the cues {@code about} it and of the role patterns: for a
     * sentence about one meeting. All the sentence's {@code cues} bound what each governs.
     */
    void fill(Article a, Sentence s, List<int[]> clauses, List<Cue> cues, List<Cue> about, Meeting m, Evidence said) {
        for (Cue c : about) apply(a, s, clauses, cues, c, m, said);
        patterns(a, s, m, said);
    }

    /**
     * Gives {@code m} the roles one cue gives. The other cues of its sentence bound what it
     * governs; {@code clauses} are the sentence's clauses (Chinese) or its one span (English).
     */
    void apply(Article a, Sentence s, List<int[]> clauses, List<Cue> cues, Cue c, Meeting m, Evidence said) {
        String t = a.simplified();
        boolean named = false;
        List<int[]> spans = spans(a, t, clauses, cues, c);
        for (int[] span : spans) named |= apply(a, c, span[0], span[1], m, said);
        // 丁薛祥作为…特别代表，于11月12日至13日…出席峰会: Chinese leaves out a subject named in an earlier clause;
        // 15日与解振华举行会谈 names only the other side.
        boolean subjectLeftOut = !named || c.governs().before() && !spans.isEmpty() && onlyOtherSide(a, spans.get(0)[0], c.start());
        if (subjectLeftOut && !latin && c.governs().before() && !c.role().equals("absent") && !c.subjectMayBeElided()) {
            named = false;
            int[] own = clauseOf(t, clauses, c.start());
            for (int i = clauses.size() - 1; i >= 0 && !named; i--) {
                int[] earlier = clauses.get(i);
                if (earlier[1] > own[0]) continue;
                boolean governed = false;
                // Another role word's clause has its own subject; a visit's (此前他…到访中国) goes on to the next clause.
                for (Cue o : cues) governed |= o != c && !(o.fromTrigger() && subjectGoesOn(o)) && o.start() >= earlier[0] && o.end() <= earlier[1];
                String clauseText = t.substring(earlier[0], earlier[1]).strip();
                governed |= adverbialEnds.stream().anyMatch(clauseText::endsWith);
                if (governed) break;
                named = apply(a, c, earlier[0], earlier[1], m, said);
            }
        }
        // 共同举行…对话 with no one before it: "jointly" says the people just named did it together.
        if (!named && c.subjectMayBeElided() && c.role().equals("chair")) {
            List<Mention> earlier = people(a, s.start(), c.start());
            if (earlier.size() >= 2) for (Mention p : earlier) m.coChair(p.entityKey(), said);
        }
    }

    private static boolean subjectGoesOn(Cue trigger) {
        return trigger.governs() == Governs.BEFORE;
    }

    /** Whether the people before a talks word in [from, to) all come after a word like 与: the other side, with no subject. */
    private boolean onlyOtherSide(Article a, int from, int to) {
        List<Mention> before = people(a, from, to);
        if (before.isEmpty()) return false;
        String lead = a.simplified().substring(from, before.get(0).start());
        for (String w : withMarkers) {
            int at = lead.lastIndexOf(w);
            // 与 opens the list (与美国特使克里): only a title may stand between it and the first name.
            if (at >= 0 && people(a, from, from + at).isEmpty()) return true;
        }
        return false;
    }

    /** The roles the pack's role patterns give in a sentence (代表…出席: someone absent). */
    void patterns(Article a, Sentence s, Meeting m, Evidence said) {
        if (patterns.isEmpty()) return;
        TaggedText tagged = TaggedText.of(a, s.start(), s.end());
        for (MentionPattern p : patterns) {
            Matcher x = p.matcher(tagged);
            while (x.find())
                for (String role : MeetingRules.ROLES) {
                    if (!p.has(role) || x.start(role) < 0) continue;
                    for (Mention n : tagged.mentions(s.start() + x.start(role), s.start() + x.end(role))) give(role, n, m, said);
                }
        }
    }

    /** The spans a cue governs: before it, after it, or between its two parts, never past another role word or its clause. */
    private List<int[]> spans(Article a, String t, List<int[]> clauses, List<Cue> cues, Cue c) {
        List<int[]> out = new ArrayList<>();
        if (c.governs() == Governs.BETWEEN) {
            out.add(new int[]{c.innerStart(), c.innerEnd()});
            return out;
        }
        int[] clause = clauseOf(t, clauses, c.start());
        if (c.governs().before()) {
            int start = listStart(a, t, clauses, clause[0], cues);
            for (Cue o : cues) if (o != c && o.interrupts() && o.end() <= c.start() && o.end() > start) start = o.end();
            out.add(new int[]{start, c.start()});
        }
        if (c.governs().after()) {
            int end = clause[1];
            for (Cue o : cues) if (o != c && o.interrupts() && o.start() >= c.end() && o.start() < end) end = o.start();
            if (latin) end = Math.min(end, listEnd(t, c.end(), end, cues));
            out.add(new int[]{c.end(), end});
        }
        return out;
    }

    /**
     * In English a role word's list runs on through commas ("attended by A, Minister of X, and B")
     * until a comma is followed by a lower-case word that neither continues the list nor is a role
     * word (", a meeting that…", ", who…").
     */
    private int listEnd(String t, int from, int to, List<Cue> cues) {
        for (int i = t.indexOf(", ", from); i >= 0 && i < to; i = t.indexOf(", ", i + 1)) {
            int w = i + 2;
            if (w >= to || !Character.isLowerCase(t.charAt(w))) continue;
            boolean cue = false;
            for (Cue c : cues) cue |= c.start() == w;
            boolean list = false;
            for (String l : listWords) list |= t.startsWith(l + " ", w);
            int we = w;
            while (we < t.length() && (Character.isLetter(t.charAt(we)) || t.charAt(we) == '-')) we++;
            // ", director-general of the ministry's …, and Rick Duke", ", the European commissioner for …": a title after a name, the list goes on.
            int segmentEnd = t.indexOf(',', w);
            if (segmentEnd < 0 || segmentEnd > to) segmentEnd = to;
            // The segment opens with the title (", director-general of …", ", the European commissioner for …"), not a verb
            // whose subject has one (", said Foreign Ministry Spokesperson Ahmed Hafez").
            String[] segment = t.substring(w, segmentEnd).split("[\\s’']+");
            int first = segment.length > 1 && ARTICLES.contains(segment[0].toLowerCase(Locale.ROOT)) ? 1 : 0;
            boolean title = false;
            for (int k = first; k < segment.length && k <= (first == 0 ? 0 : first + 3); k++) title |= titleWords.contains(segment[k].toLowerCase(Locale.ROOT));
            if (!cue && !list && !title) return i;
        }
        return to;
    }

    /**
     * 中国驻肯尼亚大使周平剑，…办公厅主任田为勇…出席会议: clauses before a role word that are each a
     * title and a name, ending in the name, are items of the list the word governs.
     */
    private int listStart(Article a, String t, List<int[]> clauses, int start, List<Cue> cues) {
        if (latin) return start;
        for (int i = clauses.size() - 1; i >= 0; i--) {
            int[] c = clauses.get(i);
            if (c[1] > start || c[1] < start - 1) continue;
            int end = c[1];
            while (end > c[0] && Character.isWhitespace(t.charAt(end - 1))) end--;
            // …特别代表解振华阁下，: an honorific may follow the name.
            for (String h : honorifics) if (t.startsWith(h, end - h.length()) && end - h.length() > c[0]) { end -= h.length(); break; }
            boolean endsWithName = false;
            for (Mention p : Clauses.mentions(a, c[0], end, EntityType.PERSON)) endsWithName |= p.end() == end;
            boolean governed = false;
            for (Cue o : cues) governed |= o.start() >= c[0] && o.end() <= c[1];
            if (!endsWithName || governed) break;
            start = c[0];
        }
        return start;
    }

    /** The clause an offset stands in; a clause that opens with 与, 和, 同 (with whom) continues the one before it. */
    private static int[] clauseOf(String t, List<int[]> clauses, int at) {
        for (int i = 0; i < clauses.size(); i++) {
            int[] c = clauses.get(i);
            if (at < c[0] || at >= c[1]) continue;
            int start = c[0];
            for (int k = i; k > 0 && "与和同跟".indexOf(t.charAt(clauses.get(k)[0])) >= 0; k--) start = clauses.get(k - 1)[0];
            return new int[]{start, c[1]};
        }
        return clauses.get(clauses.size() - 1);
    }

    /** Applies a cue to one span it governs; returns whether the span names anyone. */
    private boolean apply(Article a, Cue c, int from, int to, Meeting m, Evidence said) {
        List<Mention> people = people(a, from, to);
        if (c.role().equals("absent")) {
            if (people.isEmpty()) return false;
            Mention who = c.governs() == Governs.BEFORE ? people.get(people.size() - 1) : people.get(0);
            m.absent(who.entityKey());
            return true;
        }
        for (Mention p : people) give(c.role(), p, m, said);
        if (!c.actors()) return !people.isEmpty();
        for (Mention x : Clauses.mentions(a, from, to, null)) {
            // 联合国 inside 联合国环境署 is the name's parent, not a second actor.
            if (x.source().equals("gazetteer-parent")) continue;
            boolean actor = x.type() == EntityType.COUNTRY || x.type().family() == EntityType.ORGANIZATION;
            // 中美 before a meeting's name says whose meeting it is, not who hosted it; 中方 does name a side.
            boolean compound = x.source().contains("abbreviation") && !a.text(x.start(), x.end()).endsWith("方");
            // “基础四国”气候变化部长级会议将由中国举办: a body named before a meeting word is part of the meeting's name.
            boolean namesMeeting = c.meetingWords().stream().anyMatch(tr -> tr.start() >= x.end() && tr.start() < c.start() && tr.start() - x.end() <= 12);
            if (!actor || compound || namesMeeting) continue;
            // Delegations of countries or bodies take part when the words name no one; a ministry in a minister's title does not.
            if (c.role().equals("host") || people.isEmpty()) give(c.role(), x, m, said);
        }
        return !people.isEmpty();
    }

    private static void give(String role, Mention n, Meeting m, Evidence said) {
        String key = n.entityKey();
        boolean person = n.type().family() == EntityType.PERSON;
        switch (role) {
            case "chair" -> { if (person) m.coChair(key, said); }
            case "participant" -> m.participant(key, said);
            case "host" -> {
                if (person) m.participant(key, said);
                else m.host(key, said);
            }
            case "absent" -> { if (person) m.absent(key); }
            default -> throw new IllegalStateException("role " + role);
        }
    }

    /**
     * The people named in [from, to), less names that stand for something else: part of someone
     * else's title (习近平主席特别代表丁薛祥), an administration (拜登政府). A pronoun (他, she) counts as
     * the one person it can only stand for.
     */
    List<Mention> people(Article a, int from, int to) {
        List<Mention> out = named(a, from, to);
        String t = a.simplified();
        for (Pattern p : pronouns) {
            Matcher m = p.matcher(t).region(from, to);
            while (m.find()) {
                Mention referent = referent(a, m.start());
                if (referent == null || out.stream().anyMatch(o -> o.entityKey().equals(referent.entityKey()))) continue;
                out.add(new Mention(m.start(), m.end(), m.group(), referent.entityKey(), referent.type(), "pronoun", 0.6));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        return out;
    }

    private List<Mention> named(Article a, int from, int to) {
        String t = a.simplified();
        List<Mention> out = new ArrayList<>();
        for (Mention p : Clauses.mentions(a, from, to, EntityType.PERSON)) {
            boolean inTitle = false;
            for (Pattern x : notThePerson) inTitle |= x.matcher(t).region(p.end(), Math.min(t.length(), p.end() + 10)).lookingAt();
            if (!inTitle) out.add(p);
        }
        return out;
    }

    /** Who a pronoun at {@code at} stands for: the one person named before it in its sentence, else in the sentence before; null if not one. */
    private Mention referent(Article a, int at) {
        Sentence s = a.sentenceAt(at);
        if (s == null) return null;
        List<Mention> before = named(a, s.start(), at);
        if (before.isEmpty()) {
            int i = a.sentences().indexOf(s);
            if (i <= 0) return null;
            Sentence previous = a.sentences().get(i - 1);
            before = named(a, previous.start(), previous.end());
        }
        if (before.isEmpty() || before.stream().map(Mention::entityKey).distinct().count() != 1) return null;
        return before.get(before.size() - 1);
    }
}
