package org.cdkg.relate;

import org.cdkg.document.Article;
import org.cdkg.document.Entity;
import org.cdkg.document.EntityType;
import org.cdkg.document.Evidence;
import org.cdkg.document.Fact;
import org.cdkg.document.Meeting;
import org.cdkg.document.Mention;
import org.cdkg.document.Sentence;
import org.cdkg.recognise.EntityKeys;
import org.cdkg.recognise.EntityRecognizer;
import org.cdkg.recognise.Gazetteer;
import org.cdkg.recognise.GazetteerEntry;
import org.cdkg.relate.rules.FactRules;
import org.cdkg.relate.rules.MeetingRules;
import org.cdkg.relate.rules.MentionPattern;
import org.cdkg.relate.rules.RulePack;
import org.cdkg.relate.rules.TaggedText;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relations between named things, each from one sentence: who succeeded whom, who signed or
 * renewed an agreement, which country holds a COP presidency, and the parties of a joint
 * statement: the countries its name pairs (中美…声明), the members of the group that issued it
 * (the BASIC … Joint Statement), the sides of the meeting that issued it, and those the
 * gazetteer records. The phrasings come from the languages' fact packs.
 */
public final class FactExtractor {
    /** How far after a signing verb its object may start: " the " in English, 了《 in Chinese. */
    private static final int OBJECT_GAP_EN = 5, OBJECT_GAP_ZH = 2;
    private static final class Language {
        final List<MentionPattern> succession, presidency;
        final List<Pattern> thisSession, unnamed;
        final List<String> signing, issuedAtMeeting, issuing, theSides, agentMarkers, notYetSigned;
        final boolean latin;

        Language(FactRules r, boolean latin) {
            this.latin = latin;
            succession = MentionPattern.compileAll(r.succession(), Set.of("successor", "predecessor"));
            presidency = MentionPattern.compileAll(r.presidency(), Set.of("country"));
            thisSession = MeetingRules.compile(r.thisSession());
            unnamed = MeetingRules.compile(r.unnamedAgreements());
            signing = MeetingRules.longestFirst(lower(r.signing()));
            issuedAtMeeting = lower(r.issuedAtMeeting());
            issuing = lower(r.issuing());
            theSides = lower(r.theSides());
            agentMarkers = lower(r.agentMarkers());
            notYetSigned = lower(r.notYetSigned());
        }

        private static List<String> lower(List<String> l) {
            return l.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
        }
    }

    private final Gazetteer gazetteer;
    private final Map<Sentence.Lang, Language> languages = new EnumMap<>(Sentence.Lang.class);

    public FactExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        RulePack.perLanguage("facts", FactRules.class).forEach((lang, r) -> languages.put(lang, new Language(r, lang == Sentence.Lang.EN)));
    }

    public void extract(Article a) {
        for (Sentence s : a.sentences()) {
            Language L = languages.get(s.lang());
            TaggedText tagged = TaggedText.of(a, s.start(), s.end());
            succession(a, s, L, tagged);
            signatories(a, s, L);
            presidency(a, s, L, tagged);
            issuedAtMeeting(a, s, L);
        }
        parties(a);
    }

    private void succession(Article a, Sentence s, Language L, TaggedText tagged) {
        for (MentionPattern p : L.succession) {
            Matcher m = p.matcher(tagged);
            while (m.find()) {
                Mention successor = only(tagged, s, m, "successor"), predecessor = only(tagged, s, m, "predecessor");
                if (successor == null || predecessor == null || successor.entityKey().equals(predecessor.entityKey())) continue;
                add(a, successor.entityKey(), "succeeded", predecessor.entityKey(), s, L.latin ? "succession-en" : "succession-zh");
            }
        }
    }

    /** The one name a group of a match holds, or null. */
    private static Mention only(TaggedText tagged, Sentence s, Matcher m, String group) {
        if (m.start(group) < 0) return null;
        List<Mention> ms = tagged.mentions(s.start() + m.start(group), s.start() + m.end(group));
        return ms.size() == 1 ? ms.get(0) : null;
    }

    private void signatories(Article a, Sentence s, Language L) {
        String span = a.simplified().substring(s.start(), s.end());
        String searched = L.latin ? span.toLowerCase(Locale.ROOT) : span;
        for (String cue : L.signing) {
            int at = searched.indexOf(cue);
            if (at < 0 || L.latin && !wordAt(searched, at, cue.length())) continue;
            int cueAt = s.start() + at;
            Mention agreement = null;
            // 签署了《…》, "signed the Paris Agreement": the thing signed is the verb's object, right after it.
            for (Mention m : Clauses.mentions(a, cueAt + cue.length(), s.end(), EntityType.AGREEMENT)) {
                if (m.start() - cueAt - cue.length() <= (L.latin ? OBJECT_GAP_EN : OBJECT_GAP_ZH)) agreement = m;
                break;
            }
            if (agreement == null) agreement = unnamedAgreement(a, s, L, cueAt, cue.length());
            if (agreement == null) return;
            int[] clause = Clauses.clauseAt(Clauses.of(a, s), cueAt);
            // 可积极探讨签署合作备忘录, "plan to sign": a signing only intended signs nothing yet.
            String before = a.simplified().substring(clause[0], cueAt).toLowerCase(Locale.ROOT);
            if (L.notYetSigned.stream().anyMatch(w -> L.latin ? Pattern.compile("\\b" + Pattern.quote(w) + "\\b").matcher(before).find() : before.contains(w))) return;
            List<Mention> signers = Clauses.mentions(a, clause[0], cueAt, EntityType.PERSON);
            // 解振华与…斯特恩分别代表…，签署了《…》: the signers stand in an earlier clause.
            if (signers.isEmpty()) signers = Clauses.mentions(a, s.start(), cueAt, EntityType.PERSON);
            // "was signed by the two ministers", 双方签署: the people of the meeting just reported, for their countries.
            String agent = agentAfter(a, L, cueAt + cue.length(), clause[1]);
            if (signers.isEmpty() && agent != null) signers = Clauses.mentions(a, cueAt + cue.length(), clause[1], EntityType.PERSON);
            if (signers.isEmpty()) {
                String who = (agent != null ? agent : a.simplified().substring(clause[0], cueAt)).toLowerCase(Locale.ROOT);
                Meeting meeting = L.theSides.stream().anyMatch(who::contains) ? meetingBefore(a, s) : null;
                if (meeting != null) {
                    // The two sides are the two people the meeting was between, not its attendee list.
                    List<String> principals = new ArrayList<>();
                    for (String p : meeting.participants()) {
                        Evidence how = meeting.roleEvidence().get("participant|" + p);
                        if (p.startsWith("person/") && (how == null || !how.rule().equals(MeetingFrames.ATTENDEE_LIST))) principals.add(p);
                    }
                    if (principals.size() == 2) for (String p : principals) add(a, agreement.entityKey(), "signatory", p, s, "signing-sides");
                    // An agreement whose own name holds its sides (生态环境部与巴西…部…备忘录, 中国—巴西…工作计划) has the
                    // parties its name gives (see parties); otherwise they are the meeting's countries.
                    if (!namesSides(a, agreement)) for (String side : sides(a, meeting)) add(a, agreement.entityKey(), "party", side, s, "signing-sides");
                }
            }
            for (Mention p : signers) add(a, agreement.entityKey(), "signatory", p.entityKey(), s, "signing");
            return;
        }
    }

    /** Whether an agreement's own name holds a country or a body (中华人民共和国生态环境部与…关于…备忘录). */
    private static boolean namesSides(Article a, Mention agreement) {
        for (Mention m : Clauses.mentions(a, agreement.start(), agreement.end(), null))
            if (m.type() == EntityType.COUNTRY || m.type().family() == EntityType.ORGANIZATION) return true;
        return false;
    }

    private static boolean wordAt(String t, int at, int len) {
        return (at == 0 || !Character.isLetter(t.charAt(at - 1))) && (at + len >= t.length() || !Character.isLetter(t.charAt(at + len)));
    }

    /** The words after a signing verb's agent marker ("signed by the two ministers"), to the clause's end; null if none follows. */
    private static String agentAfter(Article a, Language L, int from, int to) {
        String after = a.simplified().substring(from, to).toLowerCase(Locale.ROOT).stripLeading();
        for (String m : L.agentMarkers) if (after.startsWith(m + " ") || !L.latin && after.startsWith(m)) return after.substring(m.length());
        return null;
    }

    private static long people(Meeting m) {
        return m == null ? -1 : m.participants().stream().filter(p -> p.startsWith("person/")).count();
    }

    /** The meeting reported last before a sentence (by where it was first reported; of two in one sentence, the one with more people), or null. */
    private static Meeting meetingBefore(Article a, Sentence s) {
        // 会见后，双方签署了…: the meeting the relation stage found this sentence refers back to.
        for (Meeting m : a.meetings())
            for (Evidence e : m.evidence()) if (e.start() >= s.start() && e.start() < s.end() && e.rule().equals(MeetingFrames.REFERENCE)) return m;
        Meeting found = null;
        int at = -1;
        for (Meeting m : a.meetings()) {
            if (m.evidence().isEmpty()) continue;
            int first = m.evidence().stream().mapToInt(Evidence::start).min().getAsInt();
            // Two meetings reported in one sentence (the talks on the sidelines of a ministerial): the one with people in it.
            if (first <= s.start() && (first > at || first == at && people(m) > people(found))) { found = m; at = first; }
        }
        return found;
    }

    /** 续签了生态环境部与联合国环境署谅解备忘录: the signed thing is named only by the text after the verb. */
    private Mention unnamedAgreement(Article a, Sentence s, Language L, int cueAt, int cueLength) {
        for (Pattern p : L.unnamed) {
            Matcher m = p.matcher(a.simplified()).region(s.start(), s.end());
            // The pattern names the signed thing after the verb (签署了《…》) or before it ("an MoU … was signed").
            while (m.find()) {
                if (m.start() > cueAt + cueLength || m.end() < cueAt) continue;
                String name = a.text(m.start("name"), m.end("name")).strip();
                String key = EntityKeys.of("agreement", org.cdkg.recognise.ChineseScript.simplified(name));
                for (Mention known : Clauses.mentions(a, m.start("name"), m.end("name"), EntityType.AGREEMENT)) return known;
                Entity e = a.entities().computeIfAbsent(key, k -> new Entity(k, EntityType.AGREEMENT));
                e.addLabel(EntityRecognizer.lang(name), name);
                Mention mention = new Mention(m.start("name"), m.end("name"), name, key, EntityType.AGREEMENT, "signed-object", 0.75);
                a.mentions().add(mention);
                a.mentions().sort((x, y) -> x.start() != y.start() ? x.start() - y.start() : x.end() - y.end());
                return mention;
            }
        }
        return null;
    }

    /**
     * Which country holds a COP presidency. The COP is the one the pattern names, else the one
     * nearest in the sentence, else for "this session" the one the article last named. A country
     * placed by a pattern that names its COP is not placed again by a looser one.
     */
    private void presidency(Article a, Sentence s, Language L, TaggedText tagged) {
        List<Mention> cops = Clauses.mentions(a, s.start(), s.end(), EntityType.COP_SESSION);
        if (cops.isEmpty()) {
            String text = a.simplified().substring(s.start(), s.end());
            if (L.thisSession.stream().anyMatch(p -> p.matcher(text).find()))
                for (Mention m : a.mentions()) if (m.type() == EntityType.COP_SESSION && m.start() < s.start()) cops = List.of(m);
        }
        Set<Integer> placed = new HashSet<>();
        for (MentionPattern p : L.presidency) {
            Matcher m = p.matcher(tagged);
            while (m.find()) {
                Mention country = only(tagged, s, m, "country");
                if (country == null || country.type() != EntityType.COUNTRY || placed.contains(country.start())) continue;
                Mention cop = p.has("cop") ? only(tagged, s, m, "cop") : null;
                if (cop == null && !cops.isEmpty()) cop = nearest(cops, country);
                if (cop == null) continue;
                placed.add(country.start());
                add(a, cop.entityKey(), "presidency", country.entityKey(), s, L.latin ? "presidency-en" : "presidency-zh");
            }
        }
    }

    /** 会后，四国部长发表《…联合声明》: a statement issued at a meeting has the meeting's sides as parties. */
    private void issuedAtMeeting(Article a, Sentence s, Language L) {
        String lower = a.simplified().substring(s.start(), s.end()).toLowerCase(Locale.ROOT);
        if (L.issuedAtMeeting.stream().noneMatch(lower::contains) || L.issuing.stream().noneMatch(lower::contains)) return;
        Meeting meeting = meetingBefore(a, s);
        if (meeting == null) return;
        for (Mention agreement : Clauses.mentions(a, s.start(), s.end(), EntityType.AGREEMENT))
            for (String side : sides(a, meeting)) add(a, agreement.entityKey(), "party", side, s, "issued-at-meeting");
    }

    /** The countries a meeting's participants and hosts are or speak for. */
    private Set<String> sides(Article a, Meeting m) {
        Set<String> out = new LinkedHashSet<>();
        Set<String> actors = new LinkedHashSet<>(m.participants());
        actors.addAll(m.hosts());
        for (String k : actors) {
            Entity e = a.entities().get(k);
            if (e == null) continue;
            if (e.type() == EntityType.COUNTRY) out.add(k);
            else if (e.type().family() == EntityType.PERSON && e.facts().get("country") instanceof String c && gazetteer.byId(c) != null) {
                a.entities().computeIfAbsent(c, x -> EntityRecognizer.fromEntry(gazetteer.byId(x)));
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Bilateral agreements name their parties (中美…声明); a group's statement (the BASIC …
     * Joint Statement) has the group's members; the gazetteer knows others' parties.
     */
    private void parties(Article a) {
        for (Mention m : new ArrayList<>(a.mentions())) {
            if (m.type() != EntityType.AGREEMENT) continue;
            Sentence s = a.sentenceAt(m.start());
            if (s == null) continue;
            String name = a.simplified().substring(m.start(), m.end());
            if (name.length() > 3) {
                GazetteerEntry x = gazetteer.countryByAbbreviation(name.charAt(0)), y = gazetteer.countryByAbbreviation(name.charAt(1));
                if (x != null && y != null && x != y) {
                    add(a, m.entityKey(), "party", x.id(), s, "bilateral-name", x);
                    add(a, m.entityKey(), "party", y.id(), s, "bilateral-name", y);
                }
            }
            for (GazetteerEntry group : groupsNamedIn(a, m))
                if (group.facts().get("members") instanceof List<?> members)
                    for (Object member : members) {
                        GazetteerEntry party = gazetteer.byId(String.valueOf(member));
                        if (party != null) add(a, m.entityKey(), "party", party.id(), s, "group-members", party);
                    }
            GazetteerEntry g = gazetteer.byId(m.entityKey());
            if (g != null && g.facts().get("parties") instanceof List<?> ps)
                for (Object p : ps) {
                    GazetteerEntry party = gazetteer.byId(String.valueOf(p));
                    if (party != null) add(a, m.entityKey(), "party", party.id(), s, "gazetteer", party);
                }
        }
    }

    /** The groups (BASIC, G20) named inside an agreement's name, as the recogniser found them or as the gazetteer spells them. */
    private List<GazetteerEntry> groupsNamedIn(Article a, Mention agreement) {
        List<GazetteerEntry> out = new ArrayList<>();
        for (Mention inner : a.mentions())
            if (inner != agreement && inner.start() >= agreement.start() && inner.end() <= agreement.end() && inner.type().family() == EntityType.ORGANIZATION) {
                GazetteerEntry g = gazetteer.byId(inner.entityKey());
                if (g != null && !out.contains(g)) out.add(g);
            }
        for (GazetteerEntry g : gazetteer.groupsNamedIn(a.text(agreement.start(), agreement.end())))
            if (g.type().family() == EntityType.ORGANIZATION && !out.contains(g)) out.add(g);
        return out;
    }

    private void add(Article a, String subject, String property, String object, Sentence s, String rule) {
        Evidence ev = a.evidence(s, rule, 0.8);
        for (Fact f : a.facts()) if (f.subject().equals(subject) && f.property().equals(property) && f.object().equals(object)) return;
        a.facts().add(new Fact(subject, property, object, ev));
    }

    private void add(Article a, String subject, String property, String object, Sentence s, String rule, GazetteerEntry objectEntry) {
        a.entities().computeIfAbsent(objectEntry.id(), k -> EntityRecognizer.fromEntry(objectEntry));
        add(a, subject, property, object, s, rule);
    }

    private static Mention nearest(List<Mention> ms, Mention to) {
        Mention best = ms.get(0);
        for (Mention m : ms) if (Math.abs(m.start() - to.start()) < Math.abs(best.start() - to.start())) best = m;
        return best;
    }
}
