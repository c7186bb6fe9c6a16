package org.cdkg.relate;

import org.cdkg.document.Article;
import org.cdkg.document.DateRange;
import org.cdkg.document.Entity;
import org.cdkg.document.EntityType;
import org.cdkg.document.Evidence;
import org.cdkg.document.FoundAnywhere;
import org.cdkg.document.Meeting;
import org.cdkg.document.Mention;
import org.cdkg.document.Sentence;
import org.cdkg.recognise.ChineseNumber;
import org.cdkg.recognise.EntityRecognizer;
import org.cdkg.recognise.Gazetteer;
import org.cdkg.relate.rules.MeetingRules;
import org.cdkg.relate.rules.TitleRules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the meetings of an article as frames: a meeting word (the trigger, {@link MeetingTriggers})
 * with its arguments by role: the date of its clause, the place ({@link MeetingPlace}), the body
 * it is a meeting of, its own name and number, and the chairs, participants and hosts its role
 * words give ({@link RoleCues}). A later sentence that refers back to the meeting (会上, the
 * meeting) adds roles to it. A meeting word with no date makes an undated meeting only when the
 * text says who met or whose meeting it was. Which frames are one meeting is decided afterwards,
 * by {@link MeetingIdentity}.
 */
final class MeetingFrames {
    /** How far (characters) an English date may stand from the meeting word it dates. */
    private static final int EN_DATE_REACH = 100;
    /** How far after a role word its object starts (举办COP28, hosting the COP 28). */
    private static final int OBJECT_REACH = 16;
    /** The rule of the evidence a sentence gives for the meeting it refers back to (会上, the meeting): later steps look for it. */
    static final String REFERENCE = "meeting-reference";
    /** The rule of a participant read from a list of attendees (出席会议的有：…). */
    static final String ATTENDEE_LIST = "attendee-list";
    private static final String SPEAKER_AFTER_TALKS = "speaker-after-talks";

    /** One language's parts, built from its pack. */
    private static final class Language {
        final MeetingRules rules;
        final boolean latin;
        final MeetingTriggers triggers;
        final RoleCues cues;
        final MeetingPlace place;
        final List<Pattern> anaphora, ordinals, besideEarlier;
        final List<FoundAnywhere> backgroundPatterns, attendeeHeaders;
        final List<String> background, bothSides, continuation, nameStops, online, genericKinds, anaphoraForms, internationalPosts, contextAfter, separately;
        final List<MeetingRules.Duration> durations;
        /** Kinds named by words said of people (talks, a visit, a call): what people did rather than what the meeting was called. */
        final java.util.Set<String> verbalKinds = new java.util.HashSet<>();
        final Map<String, Integer> earlierMeetings;

        Language(MeetingRules r, TitleRules titles, Gazetteer gazetteer, boolean latin) {
            rules = r;
            this.latin = latin;
            triggers = new MeetingTriggers(r, latin);
            java.util.Set<String> titleWords = new java.util.HashSet<>();
            for (String w : titles.heads()) titleWords.add(w.toLowerCase(Locale.ROOT));
            for (String w : titles.lowerCaseWords()) titleWords.add(w.toLowerCase(Locale.ROOT));
            cues = new RoleCues(r, titleWords, java.util.Set.copyOf(titles.honorifics()), latin);
            place = new MeetingPlace(gazetteer, r, latin);
            anaphora = MeetingRules.compile(r.anaphora());
            ordinals = MeetingRules.compile(r.ordinals());
            besideEarlier = MeetingRules.compile(r.besideEarlier());
            backgroundPatterns = MeetingRules.found(r.backgroundPatterns());
            attendeeHeaders = MeetingRules.found(r.attendeeHeaders());
            background = lower(r.background());
            bothSides = lower(r.bothSides());
            continuation = lower(r.continuation());
            nameStops = r.nameStops();
            online = lower(r.online());
            genericKinds = r.generalKinds();
            durations = r.durations();
            earlierMeetings = r.earlierMeetings();
            anaphoraForms = lower(r.anaphoraForms());
            internationalPosts = r.internationalPosts();
            contextAfter = r.contextAfter();
            separately = lower(r.separately());
            for (MeetingRules.KindWords k : r.kinds()) if (k.governs() != MeetingRules.Governs.NONE) verbalKinds.add(k.kind());
        }

        private static List<String> lower(List<String> l) {
            return l.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
        }
    }

    private final Map<Sentence.Lang, Language> languages = new EnumMap<>(Sentence.Lang.class);
    private final Gazetteer gazetteer;

    MeetingFrames(Map<Sentence.Lang, MeetingRules> packs, Map<Sentence.Lang, TitleRules> titles, Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        packs.forEach((lang, r) -> languages.put(lang, new Language(r, titles.get(lang), gazetteer, lang == Sentence.Lang.EN)));
    }

    /** A frame under construction: the meeting, and the trigger that made it. */
    /** A frame under construction; {@code continues} is the frame of the same sentence it goes on with (周二再继续磋商), or null. */
    private record Frame(Meeting meeting, MeetingTriggers.Trigger trigger, List<MeetingTriggers.Trigger> group, Frame continues) {
        Frame(Meeting meeting, MeetingTriggers.Trigger trigger, List<MeetingTriggers.Trigger> group) {
            this(meeting, trigger, group, null);
        }
    }

    /** Every meeting frame of the article, in text order; reports of one meeting are not merged yet. */
    List<Meeting> find(Article a) {
        List<Meeting> found = new ArrayList<>();
        List<Meeting> lastGroup = List.of();
        // The visit just reported, and who made it: later talks with someone new are held during it.
        Meeting visit = null;
        Set<String> visitors = Set.of();
        // Frames from here on in found were reported after the last dated one.
        int datedUpTo = 0;
        boolean attendeeBlock = false;
        for (Sentence s : a.sentences()) {
            Language L = languages.get(s.lang());
            String text = a.simplified().substring(s.start(), s.end());
            // 出席会议的有： then one title and name per line: all of them attended the meeting just named.
            if (attendeeBlock && lastGroup.size() == 1 && text.indexOf('。') < 0 && text.length() <= 80) {
                for (Mention p : L.cues.people(a, s.start(), s.end())) lastGroup.get(0).participant(p.entityKey(), a.evidence(s, ATTENDEE_LIST, 0.8));
                continue;
            }
            attendeeBlock = L.attendeeHeaders.stream().anyMatch(h -> h.in(text));
            List<MeetingTriggers.Trigger> triggers = L.triggers.in(a, s);
            List<RoleCues.Cue> cues = L.cues.in(a, s, triggers);
            List<int[]> clauses = L.latin ? List.of(new int[]{s.start(), s.end()}) : Clauses.of(a, s);
            List<Frame> dated = dated(a, s, L, triggers, clauses);
            if (!dated.isEmpty()) {
                roles(a, s, L, clauses, triggers, cues, dated);
                for (Frame f : dated)
                    if (f.continues() != null && f.meeting().participants().stream().noneMatch(p -> p.startsWith("person/")))
                        for (String p : f.continues().meeting().participants()) f.meeting().participant(p, a.evidence(s, "meeting-continued", 0.7));
                List<Meeting> ms = dated.stream().map(Frame::meeting).toList();
                // "Yadav met Liu …; Yadav also met his Cuban counterpart …. The meetings took place on Wednesday":
                // a date said of the meetings just reported without one is theirs.
                List<Meeting> undatedBefore = new ArrayList<>(found.subList(datedUpTo, found.size()));
                undatedBefore.removeIf(Meeting::dated);
                if (ms.size() == 1 && !undatedBefore.isEmpty() && persons(ms.get(0)).isEmpty() && ms.get(0).names().isEmpty()
                        && namesThem(a, s, L, undatedBefore)) {
                    Meeting when = ms.get(0);
                    for (Meeting u : undatedBefore) {
                        u.dates(when.dates());
                        if (u.location() == null || u.location().startsWith("country/") && when.location() != null) u.replaceLocation(MeetingIdentity.morePrecise(u.location(), when.location()));
                        u.evidence().add(a.evidence(s, "meetings-dated-later", 0.7));
                    }
                    lastGroup = undatedBefore;
                    datedUpTo = found.size();
                    continue;
                }
                found.addAll(ms);
                datedUpTo = found.size();
                lastGroup = ms;
                // A visit of one day is the frame of the talks held during it; talks during a longer one are what it was for.
                if (partsOfOne(ms) && ms.get(0).kind().equals("Visit") && ms.get(0).dates().exact() && ms.get(0).dates().singleDay()) {
                    visit = ms.get(0);
                    visitors = persons(visit);
                } else if (visit != null && !allWithin(ms, visit)) {
                    // Talks on a day of the visit leave it going on; anything else ends it.
                    visit = null;
                    visitors = Set.of();
                }
                continue;
            }
            if (visit != null) {
                List<Meeting> parts = heldDuring(a, s, L, triggers, clauses, cues, visit, visitors);
                if (!parts.isEmpty()) {
                    found.addAll(parts);
                    lastGroup = parts;
                    continue;
                }
            }
            // 黄润秋表示… after 当天，习近平同卢拉举行会谈: the meeting a sentence goes on about is the one whose people speak in it.
            Meeting focus = spokenAbout(a, s, L, found);
            if (focus != null && !lastGroup.contains(focus)) lastGroup = List.of(focus);
            // 彭启明会晤圣克里斯多福公共建设部长及环境部长 … 梅纳强调…: talks that named one side only; who speaks next is the other.
            if (focus == null && lastGroup.size() == 1 && L.verbalKinds.contains(lastGroup.get(0).kind()) && !lastGroup.get(0).kind().equals("Visit")
                    && namedInReport(lastGroup.get(0)) == 1 && triggers.stream().noneMatch(tr -> L.verbalKinds.contains(tr.kind())) && !background(a, s, L))
                for (Mention p : L.cues.speakers(a, s.start(), s.end()))
                    lastGroup.get(0).participant(p.entityKey(), a.evidence(s, SPEAKER_AFTER_TALKS, 0.6));
            Integer earlier = earlierMeetings(L, text);
            if (earlier != null && found.size() >= earlier) {
                // 苏伟参加了上述两场会见: the last two (or three) meetings of the article.
                for (Meeting m : found.subList(found.size() - earlier, found.size()))
                    L.cues.fill(a, s, clauses, cues, cues, m, a.evidence(s, REFERENCE, 0.7));
                continue;
            }
            // 启动活动前，李干杰与德吕吉举行了工作会谈: another meeting, before the one just reported and on its day.
            List<Meeting> beside = besideEarlier(a, s, L, triggers, clauses, cues, lastGroup);
            if (!beside.isEmpty()) {
                found.addAll(beside);
                lastGroup = beside;
                continue;
            }
            if (lastGroup.size() > 1) {
                Meeting named = namedIn(a, s, L, lastGroup);
                if (named != null) lastGroup = List.of(named);
            }
            // The last meeting, or the parts of one meeting word's several dates (于8月14日和16日在…举行): one meeting to refer back to.
            boolean oneMeeting = partsOfOne(lastGroup);
            List<RoleCues.Cue> about = oneMeeting ? aboutMeeting(a, L, clauses, triggers, cues, lastGroup.get(0)) : cues;
            if (oneMeeting && !attendeeBlock && refersBack(a, s, L, about, lastGroup.get(0)) && !otherSession(a, L, triggers, lastGroup.get(0))) {
                // 会上，解振华表示…: whoever speaks at the meeting named again took part in it.
                List<Mention> speakers = namesMeetingAgain(a, s, L, lastGroup.get(0)) && !background(a, s, L) ? L.cues.speakers(a, s.start(), s.end()) : List.of();
                for (Meeting last : lastGroup) {
                    last.evidence().add(a.evidence(s, REFERENCE, 0.7));
                    L.cues.fill(a, s, clauses, cues, about, last, a.evidence(s, REFERENCE, 0.7));
                    for (Mention p : speakers) last.participant(p.entityKey(), a.evidence(s, "speaker-at-meeting", 0.65));
                    sides(a, s, new int[]{s.start(), s.end()}, last);
                    // "The meeting was hosted … at the Inkosi Albert Luthuli International Convention Centre": a later
                    // sentence about the meeting may give its place.
                    if (!Boolean.TRUE.equals(last.online())) last.replaceLocation(MeetingIdentity.morePrecise(last.location(), L.place.in(a, s.start(), s.end())));
                }
                continue;
            }
            if (attendeeBlock && lastGroup.size() == 1) {
                L.cues.fill(a, s, clauses, cues, cues, lastGroup.get(0), a.evidence(s, ATTENDEE_LIST, 0.8));
                continue;
            }
            List<Frame> undated = undated(a, s, L, triggers, clauses, cues);
            if (!undated.isEmpty()) {
                List<Meeting> ms = undated.stream().map(Frame::meeting).toList();
                found.addAll(ms);
                // 黄润秋欢迎谢展寰一行到访: an undated report between the same people is more of the meeting just named, which
                // later sentences still refer to.
                boolean more = lastGroup.size() == 1 && ms.size() == 1 && MeetingIdentity.sharePeople(lastGroup.get(0), ms.get(0), 2);
                if (!more) lastGroup = ms;
            }
        }
        return found;
    }

    // ---------------------------------------------------------------- frames with a date

    /** The frames of a sentence whose meeting words have a date: one per date and per coordinated meeting word. */
    private List<Frame> dated(Article a, Sentence s, Language L, List<MeetingTriggers.Trigger> triggers, List<int[]> clauses) {
        List<DateRange> dates = datesIn(a, s.start(), s.end());
        // ", the environment ministry said yesterday": a date right after a speech word dates the saying.
        dates.removeIf(d -> L.latin && saidOn(a, L, d));
        if (dates.isEmpty() || triggers.isEmpty()) return List.of();
        List<Frame> out = new ArrayList<>();
        if (L.latin) {
            List<List<MeetingTriggers.Trigger>> groups = groups(a, L, triggers, null);
            List<List<MeetingTriggers.Trigger>> of = new ArrayList<>();
            for (DateRange date : dates) {
                List<MeetingTriggers.Trigger> best = null;
                int bestDistance = Integer.MAX_VALUE;
                for (List<MeetingTriggers.Trigger> g : groups) {
                    int dist = distance(date.start(), date.end(), g.get(0).start(), g.get(g.size() - 1).end());
                    if (dist < bestDistance) { best = g; bestDistance = dist; }
                }
                // One meeting word and one date in a sentence belong together however far apart ("the 7th Ministerial …
                // convened by …, and hosted by the EU in Brussels, Belgium, on the 13th and 14th of July 2023").
                boolean only = groups.size() == 1 && dates.size() == 1;
                of.add(bestDistance > EN_DATE_REACH && !only ? null : best);
            }
            for (int d = 0; d < dates.size(); d++) {
                List<MeetingTriggers.Trigger> best = of.get(d);
                if (best == null) continue;
                DateRange date = dates.get(d);
                int placeFrom = Math.min(date.start(), best.get(0).start());
                int placeTo = Math.min(s.end(), Math.max(date.end(), best.get(best.size() - 1).end()) + EN_DATE_REACH);
                placeTo = Math.max(date.end(), L.place.clauseEnd(a, best.get(best.size() - 1).end(), placeTo));
                // "met in Beijing from July 16 to 19 and at Sunnylands from Nov. 4 to 7": when one meeting word has
                // several dates, each date has the place written just before it.
                int previous = -1, next = -1;
                for (int o = 0; o < dates.size(); o++) {
                    if (o == d || of.get(o) != best) continue;
                    if (o < d) previous = o;
                    else if (next < 0) next = o;
                }
                if (previous >= 0 || next >= 0) {
                    placeFrom = previous >= 0 ? dates.get(previous).end() : placeFrom;
                    placeTo = date.end();
                }
                for (MeetingTriggers.Trigger tr : best) out.add(frame(a, s, L, tr, best, date, s.start(), s.end(), placeFrom, placeTo));
            }
            return dedupe(out);
        }
        List<List<MeetingTriggers.Trigger>> groups = groups(a, L, triggers, clauses);
        for (List<MeetingTriggers.Trigger> group : groups) {
            int[] clause = Clauses.clauseAt(clauses, group.get(0).start());
            List<DateRange> own = datesIn(a, clause[0], clause[1]);
            if (own.isEmpty()) {
                // …会议在内罗毕举行，…孙金龙出席会议: a bare 会议 after a meeting of the sentence is that meeting again.
                if (!out.isEmpty() && group.stream().allMatch(tr -> tr.kind().equals("Meeting"))) continue;
                DateRange leading = dateClauseBefore(a, clauses, clause, dates);
                if (leading != null) own = List.of(leading);
            }
            own = listedDays(a, own);
            for (int d = 0; d < own.size(); d++) {
                DateRange date = own.get(d);
                int placeFrom = own.size() > 1 ? date.end() : clause[0];
                int placeTo = own.size() > 1 && d + 1 < own.size() ? own.get(d + 1).start() : clause[1];
                // "3月4—5日在布鲁塞尔、6月10—11日在北京": each date has the place after it; where one has none, the clause's.
                if (own.size() > 1 && L.place.in(a, placeFrom, placeTo) == null) { placeFrom = clause[0]; placeTo = clause[1]; }
                String kind = kindOf(a, L, group);
                Frame f = frame(a, s, L, group.get(0), group, date, clause[0], clause[1], placeFrom, placeTo);
                // 周二再继续磋商: a continuation is more of the meeting before it, whatever word it uses.
                String before = a.simplified().substring(clause[0], group.get(0).start()).toLowerCase(Locale.ROOT);
                Frame previous = out.isEmpty() ? null : out.get(out.size() - 1);
                if (previous != null && L.continuation.stream().anyMatch(before::contains)) {
                    kind = previous.meeting().kind();
                    if (f.meeting().location() == null) f.meeting().location(previous.meeting().location());
                    f = new Frame(f.meeting(), f.trigger(), f.group(), previous);
                }
                f.meeting().kind(kind);
                out.add(f);
            }
        }
        return out;
    }

    /** Meeting words that name one meeting: the coordinated ones (论坛和圆桌会) each name their own; others in one clause name one. */
    private static List<List<MeetingTriggers.Trigger>> groups(Article a, Language L, List<MeetingTriggers.Trigger> triggers, List<int[]> clauses) {
        String t = a.simplified();
        List<List<MeetingTriggers.Trigger>> out = new ArrayList<>();
        if (clauses == null) {
            // English: words joined by "and" (or nothing) name meetings held together.
            for (MeetingTriggers.Trigger tr : triggers) {
                if (!out.isEmpty()) {
                    List<MeetingTriggers.Trigger> g = out.get(out.size() - 1);
                    String between = t.substring(g.get(g.size() - 1).end(), tr.start());
                    if (coordinated(L, between)) { g.add(tr); continue; }
                }
                out.add(new ArrayList<>(List.of(tr)));
            }
            return out;
        }
        int i = 0;
        while (i < triggers.size()) {
            int[] clause = Clauses.clauseAt(clauses, triggers.get(i).start());
            int j = i + 1;
            while (j < triggers.size() && triggers.get(j).start() < clause[1]
                    && !startsWithConjunction(L, t.substring(triggers.get(j - 1).end(), triggers.get(j).start()))) j++;
            out.add(new ArrayList<>(triggers.subList(i, j)));
            i = j;
        }
        return out;
    }

    /**
     * The most specific word of a group names the kind: 在大会场边…主持…峰会 is a summit, 来访…会谈
     * talks. A word that only sets the scene (在…峰会上会面, …期间) names it only when it is alone.
     */
    private static String kindOf(Article a, Language L, List<MeetingTriggers.Trigger> group) {
        String t = a.simplified();
        List<MeetingTriggers.Trigger> named = new ArrayList<>();
        for (MeetingTriggers.Trigger g : group) {
            boolean scene = false;
            for (String c : L.contextAfter) scene |= t.startsWith(c, g.end());
            if (!scene) named.add(g);
        }
        if (named.isEmpty()) named = group;
        String kind = named.get(0).kind();
        for (MeetingTriggers.Trigger g : named)
            if (L.genericKinds.contains(kind) && (!L.genericKinds.contains(g.kind()) || L.genericKinds.indexOf(g.kind()) < L.genericKinds.indexOf(kind))) kind = g.kind();
        return kind;
    }

    private Frame frame(Article a, Sentence s, Language L, MeetingTriggers.Trigger tr, List<MeetingTriggers.Trigger> group,
                        DateRange date, int spanStart, int spanEnd, int placeFrom, int placeTo) {
        Meeting m = new Meeting(tr.kind(), date);
        String t = a.simplified();
        m.location(L.place.in(a, placeFrom, placeTo));
        MeetingTriggers.Trigger first = group.get(0), last = group.get(group.size() - 1);
        // 会谈, met are what people do, not names; 论坛, the Forum carry the meeting's name before them.
        String name = tr.verbal() ? null : L.latin ? englishName(a, L, s.start(), tr) : nameBefore(a, L, spanStart, first, last);
        if (name != null) {
            m.addName(EntityRecognizer.lang(name), name);
            int nameStart = (L.latin ? tr.end() : last.end()) - name.length();
            // 中美…论坛, the China-U.S. … Forum: the sides its name gives take part.
            for (Mention side : Clauses.mentions(a, nameStart, L.latin ? tr.start() : first.start(), null))
                if ((side.type() == EntityType.COUNTRY || side.type().family() == EntityType.ORGANIZATION && side.type() != EntityType.WORKING_GROUP)
                        && !side.source().equals("gazetteer-parent"))
                    m.participant(side.entityKey(), a.evidence(s, L.latin ? "meeting-en" : "meeting-zh", 0.8));
        }
        Integer n = ordinalBefore(a, L, L.latin ? Math.max(s.start(), tr.start() - 40) : spanStart, L.latin ? tr.start() : first.start());
        if (n != null) m.ordinal(n);
        common(a, L, spanStart, spanEnd, m);
        if (L.latin) common(a, L, s.start(), s.end(), m);
        if (m.location() == null && !Boolean.TRUE.equals(m.online())) m.location(L.place.copCity(a, s));
        if (m.location() == null && !Boolean.TRUE.equals(m.online()) && group.stream().anyMatch(g -> g.kind().equals("Visit")))
            m.location(L.place.destination(a, spanStart, spanEnd));
        if (date != null) duration(a, L, s, m);
        m.evidence().add(a.evidence(s, L.latin ? "meeting-en" : "meeting-zh", L.latin ? 0.75 : 0.8));
        return new Frame(m, tr, group);
    }

    private static boolean insideDate(Article a, int start, int end) {
        for (DateRange d : a.dates()) if (d.start() <= start && d.end() >= end) return true;
        return false;
    }

    private static boolean insideName(Article a, int start, int end) {
        for (Mention m : a.mentions()) {
            EntityType f = m.type().family();
            if ((f == EntityType.COP_SESSION || f == EntityType.AGREEMENT) && m.start() <= start && m.end() >= end) return true;
        }
        return false;
    }

    private static Integer number(Language L, String n) {
        String digits = n.replaceAll("(?i)(st|nd|rd|th)$", "");
        if (digits.chars().allMatch(Character::isDigit) && !digits.isEmpty()) return Integer.parseInt(digits);
        Integer w = L.rules.numberWords().get(n.toLowerCase(Locale.ROOT));
        if (w != null) return w;
        try {
            return ChineseNumber.parse(n);
        } catch (RuntimeException notANumber) {
            return null;
        }
    }

    /** "concluded a two-day meeting" on the 19th began on the 18th; 为期两天 from the 4th ends on the 5th. */
    private static void duration(Article a, Language L, Sentence s, Meeting m) {
        if (!m.dates().singleDay() || !m.dates().exact()) return;
        String sentence = a.simplified().substring(s.start(), s.end());
        for (MeetingRules.Duration d : L.durations) {
            Matcher x = d.compiled().matcher(sentence);
            if (!x.find()) continue;
            Integer days = number(L, x.group("days"));
            if (days == null || days <= 1) return;
            DateRange r = m.dates();
            m.dates(d.anchor() == MeetingRules.Anchor.END ? r.withDays(r.first().minusDays(days - 1), r.last()) : r.withDays(r.first(), r.last().plusDays(days - 1)));
            return;
        }
    }

    private static List<Frame> dedupe(List<Frame> frames) {
        List<Frame> out = new ArrayList<>();
        for (Frame f : frames)
            if (out.stream().noneMatch(o -> o.trigger() == f.trigger() && o.meeting().dates().equals(f.meeting().dates()))) out.add(f);
        return out;
    }

    /** Gives each frame of a sentence the roles of the role words nearest its meeting word. */
    private void roles(Article a, Sentence s, Language L, List<int[]> clauses, List<MeetingTriggers.Trigger> triggers, List<RoleCues.Cue> cues, List<Frame> frames) {
        String rule = L.latin ? "meeting-en" : "meeting-zh";
        for (RoleCues.Cue c : cues) {
            int[] clauseOfCue = Clauses.clauseAt(clauses, c.start());
            // 离沪前又与韩正进行了视频会见: a clause with a meeting word of its own that made no meeting gives no one to the others.
            boolean ownMeeting = !L.latin && triggers.stream().anyMatch(tr -> Clauses.clauseAt(clauses, tr.start()) == clauseOfCue
                    && !tr.kind().equals("Meeting") && frames.stream().noneMatch(f -> f.group().contains(tr)));
            boolean framed = !L.latin && frames.stream().anyMatch(f -> f.group().stream().anyMatch(tr -> Clauses.clauseAt(clauses, tr.start()) == clauseOfCue));
            if (ownMeeting && !framed) continue;
            MeetingTriggers.Trigger nearest = null;
            int best = Integer.MAX_VALUE;
            int[] cueClause = Clauses.clauseAt(clauses, c.start());
            for (Frame f : frames) {
                for (MeetingTriggers.Trigger tr : f.group()) {
                    int d = distance(c.start(), c.end(), tr.start(), tr.end());
                    if (d < best) { best = d; nearest = tr; }
                }
            }
            for (Frame f : frames) {
                // A role word in a clause with meeting words is all of theirs (出席了…论坛和…圆桌会); elsewhere, the nearest one's.
                boolean sameClause = !L.latin && f.group().stream().anyMatch(tr -> Clauses.clauseAt(clauses, tr.start()) == cueClause);
                boolean clauseHasMeeting = !L.latin && frames.stream().anyMatch(o -> o.group().stream().anyMatch(tr -> Clauses.clauseAt(clauses, tr.start()) == cueClause));
                if (clauseHasMeeting ? sameClause : f.group().contains(nearest)) L.cues.apply(a, s, clauses, cues, c, f.meeting(), a.evidence(s, rule, 0.8));
            }
        }
        for (Frame f : frames) {
            L.cues.patterns(a, s, f.meeting(), a.evidence(s, rule, 0.8));
            String span = a.simplified().substring(s.start(), s.end()).toLowerCase(Locale.ROOT);
            if (L.bothSides.stream().anyMatch(span::contains)) bothSides(a, L, f.meeting(), a.evidence(s, "both-sides", 0.7));
            int[] clause = L.latin ? new int[]{s.start(), s.end()} : Clauses.clauseAt(clauses, f.trigger().start());
            sides(a, s, clause, f.meeting());
        }
    }

    /**
     * The sides a sentence names take part: 中方, 美方 anywhere in it, and 中美 in the meeting
     * word's clause. A country named only in someone's title does not.
     */
    private static void sides(Article a, Sentence s, int[] clause, Meeting m) {
        for (Mention c : Clauses.mentions(a, s.start(), s.end(), EntityType.PLACE)) {
            if (c.type() != EntityType.COUNTRY || c.entityKey().equals(m.location())) continue;
            boolean side = a.text(c.start(), c.end()).endsWith("方")
                    || c.source().contains("abbreviation") && c.start() >= clause[0] && c.end() <= clause[1];
            if (side) m.participant(c.entityKey(), a.evidence(s, "meeting-side", 0.7));
        }
    }

    // ---------------------------------------------------------------- frames without a date

    /**
     * A meeting word with no date in its sentence makes an undated meeting only when the text says
     * who met (two or more people, or one person's visit to a place) or whose meeting it was (a
     * standing body, a numbered session), and the sentence is not about an earlier event.
     */
    private List<Frame> undated(Article a, Sentence s, Language L, List<MeetingTriggers.Trigger> triggers, List<int[]> clauses, List<RoleCues.Cue> cues) {
        if (triggers.isEmpty() || background(a, s, L)) return List.of();
        // 王毅、韩正分别会见克里: several meetings in one phrase, which cannot be told apart without their dates.
        String lower = a.simplified().substring(s.start(), s.end()).toLowerCase(Locale.ROOT);
        if (L.separately.stream().anyMatch(lower::contains)) return List.of();
        List<Frame> frames = new ArrayList<>();
        for (List<MeetingTriggers.Trigger> group : groups(a, L, triggers, L.latin ? null : clauses)) {
            int[] clause = L.latin ? new int[]{s.start(), s.end()} : Clauses.clauseAt(clauses, group.get(0).start());
            int placeTo = L.place.clauseEnd(a, group.get(group.size() - 1).end(), clause[1]);
            Frame f = frame(a, s, L, group.get(0), group, null, clause[0], clause[1], clause[0], placeTo);
            f.meeting().kind(kindOf(a, L, group));
            frames.add(f);
        }
        roles(a, s, L, clauses, triggers, cues, frames);
        List<Frame> out = new ArrayList<>();
        for (Frame f : frames) {
            Meeting m = f.meeting();
            long people = m.participants().stream().filter(p -> p.startsWith("person/")).count();
            boolean visit = m.kind().equals("Visit") && people >= 1 && m.location() != null;
            if (people >= 2 || visit || m.meetingOf() != null && people >= 1 || m.ordinal() != null && !m.names().isEmpty()) out.add(f);
        }
        return out;
    }

    private static boolean background(Article a, Sentence s, Language L) {
        String t = a.simplified().substring(s.start(), s.end());
        String lower = t.toLowerCase(Locale.ROOT);
        for (String b : L.background) if (lower.contains(b)) return true;
        for (FoundAnywhere b : L.backgroundPatterns) if (b.in(t)) return true;
        return false;
    }

    // ---------------------------------------------------------------- meetings during a visit

    /**
     * "At the meeting with Energy Minister Parviz Shahbazov, …" after "Hoekstra visited Azerbaijan on
     * 20 June": talks, a meal or a call with someone the visit had not named are a meeting of their
     * own, held during the visit by its visitors, on the visit's day.
     */
    private List<Meeting> heldDuring(Article a, Sentence s, Language L, List<MeetingTriggers.Trigger> triggers, List<int[]> clauses,
                                     List<RoleCues.Cue> cues, Meeting visit, Set<String> visitors) {
        if (triggers.isEmpty() || visitors.isEmpty() || background(a, s, L)) return List.of();
        List<Frame> frames = new ArrayList<>();
        for (List<MeetingTriggers.Trigger> group : groups(a, L, triggers, L.latin ? null : clauses)) {
            String kind = kindOf(a, L, group);
            if (!L.verbalKinds.contains(kind) || kind.equals(visit.kind())) continue;
            int[] clause = L.latin ? new int[]{s.start(), s.end()} : Clauses.clauseAt(clauses, group.get(0).start());
            Frame f = frame(a, s, L, group.get(0), group, null, clause[0], clause[1], clause[0], clause[1]);
            f.meeting().kind(kind);
            frames.add(f);
        }
        if (frames.isEmpty()) return List.of();
        roles(a, s, L, clauses, triggers, cues, frames);
        List<Meeting> out = new ArrayList<>();
        for (Frame f : frames) {
            Meeting m = f.meeting();
            Set<String> people = persons(m);
            if (people.isEmpty() || visit.participants().containsAll(people) || visitors.containsAll(people)) continue;
            Evidence said = a.evidence(s, "held-during-visit", 0.7);
            for (String v : visitors) m.participant(v, said);
            m.dates(visit.dates());
            if (m.location() == null && visit.location() != null && !visit.location().startsWith("country/")) m.location(visit.location());
            m.during(visit);
            out.add(m);
        }
        return out;
    }

    /** How many people the reports of a meeting named, less those who joined it only by speaking after it. */
    private static long namedInReport(Meeting m) {
        return persons(m).stream().filter(p -> {
            Evidence how = m.roleEvidence().get("participant|" + p);
            return how == null || !how.rule().equals(SPEAKER_AFTER_TALKS);
        }).count();
    }

    private static boolean allWithin(List<Meeting> ms, Meeting visit) {
        for (Meeting m : ms) if (!withinVisit(m, visit)) return false;
        return true;
    }

    private static boolean withinVisit(Meeting m, Meeting visit) {
        if (!m.dated() || !visit.dated() || !m.dates().exact() || !visit.dates().exact()) return false;
        return !m.dates().first().isBefore(visit.dates().first()) && !m.dates().last().isAfter(visit.dates().last());
    }

    private static Set<String> persons(Meeting m) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String p : m.participants()) if (p.startsWith("person/")) out.add(p);
        return out;
    }

    // ---------------------------------------------------------------- references back

    private List<Meeting> besideEarlier(Article a, Sentence s, Language L, List<MeetingTriggers.Trigger> triggers, List<int[]> clauses,
                                        List<RoleCues.Cue> cues, List<Meeting> lastGroup) {
        if (lastGroup.size() != 1 || triggers.isEmpty()) return List.of();
        Meeting earlier = lastGroup.get(0);
        if (!earlier.dated() || !earlier.dates().exact() || !earlier.dates().singleDay()) return List.of();
        String text = a.simplified().substring(s.start(), s.end());
        for (Pattern p : L.besideEarlier) {
            Matcher m = p.matcher(text);
            if (!m.find()) continue;
            // The event named before 前/后 is another meeting than the one the sentence reports, which comes after it.
            int refEnd = s.start() + m.end();
            String refKind = null;
            List<MeetingTriggers.Trigger> own = new ArrayList<>();
            for (MeetingTriggers.Trigger tr : triggers) {
                if (tr.end() <= refEnd) refKind = tr.kind();
                else if (tr.start() >= refEnd) own.add(tr);
            }
            if (refKind == null || own.isEmpty()) return List.of();
            for (MeetingTriggers.Trigger tr : own) if (tr.kind().equals(refKind)) return List.of();
            List<Frame> frames = undated(a, s, L, own, clauses, cues);
            List<Meeting> out = new ArrayList<>();
            for (Frame f : frames) {
                f.meeting().dates(earlier.dates());
                f.meeting().apartFrom(earlier);
                out.add(f.meeting());
            }
            return out;
        }
        return List.of();
    }

    /** The latest meeting found so far that someone speaking in the sentence took part in, or null. */
    private static Meeting spokenAbout(Article a, Sentence s, Language L, List<Meeting> found) {
        List<Mention> speakers = L.cues.speakers(a, s.start(), s.end());
        for (int i = found.size() - 1; i >= 0; i--)
            for (Mention p : speakers) if (found.get(i).participants().contains(p.entityKey())) return found.get(i);
        return null;
    }

    private static Integer earlierMeetings(Language L, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Integer> e : L.earlierMeetings.entrySet()) if (lower.contains(e.getKey().toLowerCase(Locale.ROOT))) return e.getValue();
        return null;
    }

    /**
     * The cues of a sentence that can be about the meeting just named: not those of a meeting word
     * of another kind (马克龙对华进行国事访问 after a dialogue), nor role words whose object is one
     * (将率团出席马德里大会).
     */
    private static List<RoleCues.Cue> aboutMeeting(Article a, Language L, List<int[]> clauses, List<MeetingTriggers.Trigger> triggers,
                                                   List<RoleCues.Cue> cues, Meeting last) {
        List<RoleCues.Cue> out = new ArrayList<>();
        for (RoleCues.Cue c : cues) {
            MeetingTriggers.Trigger of = null;
            if (c.fromTrigger()) {
                for (MeetingTriggers.Trigger tr : triggers) if (tr.start() == c.start()) of = tr;
            } else {
                int[] clause = Clauses.clauseAt(clauses, c.start());
                for (MeetingTriggers.Trigger tr : triggers)
                    if (tr.start() >= c.end() && tr.start() < clause[1] && (of == null || tr.start() < of.start())) of = tr;
                // 习近平向…领导人峰会发表致辞: a meeting word before a role word in its clause can be the word's object too.
                if (of == null && !L.latin)
                    for (MeetingTriggers.Trigger tr : triggers)
                        if (tr.end() <= c.start() && tr.start() >= clause[0] && (of == null || tr.start() > of.start())) of = tr;
            }
            // 支持阿联酋成功举办COP28: a role word whose object is a COP session is about that session.
            if (!c.fromTrigger()) {
                int[] clause = Clauses.clauseAt(clauses, c.start());
                int until = Math.min(of == null ? clause[1] : of.start(), c.end() + OBJECT_REACH);
                if (Clauses.mentions(a, c.end(), until, EntityType.COP_SESSION).size() > 0) continue;
            }
            // Talks during a visit are part of it; any other kind of meeting word names another meeting.
            boolean sameMeeting = of == null || of.kind().equals(last.kind()) || of.kind().equals("Meeting")
                    || L.verbalKinds.contains(of.kind()) && L.verbalKinds.contains(last.kind())
                    || namedBy(last, a.simplified().substring(of.start(), of.end()));
            if (!sameMeeting) continue;
            out.add(c);
        }
        return out;
    }

    /** Whether frames are the dates of one meeting word: one kind, one sentence, and no two names. */
    private static boolean partsOfOne(List<Meeting> group) {
        if (group.isEmpty()) return false;
        Meeting first = group.get(0);
        for (Meeting m : group) {
            if (!m.kind().equals(first.kind()) || m.evidence().get(0).start() != first.evidence().get(0).start()) return false;
            // 出席首次中英气候部长对话会，…出席首次中英环境部长对话会: two names are two meetings.
            if (m != first && MeetingIdentity.differentNames(first, m)) return false;
        }
        return true;
    }

    /** Of several meetings just reported, the one a sentence names (在…中英气候部长对话会上), or null. */
    private static Meeting namedIn(Article a, Sentence s, Language L, List<Meeting> group) {
        String text = org.cdkg.recognise.ChineseScript.simplified(a.simplified().substring(s.start(), s.end())).toLowerCase(Locale.ROOT);
        Meeting found = null;
        for (Meeting m : group)
            for (String n : m.names()) {
                String name = org.cdkg.recognise.ChineseScript.simplified(n.substring(n.indexOf('\u0000') + 1)).toLowerCase(Locale.ROOT);
                // 首次中英气候部长对话会 is named again as 中英气候部长对话会: its number is no part of what names it.
                for (Pattern o : L.ordinals) name = o.matcher(name).replaceAll("");
                if (name.length() >= 4 && text.contains(name)) {
                    if (found != null && found != m) return null;
                    found = m;
                }
            }
        return found;
    }

    /** 第29次…会议将由中国举办, after the 28th: a meeting word with another number names another session. */
    private static boolean otherSession(Article a, Language L, List<MeetingTriggers.Trigger> triggers, Meeting last) {
        if (last.ordinal() == null) return false;
        for (MeetingTriggers.Trigger tr : triggers) {
            Integer n = ordinalBefore(a, L, Math.max(0, tr.start() - 40), tr.start());
            if (n != null && !n.equals(last.ordinal())) return true;
        }
        return false;
    }

    /** The number written last before a meeting word ("the 30th", 第二十八次) in [from, to), outside other names; null if none. */
    private static Integer ordinalBefore(Article a, Language L, int from, int to) {
        if (from >= to) return null;
        String t = a.simplified();
        for (Pattern o : L.ordinals) {
            Matcher om = o.matcher(t).region(from, to);
            Integer n = null;
            // 第十五次 inside a COP session's or an agreement's name numbers that, not this meeting.
            // …第十五次 inside a COP's name, or "5th" of "Tuesday 5th September", numbers something else.
            while (om.find()) if (!insideName(a, om.start(), om.end()) && !insideDate(a, om.start(), om.end())) n = number(L, om.group("n"));
            if (n != null && n > 0) return n;
        }
        return null;
    }

    /** Whether a meeting word is part of the meeting's own name (对话 of 中法应对气候变化部长级对话). */
    private static boolean namedBy(Meeting m, String word) {
        for (String n : m.names()) if (org.cdkg.recognise.ChineseScript.simplified(n).toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    /**
     * Whether a sentence without a dated meeting of its own speaks about the meeting just
     * introduced: it refers to it (会上, the meeting, 此次对话, the summit) or says who chaired or
     * attended without naming another meeting, and it is not about an earlier event.
     */
    private static boolean refersBack(Article a, Sentence s, Language L, List<RoleCues.Cue> cues, Meeting last) {
        if (background(a, s, L)) return false;
        if (namesMeetingAgain(a, s, L, last)) return true;
        for (RoleCues.Cue c : cues) if (c.innerStart() < 0 && !c.role().equals("absent") && !isTrigger(c)) return true;
        return false;
    }

    /** Whether a sentence refers back to meetings of these kinds, or to meetings in general (the meetings, 上述会见). */
    private static boolean namesThem(Article a, Sentence s, Language L, List<Meeting> earlier) {
        String lower = a.simplified().substring(s.start(), s.end()).toLowerCase(Locale.ROOT);
        for (MeetingRules.KindWords k : L.rules.kinds()) {
            boolean theirs = k.kind().equals(L.genericKinds.get(0)) || earlier.stream().anyMatch(m -> m.kind().equals(k.kind()));
            if (!theirs) continue;
            for (String w : k.words()) {
                if (w.length() < 2) continue;
                for (String form : L.anaphoraForms)
                    if (lower.contains(form.replace("k", w.toLowerCase(Locale.ROOT)).replace("K", w.toLowerCase(Locale.ROOT)))) return true;
            }
        }
        return false;
    }

    /** Whether a sentence names the meeting just introduced again (会上, 此次对话, during the talks, the meeting). */
    private static boolean namesMeetingAgain(Article a, Sentence s, Language L, Meeting last) {
        String t = a.simplified().substring(s.start(), s.end()).strip();
        for (Pattern p : L.anaphora) if (p.matcher(t).find()) return true;
        String lower = t.toLowerCase(Locale.ROOT);
        for (MeetingRules.KindWords k : L.rules.kinds()) {
            if (!refersTo(L, k.kind(), last)) continue;
            for (String w : k.words()) {
                if (w.length() < 2) continue;
                for (String form : L.anaphoraForms) {
                    String f = form.replace("k", w.toLowerCase(Locale.ROOT)).replace("K", w.toLowerCase(Locale.ROOT));
                    int at = lower.indexOf(f);
                    // 在大会上 is the conference (a COP), not the talks just named.
                    if (at >= 0 && !(at > 0 && lower.charAt(at - 1) == '大' && !w.startsWith("大"))) return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a word of a kind can name the meeting just introduced again: its own kind's words can,
     * and general words (此次会议, the conference); but talks, calls and visits are called a meeting,
     * not a conference (在大会上 after 解振华会见斯特恩 is the COP).
     */
    private static boolean refersTo(Language L, String kind, Meeting last) {
        if (kind.equals(last.kind())) return true;
        if (!L.genericKinds.contains(kind) || kind.equals("Visit")) return false;
        return !L.verbalKinds.contains(last.kind()) || kind.equals(L.genericKinds.get(0));
    }

    private static boolean isTrigger(RoleCues.Cue c) {
        return c.fromTrigger();
    }

    // ---------------------------------------------------------------- parts of a frame

    /** 15日、16日, 8月14日和16日: days of one meeting word listed together, a week apart at most, are one range of it. */
    private static List<DateRange> listedDays(Article a, List<DateRange> dates) {
        List<DateRange> out = new ArrayList<>();
        for (DateRange d : dates) {
            DateRange prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && prev.exact() && d.exact() && !d.first().isAfter(prev.last().plusDays(7)) && d.first().isAfter(prev.last())
                    && a.simplified().substring(prev.end(), d.start()).strip().matches("[、,，和及与]?")) {
                out.set(out.size() - 1, new DateRange(prev.first(), d.last(), prev.start(), d.end(), prev.basis()));
                continue;
            }
            out.add(d);
        }
        return out;
    }

    private static boolean saidOn(Article a, Language L, DateRange d) {
        String before = a.simplified().substring(Math.max(0, d.start() - 24), d.start()).toLowerCase(Locale.ROOT).stripTrailing();
        if (before.endsWith(" on")) before = before.substring(0, before.length() - 3).stripTrailing();
        for (String v : L.rules.speechVerbs()) {
            String w = v.toLowerCase(Locale.ROOT);
            if (before.endsWith(" " + w) || before.equals(w)) return true;
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

    /**
     * A date that ends a clause before the meeting word's (2024年9月4日至6日，…; 当地时间5月15日，…;
     * 新华社格拉斯哥11月2日电…11月1日，…) dates the clauses after it.
     */
    private static DateRange dateClauseBefore(Article a, List<int[]> clauses, int[] clause, List<DateRange> dates) {
        DateRange found = null;
        for (int[] c : clauses) {
            if (c[0] >= clause[0]) break;
            for (DateRange d : dates) {
                if (d.start() < c[0] || d.end() > c[1] || c[1] - d.end() > 2) continue;
                // Only names before the date: the clause says when, not who did something else.
                boolean after = Clauses.mentions(a, d.end(), c[1], null).size() > 0;
                if (!after) found = d;
            }
        }
        return found;
    }

    private static boolean startsWithConjunction(Language L, String between) {
        String b = between.strip();
        for (String c : L.rules.coordinators()) if (b.startsWith(c)) return true;
        return false;
    }

    /** English: nothing, or one coordinator alone ("talks and consultations"), between two words of one meeting. */
    private static boolean coordinated(Language L, String between) {
        String b = between.strip().toLowerCase(Locale.ROOT);
        if (b.startsWith(",")) b = b.substring(1).strip();
        return b.isEmpty() || L.rules.coordinators().contains(b.replaceAll("\\s+", " "));
    }

    /** The meeting's own name: the words before the meeting word, back to a verb, preposition or date. */
    private static String nameBefore(Article a, Language L, int clauseStart, MeetingTriggers.Trigger first, MeetingTriggers.Trigger last) {
        String t = a.simplified();
        int from = clauseStart;
        for (String stop : L.nameStops) {
            int at = t.lastIndexOf(stop, first.start() - 1);
            if (at < clauseStart || at + stop.length() > first.start()) continue;
            // 巴西、南非、印度和中国…会议: a conjunction inside the name; 论坛和圆桌会: one between two names.
            if (Set.of("和", "与", "及", "、").contains(stop) && !endsWithMeetingWord(L, t.substring(clauseStart, at))) continue;
            from = Math.max(from, at + stop.length());
        }
        for (DateRange d : a.dates()) if (d.end() > from && d.end() <= first.start()) from = d.end();
        while (from < first.start() && " ，,）)】」』、：:".indexOf(t.charAt(from)) >= 0) from++;
        if (first.start() - from < 2) return null;
        return a.text(from, last.end()).strip();
    }

    private static boolean endsWithMeetingWord(Language L, String text) {
        for (MeetingRules.KindWords k : L.rules.kinds()) for (String w : k.words()) if (text.endsWith(w)) return true;
        return false;
    }

    private static String englishName(Article a, Language L, int sentenceStart, MeetingTriggers.Trigger tr) {
        String body = a.body().text();
        int from = tr.start();
        int words = 0;
        while (from > sentenceStart) {
            int ws = from - 1;
            while (ws > sentenceStart && body.charAt(ws - 1) == ' ') ws--;
            int we = ws;
            while (ws > sentenceStart && body.charAt(ws - 1) != ' ' && body.charAt(ws - 1) != ',') ws--;
            String w = body.substring(ws, we);
            if (L.nameStops.contains(w)) break;
            if (w.isEmpty() || !(Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)) || w.equals("on") || w.equals("for"))) break;
            from = ws;
            words++;
        }
        if (words < 1) return null;
        String name = body.substring(from, tr.end()).strip();
        // "Ministerial Meeting on Climate Change": a name goes on after its head in "on …" or "of …".
        Matcher tail = NAME_TAIL.matcher(body).region(tr.end(), Math.min(body.length(), tr.end() + 60));
        if (tail.lookingAt()) name = body.substring(from, tail.end()).strip();
        return name.length() > tr.end() - tr.start() + 2 ? name : null;
    }

    private static final Pattern NAME_TAIL = Pattern.compile(" (?:on|of) (?:the )?[A-Z][\\w.'’-]*(?: (?:(?:and|in|on|of|for|the) )*[A-Z0-9][\\w.'’-]*){0,10}");

    private static int distance(int s1, int e1, int s2, int e2) {
        if (e1 <= s2) return s2 - e1;
        if (e2 <= s1) return s1 - e2;
        return 0;
    }

    private static void common(Article a, Language L, int start, int end, Meeting m) {
        String lower = a.simplified().substring(start, end).toLowerCase(Locale.ROOT);
        for (String o : L.online) if (lower.contains(o)) m.online(true);
        if (Boolean.TRUE.equals(m.online())) m.clearLocation();
        for (Mention wg : Clauses.mentions(a, start, end, EntityType.ORGANIZATION))
            if (wg.type() == EntityType.WORKING_GROUP) {
                m.meetingOf(wg.entityKey());
                m.refineKind("WorkingGroupMeeting");
            }
    }

    /** 双方, both sides: the two countries the meeting's people belong to, when that is exactly two. */
    private void bothSides(Article a, Language L, Meeting m, Evidence said) {
        Set<String> countries = new TreeSet<>();
        for (String p : m.participants()) {
            Entity e = a.entities().get(p);
            if (e == null || e.type().family() != EntityType.PERSON || servesInternationalBody(L, e)) continue;
            if (e.facts().get("country") instanceof String c) countries.add(c);
        }
        if (countries.size() != 2) return;
        for (String c : countries) {
            if (gazetteer.byId(c) == null) return;
            a.entities().computeIfAbsent(c, k -> EntityRecognizer.fromEntry(gazetteer.byId(k)));
            m.participant(c, said);
        }
    }

    /** A UN official's nationality is not the side they speak for: a current post of the gazetteer's names an international body. */
    private static boolean servesInternationalBody(Language L, Entity e) {
        if (!(e.facts().get("positions") instanceof List<?> ps)) return false;
        String field = L.latin ? "en" : "zhHans";
        for (Object p : ps) {
            if (!(p instanceof Map<?, ?> pm) || pm.get("to") != null) continue;
            String title = String.valueOf(pm.get(field));
            for (String w : L.internationalPosts) if (L.latin ? Pattern.compile("\\b" + Pattern.quote(w) + "\\b").matcher(title).find() : title.contains(w)) return true;
        }
        return false;
    }
}
