package org.cdkg.document;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A dated meeting found in an article, with its roles as entity keys. */
public final class Meeting {
    private String kind;
    private DateRange dates;
    private final Set<String> names = new LinkedHashSet<>();
    private String location;
    private final Set<String> hosts = new LinkedHashSet<>();
    private final Set<String> coChairs = new LinkedHashSet<>();
    private final Set<String> participants = new LinkedHashSet<>();
    private String meetingOf;
    private Boolean online;
    private Integer ordinal;
    private final List<Evidence> evidence = new ArrayList<>();
    private final java.util.Map<String, Evidence> roleEvidence = new java.util.LinkedHashMap<>();

    public Meeting(String kind, DateRange dates) {
        this.kind = kind;
        this.dates = dates;
    }

    /** The ontology class name of the meeting kind: Talks, Forum, Roundtable, WorkingGroupMeeting, ... */
    public String kind() { return kind; }
    public DateRange dates() { return dates; }
    /** Surface names ("中美循环经济合作论坛") in the language they were written in, as "lang\0text". */
    public Set<String> names() { return names; }
    public String location() { return location; }
    public Set<String> hosts() { return hosts; }
    public Set<String> coChairs() { return coChairs; }
    public Set<String> participants() { return participants; }
    public String meetingOf() { return meetingOf; }
    public Boolean online() { return online; }
    public Integer ordinal() { return ordinal; }
    public List<Evidence> evidence() { return evidence; }

    public void addName(String lang, String name) { if (name != null && !name.isBlank()) names.add(lang + "\u0000" + name.strip()); }
    /** A generic "Meeting" becomes the more specific kind once the text shows it. */
    public void refineKind(String specific) { if (kind.equals("Meeting")) kind = specific; }
    public void location(String l) { if (location == null) location = l; }
    /** A meeting held by video has no place, whatever place its participants were in. */
    public void clearLocation() { location = null; }
    public void meetingOf(String wg) { if (meetingOf == null) meetingOf = wg; }
    public void online(boolean v) { online = v; }
    public void ordinal(int n) { if (ordinal == null) ordinal = n; }
    /** The sentence that states a role ("coChair|person/x"), the first one that does. */
    public java.util.Map<String, Evidence> roleEvidence() { return roleEvidence; }

    public void coChair(String key, Evidence e) {
        coChairs.add(key);
        roleEvidence.putIfAbsent("coChair|" + key, e);
        participant(key, e);
    }

    public void participant(String key, Evidence e) {
        participants.add(key);
        roleEvidence.putIfAbsent("participant|" + key, e);
    }

    public void host(String key, Evidence e) {
        hosts.add(key);
        roleEvidence.putIfAbsent("host|" + key, e);
    }

    /** Folds a second report of the same meeting (e.g. the English half of a bilingual page) into this one. */
    public void absorb(Meeting other) {
        refineKind(other.kind);
        names.addAll(other.names);
        if (location == null && !Boolean.TRUE.equals(online)) location = other.location;
        hosts.addAll(other.hosts);
        coChairs.addAll(other.coChairs);
        participants.addAll(other.participants);
        if (meetingOf == null) meetingOf = other.meetingOf;
        if (online == null) online = other.online;
        if (ordinal == null) ordinal = other.ordinal;
        evidence.addAll(other.evidence);
        other.roleEvidence.forEach(roleEvidence::putIfAbsent);
        // The merged meeting spans both reports (a day of a longer meeting, or consecutive days).
        java.time.LocalDate first = dates.first().isBefore(other.dates.first()) ? dates.first() : other.dates.first();
        java.time.LocalDate last = dates.last().isAfter(other.dates.last()) ? dates.last() : other.dates.last();
        DateRange base = !dates.yearStated() && other.dates.yearStated() ? other.dates : dates;
        dates = new DateRange(first, last, base.start(), base.end(), base.yearStated());
    }
}
