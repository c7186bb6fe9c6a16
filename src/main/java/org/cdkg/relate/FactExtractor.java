package org.cdkg.relate;

import com.fasterxml.jackson.databind.JsonNode;
import org.cdkg.document.Article;
import org.cdkg.document.Entity;
import org.cdkg.document.EntityType;
import org.cdkg.document.Evidence;
import org.cdkg.document.Fact;
import org.cdkg.document.Mention;
import org.cdkg.document.PrefilteredPattern;
import org.cdkg.document.Sentence;
import org.cdkg.recognise.EntityKeys;
import org.cdkg.recognise.EntityRecognizer;
import org.cdkg.recognise.Gazetteer;
import org.cdkg.recognise.GazetteerEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relations between named things, each from one sentence: who succeeded whom (离任…由…接任,
 * succeeds), who signed or renewed an agreement (续签…谅解备忘录), which country holds a COP
 * presidency (COP29主席国阿塞拜疆, the Azerbaijan Presidency), and the parties of bilateral
 * agreements (中美…联合声明, and those the gazetteer records).
 */
public final class FactExtractor {
    private static final Pattern UNNAMED_AGREEMENT = Pattern.compile(
            "(?:续签|签署|签订|签约)了?([^，。；,;]{2,40}?(?:谅解备忘录|合作备忘录|备忘录|合作协议|协议|协定|联合声明|声明|宣言|框架|公约|议定书))");

    private static final Pattern THIS_SESSION = Pattern.compile("(本届|本次|此次)(大会|会议|缔约方大会)|大会主席国|(?i)this year's (conference|cop)|the (conference|summit)'s presidency");
    private static final PrefilteredPattern THIS_SESSION_IN_SENTENCE = new PrefilteredPattern(THIS_SESSION, "本此大Tt");
    /** 智利担任主席国, 巴西作为COP30主席国: the country, then what it holds. */
    private static final Pattern ZH_HOLDS = Pattern.compile("(担任|作为|出任|是)[^，。；]{0,30}?主席国");
    /** " Presidency", "'s Presidency", ", which holds the COP23 Presidency". */
    private static final Pattern EN_AFTER = Pattern.compile("(['’]s)? [Pp]residency|, which (holds|held|has|had) the ([\\w.-]+ ){0,6}?[Pp]residency");
    private final Gazetteer gazetteer;
    private final List<String> issuedAtMeetingZh, issuedAtMeetingEn, issuingZh, issuingEn;
    private final List<String> leaveZh, takeZh, successionEn, successionEnPassive, signingZh, signingEn;
    /** The issued-at-meeting cues in lower case, as the sentence they are looked for in. */
    private final List<String> issuedAtMeetingZhLowerCase = new ArrayList<>(), issuedAtMeetingEnLowerCase = new ArrayList<>();

    public FactExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        JsonNode r = CueFiles.json("relation-cues.json");
        leaveZh = CueFiles.list(r.path("successionZh").path("leave"));
        takeZh = CueFiles.list(r.path("successionZh").path("take"));
        successionEn = CueFiles.list(r.path("successionEn"));
        successionEnPassive = CueFiles.list(r.path("successionEnPassive"));
        signingZh = CueFiles.list(r.path("signingZh"));
        signingEn = CueFiles.list(r.path("signingEn"));
        issuedAtMeetingZh = CueFiles.list(r.path("issuedAtMeetingZh"));
        issuedAtMeetingEn = CueFiles.list(r.path("issuedAtMeetingEn"));
        issuingZh = CueFiles.list(r.path("issuingZh"));
        issuingEn = CueFiles.list(r.path("issuingEn"));
        successionEnPassive.sort((a, b) -> b.length() - a.length());
        for (String c : issuedAtMeetingZh) issuedAtMeetingZhLowerCase.add(c.toLowerCase(Locale.ROOT));
        for (String c : issuedAtMeetingEn) issuedAtMeetingEnLowerCase.add(c.toLowerCase(Locale.ROOT));
    }

    public void extract(Article a) {
        for (Sentence s : a.sentences()) {
            succession(a, s);
            signatories(a, s);
            presidency(a, s);
            issuedAtMeeting(a, s);
        }
        parties(a);
    }

    /** 会后，四国部长发表《…联合声明》: a statement issued at a meeting has the meeting's countries as parties. */
    private void issuedAtMeeting(Article a, Sentence s) {
        String text = a.simplified().substring(s.start(), s.end());
        boolean zh = s.lang() == Sentence.Lang.ZH;
        String lower = text.toLowerCase(Locale.ROOT);
        if ((zh ? issuedAtMeetingZhLowerCase : issuedAtMeetingEnLowerCase).stream().noneMatch(lower::contains)) return;
        if ((zh ? issuingZh : issuingEn).stream().noneMatch(lower::contains)) return;
        org.cdkg.document.Meeting meeting = null;
        for (org.cdkg.document.Meeting m : a.meetings())
            if (!m.evidence().isEmpty() && m.evidence().get(0).start() < s.start()) meeting = m;
        if (meeting == null) return;
        for (Mention agreement : Clauses.mentions(a, s.start(), s.end(), EntityType.AGREEMENT))
            for (String p : meeting.participants())
                if (a.entities().containsKey(p) && a.entities().get(p).type() == EntityType.COUNTRY)
                    add(a, agreement.entityKey(), "party", p, s, "issued-at-meeting");
    }

    private void succession(Article a, Sentence s) {
        String t = a.simplified();
        List<Mention> persons = Clauses.mentions(a, s.start(), s.end(), EntityType.PERSON);
        if (persons.size() < 2) return;
        if (s.lang() == Sentence.Lang.ZH) {
            for (String take : takeZh) {
                int at = t.indexOf(take, s.start());
                if (at < 0 || at >= s.end()) continue;
                Mention successor = lastBefore(persons, at);
                if (successor == null) continue;
                Mention predecessor = null;
                for (String leave : leaveZh) {
                    int l = t.indexOf(leave, s.start());
                    if (l >= 0 && l < successor.start()) predecessor = lastBefore(persons, l);
                }
                if (predecessor == null && (take.equals("接替") || take.equals("继任"))) predecessor = firstAfter(persons, at);
                if (predecessor != null && !predecessor.entityKey().equals(successor.entityKey()))
                    add(a, successor.entityKey(), "succeeded", predecessor.entityKey(), s, "succession-zh");
                return;
            }
        } else {
            String lower = t.substring(s.start(), s.end()).toLowerCase(Locale.ROOT);
            for (String cue : successionEnPassive) {
                int at = lower.indexOf(cue);
                if (at < 0) continue;
                Mention pred = lastBefore(persons, s.start() + at), succ = firstAfter(persons, s.start() + at);
                if (pred != null && succ != null) add(a, succ.entityKey(), "succeeded", pred.entityKey(), s, "succession-en");
                return;
            }
            for (String cue : successionEn) {
                int at = lower.indexOf(cue);
                if (at < 0) continue;
                Mention succ = lastBefore(persons, s.start() + at), pred = firstAfter(persons, s.start() + at);
                if (pred != null && succ != null && !pred.entityKey().equals(succ.entityKey()))
                    add(a, succ.entityKey(), "succeeded", pred.entityKey(), s, "succession-en");
                return;
            }
        }
    }

    private void signatories(Article a, Sentence s) {
        String span = a.simplified().substring(s.start(), s.end());
        List<String> cues = s.lang() == Sentence.Lang.ZH ? signingZh : signingEn;
        String searched = s.lang() == Sentence.Lang.ZH ? span : span.toLowerCase(Locale.ROOT);
        for (String cue : cues) {
            int at = searched.indexOf(cue);
            if (at < 0) continue;
            int cueAt = s.start() + at;
            Mention agreement = null;
            for (Mention m : Clauses.mentions(a, cueAt, s.end(), EntityType.AGREEMENT)) { agreement = m; break; }
            if (agreement == null && s.lang() == Sentence.Lang.ZH) agreement = unnamedAgreement(a, s, cueAt);
            if (agreement == null) return;
            int[] clause = Clauses.clauseAt(Clauses.of(a, s), cueAt);
            List<Mention> signers = Clauses.mentions(a, clause[0], cueAt, EntityType.PERSON);
            // 解振华与…斯特恩分别代表…，签署了《…》: the signers stand in an earlier clause.
            if (signers.isEmpty()) signers = Clauses.mentions(a, s.start(), cueAt, EntityType.PERSON);
            for (Mention p : signers) add(a, agreement.entityKey(), "signatory", p.entityKey(), s, "signing");
            return;
        }
    }

    /** 续签了生态环境部与联合国环境署谅解备忘录: the signed thing is named only by the text after the verb. */
    private Mention unnamedAgreement(Article a, Sentence s, int cueAt) {
        Matcher m = UNNAMED_AGREEMENT.matcher(a.simplified()).region(cueAt, s.end());
        if (!m.lookingAt()) return null;
        String name = a.text(m.start(1), m.end(1)).strip();
        String key = EntityKeys.of("agreement", org.cdkg.recognise.ChineseScript.simplified(name));
        Entity e = a.entities().computeIfAbsent(key, k -> new Entity(k, EntityType.AGREEMENT));
        e.addLabel(EntityRecognizer.lang(name), name);
        Mention mention = new Mention(m.start(1), m.end(1), name, key, EntityType.AGREEMENT, "signed-object", 0.75);
        a.mentions().add(mention);
        a.mentions().sort((x, y) -> x.start() != y.start() ? x.start() - y.start() : x.end() - y.end());
        return mention;
    }

    /**
     * Which country holds a COP presidency: COP29主席国阿塞拜疆, 由智利担任主席国, 巴西作为COP30主席国,
     * the COP 29 Presidency of Azerbaijan, South Africa's Presidency, Fiji, which holds the COP23 Presidency.
     * The COP is the one named in the sentence, or for "this session" the one the article last named.
     */
    private void presidency(Article a, Sentence s) {
        String t = a.simplified();
        List<Mention> cops = Clauses.mentions(a, s.start(), s.end(), EntityType.COP_SESSION);
        if (cops.isEmpty() && THIS_SESSION_IN_SENTENCE.in(t.substring(s.start(), s.end())).find()) {
            for (Mention m : a.mentions()) if (m.type() == EntityType.COP_SESSION && m.start() < s.start()) cops = List.of(m);
        }
        if (cops.isEmpty()) return;
        for (Mention c : Clauses.mentions(a, s.start(), s.end(), EntityType.PLACE)) {
            if (c.type() != EntityType.COUNTRY) continue;
            String before = t.substring(Math.max(s.start(), c.start() - 16), c.start());
            String after = t.substring(c.end(), Math.min(s.end(), c.end() + 40));
            boolean zh = before.endsWith("主席国") || ZH_HOLDS.matcher(after).lookingAt();
            boolean en = EN_AFTER.matcher(after).lookingAt() || before.endsWith("Presidency of ") || before.endsWith("presidency of ");
            if (!zh && !en) continue;
            Mention cop = nearest(cops, c);
            add(a, cop.entityKey(), "presidency", c.entityKey(), s, zh ? "presidency-zh" : "presidency-en");
        }
    }

    /** Bilateral agreements name their parties (中美…声明); the gazetteer knows others' parties. */
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
            GazetteerEntry g = gazetteer.byId(m.entityKey());
            if (g != null && g.facts().get("parties") instanceof List<?> ps)
                for (Object p : ps) {
                    GazetteerEntry party = gazetteer.byId(String.valueOf(p));
                    if (party != null) add(a, m.entityKey(), "party", party.id(), s, "gazetteer", party);
                }
        }
    }

    private void add(Article a, String subject, String property, String object, Sentence s, String rule) {
        Evidence ev = a.evidence(s, rule, 0.8);
        for (var f : a.facts()) if (f.subject().equals(subject) && f.property().equals(property) && f.object().equals(object)) return;
        a.facts().add(new Fact(subject, property, object, ev));
    }

    private void add(Article a, String subject, String property, String object, Sentence s, String rule, GazetteerEntry objectEntry) {
        a.entities().computeIfAbsent(objectEntry.id(), k -> EntityRecognizer.fromEntry(objectEntry));
        add(a, subject, property, object, s, rule);
    }

    private static Mention lastBefore(List<Mention> ms, int at) {
        Mention found = null;
        for (Mention m : ms) if (m.end() <= at) found = m;
        return found;
    }

    private static Mention firstAfter(List<Mention> ms, int at) {
        for (Mention m : ms) if (m.start() >= at) return m;
        return null;
    }

    private static Mention nearest(List<Mention> ms, Mention to) {
        Mention best = ms.get(0);
        for (Mention m : ms) if (Math.abs(m.start() - to.start()) < Math.abs(best.start() - to.start())) best = m;
        return best;
    }
}
