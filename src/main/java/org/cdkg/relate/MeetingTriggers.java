package org.cdkg.relate;

import org.cdkg.document.Article;
import org.cdkg.document.EntityType;
import org.cdkg.document.Mention;
import org.cdkg.document.Sentence;
import org.cdkg.relate.rules.MeetingRules;
import org.cdkg.relate.rules.MeetingRules.Governs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words in a sentence that name a meeting (the triggers of meeting frames), with the kind
 * each names and on which side its people stand. A word inside a name the recogniser found (会议
 * in an organisation's name, 大会 in a COP session's) is not one, unless the name is that of a
 * standing dialogue or working group, or of a statement, whose names do name meetings. Nor is a word that names
 * an event the sentence only cites (会晤共识) or a sense that is no meeting (接受…访问).
 */
final class MeetingTriggers {
    record Trigger(int start, int end, String kind, Governs governs) {
        boolean verbal() { return governs != Governs.NONE; }
    }

    private record Word(String text, String kind, Governs governs) {}

    private final List<Word> words = new ArrayList<>();
    private final boolean latin;
    private final List<Pattern> excluded = new ArrayList<>();

    MeetingTriggers(MeetingRules rules, boolean latin) {
        this.latin = latin;
        Map<String, Word> byText = new HashMap<>();
        for (MeetingRules.KindWords k : rules.kinds())
            for (String w : k.words()) byText.putIfAbsent(latin ? w.toLowerCase(Locale.ROOT) : w, new Word(latin ? w.toLowerCase(Locale.ROOT) : w, k.kind(), k.governs()));
        for (String w : MeetingRules.longestFirst(byText.keySet())) words.add(byText.get(w));
        excluded.addAll(MeetingRules.compile(rules.citedEvents()));
        excluded.addAll(MeetingRules.compile(rules.notTriggers()));
    }

    List<Trigger> in(Article a, Sentence s) {
        String t = a.simplified().substring(s.start(), s.end());
        String hay = latin ? t.toLowerCase(Locale.ROOT) : t;
        boolean[] used = new boolean[t.length()];
        for (Pattern p : excluded) {
            Matcher m = p.matcher(t);
            while (m.find()) for (int i = m.start("trigger"); i < m.end("trigger"); i++) used[i] = true;
        }
        List<Trigger> out = new ArrayList<>();
        for (Word w : words) {
            for (int i = hay.indexOf(w.text()); i >= 0; i = hay.indexOf(w.text(), i + 1)) {
                int e = i + w.text().length();
                if (latin && !wordAt(hay, i, e)) continue;
                // "meetings", "talks": a plural ends the word too.
                if (latin && e < hay.length() && hay.charAt(e) == 's' && (e + 1 == hay.length() || !Character.isLetter(hay.charAt(e + 1)))) e++;
                boolean clash = false;
                for (int x = i; x < e && !clash; x++) clash = used[x];
                if (clash || insideNamedThing(a, s.start() + i, s.start() + e)) continue;
                for (int x = i; x < e; x++) used[x] = true;
                out.add(new Trigger(s.start() + i, s.start() + e, w.kind(), w.governs()));
            }
        }
        out.sort((x, y) -> x.start() - y.start());
        return out;
    }

    /** Whether [i, e) is a whole word, or a whole word but for a plural s. */
    private static boolean wordAt(String hay, int i, int e) {
        if (i > 0 && Character.isLetter(hay.charAt(i - 1))) return false;
        if (e >= hay.length() || !Character.isLetter(hay.charAt(e))) return true;
        return hay.charAt(e) == 's' && (e + 1 == hay.length() || !Character.isLetter(hay.charAt(e + 1)));
    }

    /** 缔约方大会 inside a COP session's name, 会议 inside an organisation's, 大会 in 人民大会堂, is not a meeting of this article's. */
    private static boolean insideNamedThing(Article a, int s, int e) {
        for (Mention m : a.mentions()) {
            EntityType f = m.type().family();
            // A standing dialogue's own name (中欧环境与气候高层对话) does name its meetings; so does a statement's
            // ("Joint Statement issued at the conclusion of the 30th BASIC Ministerial Meeting", …部长级会议联合声明).
            if (m.type() == EntityType.WORKING_GROUP || f == EntityType.AGREEMENT) continue;
            if (m.start() <= s && m.end() >= e && (f == EntityType.COP_SESSION || f == EntityType.ORGANIZATION || f == EntityType.PLACE))
                return true;
        }
        return false;
    }
}
