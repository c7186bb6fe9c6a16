package org.cdkg.relate;

import org.cdkg.document.DateRange;
import org.cdkg.document.Meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Decides which meeting frames of one article are reports of the same meeting, and folds them
 * together. Frames are the same meeting when nothing about them conflicts (dates, place, body,
 * number, people) and something ties them: the same dates and kind, a day inside a longer meeting
 * of the same kind and place, consecutive days between the same people, the same numbered
 * session, the same people on the same day, or an undated report (a headline, "the talks during
 * the visit") right beside a dated one.
 */
final class MeetingIdentity {
    /** Kinds that say what people did rather than what the meeting was called: a named one beside them names the meeting. */
    private static final Set<String> VERBAL = Set.of("Talks", "Meeting", "Visit", "PhoneCall", "VideoCall");

    private MeetingIdentity() {}

    static List<Meeting> merge(List<Meeting> frames) {
        List<Meeting> out = new ArrayList<>();
        Meeting previous = null;
        for (Meeting m : frames) {
            Meeting same = null;
            for (Meeting o : out) {
                if (same(o, m, o == previous)) { same = o; break; }
            }
            if (same == null) {
                out.add(m);
                previous = m;
            } else {
                fold(same, m);
                previous = same;
            }
        }
        // A merge can tie two reports that neither tied alone (the headline's dialogue, its date, then the talks
        // that day): fold until nothing more is the same.
        boolean changed = true;
        while (changed) {
            changed = false;
            outer:
            for (int i = 0; i < out.size(); i++)
                for (int j = i + 1; j < out.size(); j++)
                    if (same(out.get(i), out.get(j), false)) {
                        fold(out.get(i), out.remove(j));
                        changed = true;
                        break outer;
                    }
        }
        return out;
    }

    private static void fold(Meeting into, Meeting m) {
        String kind = preferredKind(into, m);
        String place = morePrecise(into.location(), m.location());
        into.absorb(m);
        into.kind(kind);
        if (place != null && !Boolean.TRUE.equals(into.online())) into.replaceLocation(place);
    }

    /** Whether m reports the meeting o does; {@code adjacent} when o is the meeting reported just before m. */
    static boolean same(Meeting o, Meeting m, boolean adjacent) {
        // 首次中英气候部长对话会 and 首次中英环境部长对话会 the same day: two names, two meetings.
        if (differentNames(o, m)) return false;
        // Talks held during a visit are part of it, never the visit itself.
        if (o.heldDuring(m) || m.heldDuring(o) || o.keptApartFrom(m) || m.keptApartFrom(o)) return false;
        if (visitAndTalksWithOthers(o, m) || visitAndTalksWithOthers(m, o)) return false;
        // The 28th ministerial held on the 14th in Brasília and the 16th in São Paulo: a numbered session is one meeting, wherever its days were.
        if (numbered(o, m) && o.dated() && m.dated() && (within(o.dates(), m.dates()) || within(m.dates(), o.dates()) || o.dates().equals(m.dates()))
                && Objects.equals(o.meetingOf(), m.meetingOf())) return true;
        if (conflict(o, m)) return false;
        if (!o.dated() || !m.dated()) {
            // A headline without a date, or "期间，双方举行会谈" after a dated visit: one undated report beside a dated one.
            // Its people must all be the dated one's: 王毅、韩正…会见克里 is two meetings, not the first of them.
            Meeting undated = o.dated() ? m : o, dated = o.dated() ? o : m;
            if (sharePeople(o, m, 2) && kindsCompatible(o, m) && (!dated.dated() || peopleWithin(undated, dated))) return true;
            if (numbered(o, m) || o.meetingOf() != null && o.meetingOf().equals(m.meetingOf())) return true;
            // Beside it means reported next, and part of it: the talks of a visit, the roles of a multi-day meeting.
            boolean spans = o.dated() ? !o.dates().singleDay() : m.dated() && !m.dates().singleDay() || !o.dated() && !m.dated();
            return adjacent && spans && kindsCompatible(o, m);
        }
        // "Met Liu Zhenmin today," said in a quote (some day up to the article's), and Yadav meeting Liu on the 19th.
        if (o.dates().exact() != m.dates().exact()) {
            Meeting approximate = o.dates().exact() ? m : o, exact = o.dates().exact() ? o : m;
            return !exact.dates().last().isAfter(approximate.dates().last()) && kindsCompatible(o, m)
                    && sharePeople(o, m, 1) && peopleWithin(approximate, exact);
        }
        DateRange a = o.dates(), b = m.dates();
        boolean equal = a.first().equals(b.first()) && a.last().equals(b.last());
        if (equal) {
            if (strangers(o, m)) return false;
            if (kindsCompatible(o, m)) return true;
            // Talks and the dialogue they held, the same day between the same people; not a forum and a roundtable they attended.
            return sharePeople(o, m, 2) && (VERBAL.contains(o.kind()) || VERBAL.contains(m.kind()));
        }
        boolean nested = within(b, a) || within(a, b);
        if (nested && sameKind(o, m) && (samePlace(o, m) || sharePeople(o, m, 2) || numbered(o, m) || peopleless(o) || peopleless(m))) return true;
        return consecutive(a, b) && sameKind(o, m) && samePeople(o, m);
    }

    /** Whether both meetings have a name in one language and no name of one is part of a name of the other. */
    static boolean differentNames(Meeting o, Meeting m) {
        for (String lang : List.of("zh-Hans", "en")) {
            List<String> a = namesIn(o, lang), b = namesIn(m, lang);
            if (a.isEmpty() || b.isEmpty()) continue;
            for (String x : a) for (String y : b) if (x.contains(y) || y.contains(x)) return false;
            return true;
        }
        return false;
    }

    private static List<String> namesIn(Meeting m, String lang) {
        List<String> out = new ArrayList<>();
        for (String n : m.names()) {
            int cut = n.indexOf('\u0000');
            String l = n.substring(0, cut), name = n.substring(cut + 1);
            if (lang.equals("en") ? l.equals("en") : l.startsWith("zh")) out.add(org.cdkg.recognise.ChineseScript.simplified(name).toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }

    /** Different places, bodies, numbers or modes: never one meeting. */
    private static boolean conflict(Meeting o, Meeting m) {
        if (o.location() != null && m.location() != null && !o.location().equals(m.location())) {
            // A visit to a country and talks in one of its cities are not a conflict; the merge keeps the city.
            if (!(o.kind().equals("Visit") || m.kind().equals("Visit"))) return true;
        }
        if (o.meetingOf() != null && m.meetingOf() != null && !o.meetingOf().equals(m.meetingOf())) return true;
        if (o.ordinal() != null && m.ordinal() != null && !o.ordinal().equals(m.ordinal())) return true;
        if (o.dated() && m.dated() && o.dates().exact() && m.dates().exact()
                && (o.dates().last().isBefore(m.dates().first().minusDays(1)) || m.dates().last().isBefore(o.dates().first().minusDays(1)))) return true;
        return false;
    }

    private static boolean kindsCompatible(Meeting a, Meeting b) {
        return a.kind().equals(b.kind()) || a.kind().equals("Meeting") || b.kind().equals("Meeting")
                || a.meetingOf() != null && a.meetingOf().equals(b.meetingOf())
                || VERBAL.contains(a.kind()) && VERBAL.contains(b.kind());
    }

    private static boolean sameKind(Meeting a, Meeting b) {
        return a.kind().equals(b.kind()) || a.meetingOf() != null && a.meetingOf().equals(b.meetingOf());
    }

    private static boolean numbered(Meeting a, Meeting b) {
        return a.ordinal() != null && a.ordinal().equals(b.ordinal()) && sameKind(a, b);
    }

    private static boolean samePlace(Meeting a, Meeting b) {
        return a.location() != null && a.location().equals(b.location());
    }

    /** Two same-day meetings between different people are two meetings (the ministers', then the presidents'). */
    private static boolean strangers(Meeting a, Meeting b) {
        if (hasPeople(a) && hasPeople(b) && !sharePeople(a, b, 1) && (a.meetingOf() == null || !Objects.equals(a.meetingOf(), b.meetingOf()))) return true;
        // Modi met Sharma; Javadekar also met Sharma that day: talks of one visitor with two hosts, each missing from the other's.
        return BETWEEN_PEOPLE.contains(a.kind()) && BETWEEN_PEOPLE.contains(b.kind()) && ownPerson(a, b) && ownPerson(b, a)
                && people(a) >= 2 && people(b) >= 2 && !sharePeople(a, b, 2);
    }

    /**
     * Al Jaber's one-day visit to New Delhi, and Yadav meeting Al Jaber that day: talks with someone
     * the visit does not name are held during it, not the visit itself. Talks over the days of a
     * longer visit (克里8月31日至9月3日访华…同解振华举行会谈) are what the visit was for, and stay one meeting.
     */
    private static boolean visitAndTalksWithOthers(Meeting visit, Meeting talks) {
        return visit.kind().equals("Visit") && visit.dated() && visit.dates().singleDay() && BETWEEN_PEOPLE.contains(talks.kind())
                && hasPeople(visit) && ownPerson(talks, visit);
    }

    /** Kinds that are just the people in them: talks and calls, with no name of their own. */
    private static final Set<String> BETWEEN_PEOPLE = Set.of("Talks", "PhoneCall", "VideoCall");

    private static boolean ownPerson(Meeting a, Meeting b) {
        return a.participants().stream().anyMatch(p -> p.startsWith("person/") && !b.participants().contains(p));
    }

    private static long people(Meeting m) {
        return m.participants().stream().filter(p -> p.startsWith("person/")).count();
    }

    private static boolean within(DateRange inner, DateRange outer) {
        return !inner.first().isBefore(outer.first()) && !inner.last().isAfter(outer.last())
                && !(inner.first().equals(outer.first()) && inner.last().equals(outer.last()));
    }

    private static boolean consecutive(DateRange a, DateRange b) {
        return a.last().plusDays(1).equals(b.first()) || b.last().plusDays(1).equals(a.first());
    }

    static boolean sharePeople(Meeting a, Meeting b, int atLeast) {
        long shared = a.participants().stream().filter(p -> p.startsWith("person/") && b.participants().contains(p)).count();
        return shared >= atLeast;
    }

    /** Consecutive days are one meeting when one day's people all met on the other day too (not just the same delegation). */
    private static boolean samePeople(Meeting a, Meeting b) {
        var pa = a.participants().stream().filter(p -> p.startsWith("person/")).toList();
        var pb = b.participants().stream().filter(p -> p.startsWith("person/")).toList();
        if (pa.size() < 2 || pb.size() < 2) return false;
        return pa.size() <= pb.size() ? pb.containsAll(pa) : pa.containsAll(pb);
    }

    private static boolean peopleWithin(Meeting inner, Meeting outer) {
        return outer.participants().containsAll(inner.participants().stream().filter(p -> p.startsWith("person/")).toList());
    }

    private static boolean hasPeople(Meeting m) {
        return m.participants().stream().anyMatch(p -> p.startsWith("person/"));
    }

    private static boolean peopleless(Meeting m) {
        return !hasPeople(m);
    }

    /** Of two places of one meeting, the city over the country it is in (a visit to China, talks in Tianjin). */
    static String morePrecise(String a, String b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.startsWith("country/") && !b.startsWith("country/") ? b : a;
    }

    /** The kind the merged meeting keeps: a named kind (the dialogue, the ministerial) over what people did (talks, a visit). */
    private static String preferredKind(Meeting a, Meeting b) {
        if (a.kind().equals(b.kind())) return a.kind();
        if (a.kind().equals("Meeting")) return b.kind();
        if (b.kind().equals("Meeting")) return a.kind();
        if (VERBAL.contains(a.kind()) && !VERBAL.contains(b.kind())) return b.kind();
        return a.kind();
    }
}
