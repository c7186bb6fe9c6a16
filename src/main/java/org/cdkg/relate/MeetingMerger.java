package org.cdkg.relate;

import org.cdkg.document.Meeting;

import java.util.ArrayList;
import java.util.List;

/** Decides which meeting reports of one article are the same meeting, and folds them together. */
final class MeetingMerger {
    private MeetingMerger() {}

    /**
     * Two reports with the same dates and a compatible kind (or the same working group) are one
     * meeting. So is a day inside a longer meeting of the same kind and place (the signing day of
     * a two-day dialogue), and two consecutive days of talks between the same people.
     */
    static List<Meeting> merge(List<Meeting> ms) {
        List<Meeting> out = new ArrayList<>();
        for (Meeting m : ms) {
            Meeting same = null;
            for (Meeting o : out) {
                boolean samePlace = o.location() != null && o.location().equals(m.location());
                if (sameKindAndPlace(o, m) && ((within(m, o) || within(o, m)) && (samePlace || sharePeople(o, m))
                        || consecutive(o, m) && samePeople(o, m))) {
                    same = o;
                    break;
                }
                if (!o.dates().first().equals(m.dates().first()) || !o.dates().last().equals(m.dates().last())) continue;
                // Two same-day meetings between different people are two meetings (the ministers', then the presidents').
                if (hasPeople(o) && hasPeople(m) && !sharePeople(o, m, 1) && (o.meetingOf() == null || !o.meetingOf().equals(m.meetingOf()))) continue;
                boolean kindOk = o.kind().equals(m.kind()) || o.kind().equals("Meeting") || m.kind().equals("Meeting")
                        || o.meetingOf() != null && o.meetingOf().equals(m.meetingOf());
                boolean placeOk = o.location() == null || m.location() == null || o.location().equals(m.location());
                if (kindOk && placeOk) { same = o; break; }
            }
            if (same == null) out.add(m);
            else same.absorb(m);
        }
        return out;
    }

    private static boolean sameKindAndPlace(Meeting a, Meeting b) {
        boolean kind = a.kind().equals(b.kind()) || a.meetingOf() != null && a.meetingOf().equals(b.meetingOf());
        boolean place = a.location() == null || b.location() == null || a.location().equals(b.location());
        boolean sameMode = Boolean.TRUE.equals(a.online()) == Boolean.TRUE.equals(b.online());
        return kind && place && sameMode && !a.dates().equals(b.dates());
    }

    private static boolean within(Meeting inner, Meeting outer) {
        return !inner.dates().first().isBefore(outer.dates().first()) && !inner.dates().last().isAfter(outer.dates().last())
                && !(inner.dates().first().equals(outer.dates().first()) && inner.dates().last().equals(outer.dates().last()));
    }

    private static boolean consecutive(Meeting a, Meeting b) {
        return a.dates().last().plusDays(1).equals(b.dates().first()) || b.dates().last().plusDays(1).equals(a.dates().first());
    }

    private static boolean sharePeople(Meeting a, Meeting b) {
        return sharePeople(a, b, 2);
    }

    private static boolean sharePeople(Meeting a, Meeting b, int atLeast) {
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

    private static boolean hasPeople(Meeting m) {
        return m.participants().stream().anyMatch(p -> p.startsWith("person/"));
    }
}
