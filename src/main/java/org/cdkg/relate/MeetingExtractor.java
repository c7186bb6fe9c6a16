package org.cdkg.relate;

import com.fasterxml.jackson.databind.JsonNode;
import org.cdkg.document.Article;
import org.cdkg.document.DateRange;
import org.cdkg.document.EntityType;
import org.cdkg.document.Evidence;
import org.cdkg.document.FoundAnywhere;
import org.cdkg.document.Meeting;
import org.cdkg.document.Mention;
import org.cdkg.document.PrefilteredPattern;
import org.cdkg.document.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dated meetings: a sentence that names a meeting (会谈, 论坛, meeting, roundtable...) and
 * a date in the same clause (or a date leading the sentence) introduces one meeting per date
 * and per coordinated meeting name. Later sentences that refer back to it (会上, 出席会议, the
 * meeting) add participants, co-chairs and hosts. Reports of the same meeting in the two
 * languages of a page are merged.
 */
public final class MeetingExtractor {
    private static final Pattern ORDINAL = Pattern.compile("第([零〇一二三四五六七八九十两\\d]{1,4})(?:次|届)");
    private static final List<String> ANAPHORIC_FORMS = List.of("主持了K", "主持K", "K由", "此次K", "本次K", "这次K", "该K", "K期间", "K上", "K中", "出席K", "参加K", "出席了K", "参加了K");
    private static final java.util.Set<String> COORDINATORS = java.util.Set.of("和", "与", "及", "、");
    private static final Pattern INTERNATIONAL_POST = Pattern.compile("\\bUN\\b|United Nations|UNEP|UNFCCC|Secretary-General|Executive Secretary|Executive Director|World Bank|IMF|IPCC|European Commission|Commissioner");
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile(",? (who|whose|whom|which) ");
    private static final Pattern BOTH_EARLIER = Pattern.compile("上述(两|三)(场|次)|以上(两|三)(场|次)|(?i)\\b(both|all three) (meetings|talks|sessions)\\b");
    private static final Pattern DURATION = Pattern.compile("(?i)\\b(concluded|closed|ended|wrapped up|opened|began|started|kicked off) an? (one|two|three|four|five)-day\\b");
    private static final Pattern BOTH_SIDES = Pattern.compile("双方|(?i)\\bboth sides\\b|\\bthe two sides\\b");
    private static final Pattern CONTINUATION = Pattern.compile("继续|再次|接着|续谈|(?i)\\bcontinued\\b");
    private static final java.util.Set<String> VERBAL_KINDS = java.util.Set.of("Talks", "VideoCall");
    private static final Pattern TITLE_OF_ANOTHER = Pattern.compile("(国家主席|主席|总统|总理|首相|秘书长)的?(特别代表|特使|代表)");
    // The patterns asked of every sentence, searched only where their first character stands.
    private static final PrefilteredPattern BOTH_EARLIER_IN_SENTENCE = new PrefilteredPattern(BOTH_EARLIER, "上以BbAa");
    private static final PrefilteredPattern CONTINUATION_IN_CLAUSE = new PrefilteredPattern(CONTINUATION, "继再接续Cc");
    private static final PrefilteredPattern BOTH_SIDES_IN_SPAN = new PrefilteredPattern(BOTH_SIDES, "双BbTt");
    private static final Pattern EN_ORDINAL = Pattern.compile("(?i)\\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\\b");
    /** How far (characters) an English date may stand from the meeting word it dates. */
    private static final int EN_DATE_REACH = 100;
    private static final List<String> EN_ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth");

    private final Map<String, String> zhKinds, enKinds;
    private final List<FoundAnywhere> copSidelines, backgroundPatterns, attendeeHeaders;
    private final List<String> attendanceZh, genericKinds, background, nameStopsZh, online, zhAnaphora, enAnaphora, attendanceEn, coChairZh, coChairEn, hostZh;

    private final org.cdkg.recognise.Gazetteer gazetteer;
    private final MeetingPlace places;
    /** {@link #online} and {@link #background} in lower case, item for item: they are compared with lower-cased text. */
    private final List<String> onlineLowerCase = new ArrayList<>(), backgroundLowerCase = new ArrayList<>();
    /** For each Chinese meeting word, the {@link #ANAPHORIC_FORMS} with the word in them, in order. */
    private final Map<String, List<String>> anaphoricForms = new java.util.HashMap<>();

    public MeetingExtractor(org.cdkg.recognise.Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        JsonNode r = CueFiles.json("meeting-kinds.json");
        zhKinds = CueFiles.longestFirst(r.path("zh"));
        enKinds = CueFiles.longestFirst(r.path("en"));
        online = CueFiles.list(r.path("online"));
        nameStopsZh = CueFiles.list(r.path("nameStopsZh"));
        background = CueFiles.list(r.path("background"));
        attendeeHeaders = CueFiles.patterns(r.path("attendeeHeaders"));
        backgroundPatterns = CueFiles.patterns(r.path("backgroundPatterns"));
        attendanceZh = CueFiles.list(r.path("attendanceZh"));
        genericKinds = CueFiles.list(r.path("genericKinds"));
        copSidelines = CueFiles.patterns(r.path("copSidelines"));
        places = new MeetingPlace(gazetteer, zhKinds.keySet(), copSidelines);
        zhAnaphora = CueFiles.list(r.path("zhAnaphora"));
        enAnaphora = CueFiles.list(r.path("enAnaphora"));
        attendanceEn = CueFiles.list(r.path("attendanceEn"));
        coChairZh = CueFiles.list(r.path("coChairZh"));
        coChairEn = CueFiles.list(r.path("coChairEn"));
        hostZh = CueFiles.list(r.path("hostZh"));
        for (String o : online) onlineLowerCase.add(o.toLowerCase(Locale.ROOT));
        for (String b : background) backgroundLowerCase.add(b.toLowerCase(Locale.ROOT));
        for (String word : zhKinds.keySet()) {
            List<String> forms = new ArrayList<>();
            for (String form : ANAPHORIC_FORMS) forms.add(form.replace("K", word));
            anaphoricForms.put(word, forms);
        }
    }

    private record Trigger(int start, int end, String kind) {}

    public void extract(Article a) {
        List<Meeting> found = new ArrayList<>();
        List<Meeting> lastGroup = List.of();
        boolean attendeeBlock = false;
        for (Sentence s : a.sentences()) {
            String text = a.simplified().substring(s.start(), s.end());
            // 出席会议的有： then one title and name per line: all of them attended the meeting just named.
            if (attendeeBlock && lastGroup.size() == 1 && text.indexOf('。') < 0 && text.length() <= 80) {
                for (Mention p : Clauses.mentions(a, s.start(), s.end(), EntityType.PERSON))
                    lastGroup.get(0).participant(p.entityKey(), a.evidence(s, "attendee-list", 0.8));
                continue;
            }
            attendeeBlock = attendeeHeaders.stream().anyMatch(h -> h.in(text));
            if (attendeeBlock) continue;
            List<Meeting> created = s.lang() == Sentence.Lang.ZH ? chinese(a, s) : english(a, s);
            if (!created.isEmpty()) {
                found.addAll(created);
                lastGroup = created;
            } else if (BOTH_EARLIER_IN_SENTENCE.in(text).find() && found.size() >= 2) {
                // 苏伟参加了上述两场会见: the last two (or three) meetings of the article.
                int n = text.contains("三") ? 3 : 2;
                for (Meeting m : found.subList(Math.max(0, found.size() - n), found.size())) addRoles(a, s, s.start(), s.end(), m, true);
            } else if (lastGroup.size() == 1 && refersBack(a, s, lastGroup.get(0))) {
                addRoles(a, s, s.start(), s.end(), lastGroup.get(0), true);
                // "The meeting was hosted … at the Inkosi Albert Luthuli International Convention Centre": a later
                // sentence about the meeting may give its place.
                Meeting last = lastGroup.get(0);
                if (last.location() == null && !Boolean.TRUE.equals(last.online()))
                    last.location(s.lang() == Sentence.Lang.ZH ? places.inChinese(a, s.start(), s.end()) : MeetingPlace.inEnglish(a, s.start(), s.end()));
            } else if (lastGroup.size() == 1 && namesKind(a, s, lastGroup.get(0).kind())) {
                // "…年度磋商会议机制…由联合国环境署主办": who hosts this kind of meeting hosts this one.
                hostOnly(a, s, lastGroup.get(0));
            }
        }
        a.meetings().addAll(MeetingMerger.merge(found));
    }

    // ---------------------------------------------------------------- Chinese

    private List<Meeting> chinese(Article a, Sentence s) {
        List<DateRange> dates = datesIn(a, s.start(), s.end());
        if (dates.isEmpty()) return List.of();
        List<Trigger> triggers = triggers(a, s, zhKinds, false);
        if (triggers.isEmpty()) return List.of();
        List<int[]> clauses = Clauses.of(a, s);
        String t = a.simplified();
        List<Meeting> out = new ArrayList<>();
        int i = 0;
        while (i < triggers.size()) {
            int[] clause = Clauses.clauseAt(clauses, triggers.get(i).start());
            // Triggers in one clause name one meeting unless a conjunction coordinates them (论坛和圆桌会).
            int j = i + 1;
            while (j < triggers.size() && triggers.get(j).start() < clause[1]
                    && !startsWithConjunction(t.substring(triggers.get(j - 1).end(), triggers.get(j).start()))) j++;
            List<Trigger> group = triggers.subList(i, j);
            i = j;
            List<DateRange> own = datesIn(a, clause[0], clause[1]);
            if (own.isEmpty()) {
                DateRange leading = dateClauseBefore(a, clauses, clause, dates);
                if (leading != null) own = List.of(leading);
            }
            if (own.isEmpty()) continue;
            // The most specific word names the kind: 在大会场边…主持…峰会 is a summit, not the conference.
            String kind = group.get(0).kind();
            for (Trigger g : group) if (genericKinds.indexOf(kind) >= 0 && genericKinds.indexOf(g.kind()) < genericKinds.indexOf(kind)) kind = g.kind();
            // 周二再继续磋商: a continuation is more of the meeting before it, whatever word it uses.
            Meeting continued = !out.isEmpty() ? out.get(out.size() - 1) : null;
            if (continued != null && CONTINUATION_IN_CLAUSE.in(t.substring(clause[0], group.get(0).start())).find()) kind = continued.kind();
            for (int d = 0; d < own.size(); d++) {
                DateRange date = own.get(d);
                Meeting m = new Meeting(kind, date);
                int placeFrom = own.size() > 1 ? date.end() : clause[0];
                int placeTo = own.size() > 1 && d + 1 < own.size() ? own.get(d + 1).start() : clause[1];
                m.location(places.inChinese(a, placeFrom, placeTo));
                // 会谈, 会见 are what people do, not names; 论坛, 对话, 会议 carry the meeting's name before them.
                String name = VERBAL_KINDS.contains(kind) ? null : nameBefore(a, clause[0], group.get(0), group.get(group.size() - 1));
                if (name != null) {
                    m.addName(org.cdkg.recognise.EntityRecognizer.lang(name), name);
                    int nameStart = group.get(group.size() - 1).end() - name.length();
                    for (Mention side : Clauses.mentions(a, nameStart, group.get(0).start(), null))
                        if ((side.type() == EntityType.COUNTRY || side.type().family() == EntityType.ORGANIZATION && side.type() != EntityType.WORKING_GROUP)
                                && !side.source().equals("gazetteer-parent"))
                            m.participant(side.entityKey(), a.evidence(s, "meeting-zh", 0.8));
                }
                Matcher om = ORDINAL.matcher(t.substring(clause[0], group.get(0).start()));
                if (om.find()) m.ordinal(org.cdkg.recognise.ChineseNumber.parse(om.group(1)));
                setCommon(a, clause[0], clause[1], m);
                Evidence said = a.evidence(s, "meeting-zh", 0.8);
                for (int c = 0; c < clauses.size() && clauses.get(c)[0] < clause[0]; c++)
                    for (Mention p : Clauses.mentions(a, clauses.get(c)[0], clauses.get(c)[1], EntityType.PERSON))
                        if (!insideTitle(t, p)) m.participant(p.entityKey(), said);
                addRoles(a, s, clause[0], clause[1], m, false);
                // …，COP28主席贾比尔也到场致词: a later clause of the sentence that says someone attended.
                // …解振华与斯特恩分别代表…，签署了《…》: the people may stand in the clauses before that verb.
                int laterFrom = clause[1];
                for (int[] later : clauses) {
                    if (later[0] <= clause[0]) continue;
                    if (containsAny(t.substring(later[0], later[1]), attendanceZh)) {
                        for (Mention p : Clauses.mentions(a, laterFrom, later[1], EntityType.PERSON))
                            if (!insideTitle(t, p)) m.participant(p.entityKey(), said);
                        laterFrom = later[1];
                    }
                }
                if (m.location() == null) m.location(places.copCity(a, s));
                m.evidence().add(a.evidence(s, "meeting-zh", 0.8));
                out.add(m);
            }
        }
        return out;
    }

    private static boolean startsWithConjunction(String between) {
        String b = between.strip();
        return b.startsWith("和") || b.startsWith("与") || b.startsWith("及") || b.startsWith("、") || b.startsWith("以及")
                || b.toLowerCase(Locale.ROOT).startsWith("and ") || b.startsWith(",") && b.contains(" and ");
    }

    /** A clause that is only a date (2024年9月4日至6日, 当地时间5月15日) dates the clauses after it. */
    private static DateRange dateClauseBefore(Article a, List<int[]> clauses, int[] clause, List<DateRange> dates) {
        DateRange found = null;
        for (int[] c : clauses) {
            if (c[0] >= clause[0]) break;
            if (!Clauses.mentions(a, c[0], c[1], null).isEmpty()) continue;
            for (DateRange d : dates) if (d.start() >= c[0] && d.end() <= c[1] && c[1] - d.end() <= 2) found = d;
        }
        return found;
    }

    /** The meeting's own name: the words before the meeting word, back to a verb, preposition or date. */
    private String nameBefore(Article a, int clauseStart, Trigger first, Trigger last) {
        String t = a.simplified();
        int from = clauseStart;
        for (String stop : nameStopsZh) {
            int at = t.lastIndexOf(stop, first.start() - 1);
            if (at < clauseStart || at + stop.length() > first.start()) continue;
            // 巴西、南非、印度和中国…会议: a conjunction inside the name; 论坛和圆桌会: one between two names.
            if (COORDINATORS.contains(stop) && !endsWithMeetingWord(t.substring(clauseStart, at))) continue;
            from = Math.max(from, at + stop.length());
        }
        for (DateRange d : a.dates()) if (d.end() > from && d.end() <= first.start()) from = d.end();
        while (from < first.start() && " ，,）)】」』、：:".indexOf(t.charAt(from)) >= 0) from++;
        if (first.start() - from < 2) return null;
        return a.text(from, last.end()).strip();
    }

    // ---------------------------------------------------------------- English

    /**
     * English sentences carry more than one event ("…during their meeting in San Francisco, the
     * two countries launched … via video conference on January 12"): each date goes with the
     * meeting word nearest to it, together with the words coordinated with that one by "and".
     */
    private List<Meeting> english(Article a, Sentence s) {
        List<DateRange> dates = datesIn(a, s.start(), s.end());
        if (dates.isEmpty()) return List.of();
        List<Trigger> triggers = triggers(a, s, enKinds, true);
        if (triggers.isEmpty()) return List.of();
        String t = a.simplified();
        List<List<Trigger>> groups = new ArrayList<>();
        for (Trigger tr : triggers) {
            if (!groups.isEmpty()) {
                List<Trigger> g = groups.get(groups.size() - 1);
                String between = t.substring(g.get(g.size() - 1).end(), tr.start());
                if (startsWithConjunction(between) || between.isBlank()) { g.add(tr); continue; }
            }
            groups.add(new ArrayList<>(List.of(tr)));
        }
        List<Meeting> out = new ArrayList<>();
        java.util.Set<List<Trigger>> used = new java.util.HashSet<>();
        for (DateRange date : dates) {
            List<Trigger> best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (List<Trigger> g : groups) {
                int d = distance(date.start(), date.end(), g.get(0).start(), g.get(g.size() - 1).end());
                if (d < bestDistance) { best = g; bestDistance = d; }
            }
            if (best == null || bestDistance > EN_DATE_REACH || !used.add(best)) continue;
            int spanStart = Math.min(date.start(), best.get(0).start());
            int spanEnd = Math.min(s.end(), Math.max(date.end(), best.get(best.size() - 1).end()) + EN_DATE_REACH);
            for (Trigger tr : best) {
                Meeting m = new Meeting(tr.kind(), date);
                m.location(MeetingPlace.inEnglish(a, spanStart, spanEnd));
                String name = englishName(a, s.start(), tr);
                if (name != null) m.addName("en", name);
                Matcher om = EN_ORDINAL.matcher(t.substring(Math.max(s.start(), tr.start() - 12), tr.start()));
                if (om.find()) m.ordinal(EN_ORDINALS.indexOf(om.group(1).toLowerCase(Locale.ROOT)) + 1);
                setCommon(a, spanStart, spanEnd, m);
                if (m.location() == null) m.location(places.copCity(a, s));
                m = withDuration(t.substring(s.start(), s.end()), m);
                // The body a meeting belongs to is named anywhere in the sentence ("launched the … Working Group … via video conference").
                setCommon(a, s.start(), s.end(), m);
                addRoles(a, s, s.start(), s.end(), m, false);
                m.evidence().add(a.evidence(s, "meeting-en", 0.75));
                out.add(m);
            }
        }
        return out;
    }

    /** "concluded a two-day meeting" on the 19th began on the 18th; "opened a three-day forum" ends two days later. */
    private static Meeting withDuration(String sentence, Meeting m) {
        Matcher d = DURATION.matcher(sentence);
        if (!d.find() || !m.dates().singleDay()) return m;
        int days = List.of("one", "two", "three", "four", "five").indexOf(d.group(2).toLowerCase(Locale.ROOT)) + 1;
        if (days <= 1) return m;
        DateRange r = m.dates();
        DateRange wider = d.group(1).matches("(?i)concluded|closed|ended|wrapped up")
                ? new DateRange(r.first().minusDays(days - 1), r.last(), r.start(), r.end(), r.yearStated())
                : new DateRange(r.first(), r.last().plusDays(days - 1), r.start(), r.end(), r.yearStated());
        Meeting w = new Meeting(m.kind(), wider);
        w.absorb(m);
        return w;
    }

    private static int distance(int s1, int e1, int s2, int e2) {
        if (e1 <= s2) return s2 - e1;
        if (e2 <= s1) return s1 - e2;
        return 0;
    }

    private boolean namesKind(Article a, Sentence s, String kind) {
        if (s.lang() != Sentence.Lang.ZH || kind.equals("Meeting")) return false;
        String t = a.simplified().substring(s.start(), s.end());
        for (Map.Entry<String, String> k : zhKinds.entrySet())
            if (k.getValue().equals(kind) && k.getKey().length() >= 2 && t.contains(k.getKey())) return true;
        return false;
    }

    private void hostOnly(Article a, Sentence s, Meeting m) {
        String span = a.simplified().substring(s.start(), s.end());
        for (String cue : hostZh) {
            int at = span.indexOf(cue);
            if (at < 0) continue;
            Mention host = lastActorBefore(a, s.start(), s.start() + at);
            if (host != null) m.host(host.entityKey(), a.evidence(s, "meeting-host", 0.7));
            return;
        }
    }


    private static String englishName(Article a, int sentenceStart, Trigger tr) {
        String body = a.body().text();
        int from = tr.start();
        int words = 0;
        while (from > sentenceStart) {
            int ws = from - 1;
            while (ws > sentenceStart && body.charAt(ws - 1) == ' ') ws--;
            int we = ws;
            while (ws > sentenceStart && body.charAt(ws - 1) != ' ' && body.charAt(ws - 1) != ',') ws--;
            String w = body.substring(ws, we);
            if (w.isEmpty() || !(Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)) || w.equals("on") || w.equals("for"))) break;
            from = ws;
            words++;
        }
        if (words < 1) return null;
        String name = body.substring(from, tr.end()).strip();
        return name.length() > tr.end() - tr.start() + 2 ? name : null;
    }

    // ---------------------------------------------------------------- shared

    private List<Trigger> triggers(Article a, Sentence s, Map<String, String> kinds, boolean latin) {
        String t = a.simplified().substring(s.start(), s.end());
        String hay = latin ? t.toLowerCase(Locale.ROOT) : t;
        List<Trigger> out = new ArrayList<>();
        boolean[] used = new boolean[t.length()];
        for (Map.Entry<String, String> k : kinds.entrySet()) {
            for (int i = hay.indexOf(k.getKey()); i >= 0; i = hay.indexOf(k.getKey(), i + 1)) {
                int e = i + k.getKey().length();
                if (latin && ((i > 0 && Character.isLetter(hay.charAt(i - 1))) || (e < hay.length() && Character.isLetter(hay.charAt(e))))) {
                    if (!(e < hay.length() && hay.charAt(e) == 's' && (e + 1 == hay.length() || !Character.isLetter(hay.charAt(e + 1))))) continue;
                }
                boolean clash = false;
                for (int x = i; x < e; x++) clash |= used[x];
                if (clash || insideNamedThing(a, s.start() + i, s.start() + e)) continue;
                for (int x = i; x < e; x++) used[x] = true;
                out.add(new Trigger(s.start() + i, s.start() + e, k.getValue()));
            }
        }
        out.sort((x, y) -> x.start() - y.start());
        return out;
    }

    /** 缔约方大会 inside a COP session's name, 会议 inside an organisation's, 大会 in 人民大会堂, is not a meeting of this article's. */
    private static boolean insideNamedThing(Article a, int s, int e) {
        for (Mention m : a.mentions()) {
            EntityType f = m.type().family();
            // A standing dialogue's own name (中欧环境与气候高层对话) does name its meetings.
            if (m.type() == EntityType.WORKING_GROUP) continue;
            if (m.start() <= s && m.end() >= e && (f == EntityType.COP_SESSION || f == EntityType.AGREEMENT || f == EntityType.ORGANIZATION || f == EntityType.PLACE))
                return true;
        }
        return false;
    }

    /** The distinct dates in a span: 今日（三月十二日） is one date written twice. */
    private static List<DateRange> datesIn(Article a, int start, int end) {
        List<DateRange> out = new ArrayList<>();
        for (DateRange d : a.dates()) {
            if (d.start() < start || d.end() > end) continue;
            if (out.stream().noneMatch(o -> o.first().equals(d.first()) && o.last().equals(d.last()))) out.add(d);
        }
        return out;
    }

    private boolean endsWithMeetingWord(String text) {
        for (String k : zhKinds.keySet()) if (text.endsWith(k)) return true;
        return false;
    }


    private static boolean containsAny(String text, List<String> cues) {
        for (String c : cues) if (text.contains(c)) return true;
        return false;
    }



    private void setCommon(Article a, int start, int end, Meeting m) {
        String span = a.simplified().substring(start, end);
        String lower = span.toLowerCase(Locale.ROOT);
        for (String o : onlineLowerCase) if (lower.contains(o)) m.online(true);
        if (Boolean.TRUE.equals(m.online())) m.clearLocation();
        for (Mention wg : Clauses.mentions(a, start, end, EntityType.ORGANIZATION))
            if (wg.type() == EntityType.WORKING_GROUP) {
                m.meetingOf(wg.entityKey());
                m.refineKind("WorkingGroupMeeting");
            }
    }

    /** Participants, co-chairs and hosts a span states for a meeting. */
    private void addRoles(Article a, Sentence s, int start, int end, Meeting m, boolean anaphoric) {
        String t = a.simplified();
        if (anaphoric && s.lang() == Sentence.Lang.EN) {
            // "…came from Christiana Figueres, …, who took over from Yvo de Boer": a relative clause describes, it does not attend.
            Matcher rel = RELATIVE_CLAUSE.matcher(t).region(start, end);
            if (rel.find()) end = rel.start();
        }
        Evidence said = a.evidence(s, anaphoric ? "meeting-reference" : s.lang() == Sentence.Lang.ZH ? "meeting-zh" : "meeting-en",
                anaphoric ? 0.7 : 0.8);
        for (Mention p : Clauses.mentions(a, start, end, EntityType.PERSON))
            if (!insideTitle(t, p)) m.participant(p.entityKey(), said);
        // The sides (中美, 中方, 美方) take part; a country or body named only in someone's title does not.
        for (Mention c : Clauses.mentions(a, start, end, EntityType.PLACE)) {
            if (c.type() != EntityType.COUNTRY || c.entityKey().equals(m.location())) continue;
            boolean side = c.source().contains("abbreviation") || a.text(c.start(), c.end()).endsWith("方");
            if (side) m.participant(c.entityKey(), said);
        }
        String span = t.substring(start, end);
        String lower = span.toLowerCase(Locale.ROOT);
        if (BOTH_SIDES_IN_SPAN.in(span).find()) bothSides(a, m, said);
        if (s.lang() == Sentence.Lang.ZH) {
            for (String cue : coChairZh) {
                int at = span.indexOf(cue);
                if (at < 0) continue;
                List<Mention> before = Clauses.mentions(a, start, start + at, EntityType.PERSON);
                List<int[]> clauses = Clauses.of(a, s);
                int[] clause = Clauses.clauseAt(clauses, start + at);
                int from = clause[0];
                // 王岐山、戴秉国作为…，与希拉里·克林顿…共同主持: a clause opening with 与 continues the one before.
                for (int c = clauses.indexOf(clause); c > 0 && "与和同并跟".indexOf(t.charAt(clauses.get(c)[0])) >= 0; c--)
                    from = clauses.get(c - 1)[0];
                for (Mention p : before) if (p.start() >= from && !insideTitle(t, p)) m.coChair(p.entityKey(), said);
                break;
            }
            for (String cue : hostZh) {
                int at = span.indexOf(cue);
                if (at < 0) continue;
                Mention host = lastActorBefore(a, start, start + at);
                if (host != null) m.host(host.entityKey(), said);
                break;
            }
        } else {
            for (String cue : coChairEn) {
                int at = lower.indexOf(cue);
                if (at < 0) continue;
                boolean passive = cue.endsWith(" by");
                List<Mention> ps = passive ? Clauses.mentions(a, start + at, end, EntityType.PERSON)
                        : Clauses.mentions(a, start, start + at, EntityType.PERSON);
                for (Mention p : ps) m.coChair(p.entityKey(), said);
                break;
            }
            int hosted = lower.indexOf(" hosted");
            if (hosted >= 0) {
                if (lower.startsWith(" hosted by ", hosted)) {
                    for (Mention x : Clauses.mentions(a, start + hosted, end, null))
                        if (isActor(x)) { m.host(x.entityKey(), said); break; }
                } else {
                    Mention host = lastActorBefore(a, start, start + hosted + 1);
                    if (host != null && start + hosted - host.end() <= 1) m.host(host.entityKey(), said);
                }
            }
        }
    }

    /** 会上 but not 大会上: "the conference" is the COP, not the meeting just named. */
    private static boolean containsNotAfter大(String t, String cue) {
        for (int i = t.indexOf(cue); i >= 0; i = t.indexOf(cue, i + 1))
            if (i == 0 || t.charAt(i - 1) != '大' || cue.startsWith("大")) return true;
        return false;
    }

    /** 习近平主席特别代表丁薛祥: a name that is part of someone else's title does not take part. */
    private static boolean insideTitle(String t, Mention p) {
        return TITLE_OF_ANOTHER.matcher(t).region(p.end(), Math.min(t.length(), p.end() + 10)).lookingAt();
    }

    /** 双方, both sides: the two countries the meeting's people belong to, when that is exactly two. */
    private void bothSides(Article a, Meeting m, Evidence said) {
        java.util.Set<String> countries = new java.util.TreeSet<>();
        for (String p : m.participants()) {
            org.cdkg.document.Entity e = a.entities().get(p);
            if (e == null || e.type().family() != EntityType.PERSON || servesInternationalBody(e)) continue;
            if (e.facts().get("country") instanceof String c) countries.add(c);
        }
        if (countries.size() != 2) return;
        for (String c : countries) {
            if (gazetteer.byId(c) == null) return;
            a.entities().computeIfAbsent(c, k -> org.cdkg.recognise.EntityRecognizer.fromEntry(gazetteer.byId(k)));
            m.participant(c, said);
        }
    }

    /** A UN official's nationality is not the side they speak for. */
    private static boolean servesInternationalBody(org.cdkg.document.Entity e) {
        if (!(e.facts().get("positions") instanceof List<?> ps)) return false;
        for (Object p : ps)
            if (p instanceof Map<?, ?> pm && INTERNATIONAL_POST.matcher(String.valueOf(pm.get("en"))).find() && pm.get("to") == null) return true;
        return false;
    }

    private static boolean isActor(Mention x) {
        return x.type() == EntityType.COUNTRY || x.type().family() == EntityType.ORGANIZATION;
    }

    private static Mention lastActorBefore(Article a, int start, int end) {
        Mention found = null;
        for (Mention x : Clauses.mentions(a, start, end, null)) if (isActor(x)) found = x;
        return found;
    }

    /** Whether a sentence without a date of its own speaks about the meeting just introduced. */
    private boolean refersBack(Article a, Sentence s, Meeting last) {
        String t = a.simplified().substring(s.start(), s.end());
        String lower = t.toLowerCase(Locale.ROOT);
        // 双方回顾了…去年…会晤时…: a sentence looking back at another event is background.
        for (String b : backgroundLowerCase) if (lower.contains(b)) return false;
        for (FoundAnywhere b : backgroundPatterns) if (b.in(t)) return false;
        if (s.lang() == Sentence.Lang.ZH) {
            for (String cue : zhAnaphora) if (containsNotAfter大(t, cue)) return true;
            // 对话由…主持, 此次论坛, 磋商期间, 出席峰会: any meeting word used as the meeting just named.
            for (Map.Entry<String, String> k : zhKinds.entrySet()) {
                // 此次会谈 refers to talks; 在大会上 to a conference (the COP), not to the talks just named.
                if (k.getKey().length() < 2 || !(k.getValue().equals(last.kind()) || k.getValue().equals("Meeting"))) continue;
                for (String form : anaphoricForms.get(k.getKey())) if (containsNotAfter大(t, form)) return true;
            }
            return false;
        }
        for (String cue : enAnaphora) if (lower.contains(cue)) return true;
        // "… also took part in the discussions": attending, in a sentence with no date of its own.
        for (String cue : attendanceEn) if (lower.contains(cue)) return true;
        for (String cue : attendanceEn) if (lower.contains(cue + " the meeting")) return true;
        return false;
    }

}
