package org.cdkg.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A meeting found in an article, with its roles as entity keys. Its dates are null when the
 * article gives none: an undated meeting is still a meeting. People the text says were
 * represented by someone else ({@link #absent()}) take no role, whatever later sentences say.
 */
public final class Meeting {
    private String kind;
    private DateRange dates;
    private final Set<String> names = new LinkedHashSet<>();
    private String location;
    private final Set<String> hosts = new LinkedHashSet<>();
    private final Set<String> coChairs = new LinkedHashSet<>();
    private final Set<String> participants = new LinkedHashSet<>();
    private final Set<String> absent = new LinkedHashSet<>();
    private String meetingOf;
    private Boolean online;
    private Integer ordinal;
    /** The visit (or other meeting) this one was held during, or null: Hoekstra's talks with Babayev during his visit to Baku. */
    private Meeting during;
    /** Meetings the text says this one was not (启动活动前…举行了工作会谈: the talks before the launch). */
    private final List<Meeting> apartFrom = new ArrayList<>();
    private final List<Evidence> evidence = new ArrayList<>();
    private final Map<String, Evidence> roleEvidence = new LinkedHashMap<>();

    public Meeting(String kind, DateRange dates) {
        this.kind = kind;
        this.dates = dates;
    }

    /** The ontology class name of the meeting kind: Talks, Forum, Roundtable, WorkingGroupMeeting, ... */
    public String kind() { return kind; }
    /** First and last day, and how the text gave them; null for a meeting the article does not date. */
    public DateRange dates() { return dates; }
    public boolean dated() { return dates != null; }
    /** Surface names ("中美循环经济合作论坛") in the language they were written in, as "lang\0text". */
    public Set<String> names() { return names; }
    public String location() { return location; }
    public Set<String> hosts() { return hosts; }
    public Set<String> coChairs() { return coChairs; }
    public Set<String> participants() { return participants; }
    /** People named as represented by someone else, or as absent: they take no role. */
    public Set<String> absent() { return absent; }
    public String meetingOf() { return meetingOf; }
    public Boolean online() { return online; }
    public Integer ordinal() { return ordinal; }
    public Meeting during() { return during; }
    public void during(Meeting m) { during = m; }

    /** Whether this meeting was held during {@code m}, or during a report of it folded into {@code m}. */
    public boolean heldDuring(Meeting m) {
        return during != null && (during == m || m.evidence.containsAll(during.evidence));
    }

    public void apartFrom(Meeting m) { apartFrom.add(m); }

    /** Whether the text set this meeting apart from {@code m} (or from a report folded into it). */
    public boolean keptApartFrom(Meeting m) {
        for (Meeting o : apartFrom) if (o == m || m.evidence.containsAll(o.evidence)) return true;
        return false;
    }
    public List<Evidence> evidence() { return evidence; }
    /** The sentence that states a role ("coChair|person/x"), the first one that does. */
    public Map<String, Evidence> roleEvidence() { return roleEvidence; }

    public void addName(String lang, String name) { if (name != null && !name.isBlank()) names.add(lang + "\u0000" + name.strip()); }
    /** A generic "Meeting" becomes the more specific kind once the text shows it. */
    public void refineKind(String specific) { if (kind.equals("Meeting")) kind = specific; }
    public void kind(String k) { kind = k; }
    public void dates(DateRange d) { dates = d; }
    public void location(String l) { if (location == null) location = l; }
    /** A more specific place (the city of talks held during a visit to the country) replaces the one known. */
    public void replaceLocation(String l) { location = l; }
    /** A meeting held by video has no place, whatever place its participants were in. */
    public void clearLocation() { location = null; }
    public void meetingOf(String wg) { if (meetingOf == null) meetingOf = wg; }
    public void online(boolean v) { online = v; }
    public void ordinal(int n) { if (ordinal == null) ordinal = n; }

    public void coChair(String key, Evidence e) {
        if (absent.contains(key)) return;
        coChairs.add(key);
        roleEvidence.putIfAbsent("coChair|" + key, e);
        participant(key, e);
    }

    public void participant(String key, Evidence e) {
        if (absent.contains(key)) return;
        participants.add(key);
        roleEvidence.putIfAbsent("participant|" + key, e);
    }

    public void host(String key, Evidence e) {
        hosts.add(key);
        roleEvidence.putIfAbsent("host|" + key, e);
    }

    /** Someone the text says did not take part in person (represented by another): any role they were given goes. */
    public void absent(String key) {
        absent.add(key);
        coChairs.remove(key);
        participants.remove(key);
        roleEvidence.remove("coChair|" + key);
        roleEvidence.remove("participant|" + key);
    }

    /** Folds a second report of the same meeting (e.g. the English half of a bilingual page) into this one. */
    public void absorb(Meeting other) {
        refineKind(other.kind);
        names.addAll(other.names);
        if (location == null && !Boolean.TRUE.equals(online)) location = other.location;
        hosts.addAll(other.hosts);
        for (String a : other.absent) absent(a);
        for (String c : other.coChairs) if (!absent.contains(c)) coChairs.add(c);
        for (String p : other.participants) if (!absent.contains(p)) participants.add(p);
        if (meetingOf == null) meetingOf = other.meetingOf;
        if (online == null) online = other.online;
        if (ordinal == null) ordinal = other.ordinal;
        evidence.addAll(other.evidence);
        other.roleEvidence.forEach(roleEvidence::putIfAbsent);
        if (other.dates == null) return;
        if (dates == null || !dates.exact() && other.dates.exact()) {
            dates = other.dates;
            return;
        }
        if (!other.dates.exact()) return;
        // The merged meeting spans both reports (a day of a longer meeting, or consecutive days).
        LocalDate first = dates.first().isBefore(other.dates.first()) ? dates.first() : other.dates.first();
        LocalDate last = dates.last().isAfter(other.dates.last()) ? dates.last() : other.dates.last();
        DateRange base = other.dates.basis().ordinal() < dates.basis().ordinal() ? other.dates : dates;
        dates = new DateRange(first, last, base.start(), base.end(), base.basis());
    }
}
