package org.cdkg.relate;

import org.cdkg.document.Article;
import org.cdkg.document.Entity;
import org.cdkg.document.EntityType;
import org.cdkg.document.Mention;
import org.cdkg.document.PositionHolding;
import org.cdkg.document.Sentence;
import org.cdkg.recognise.BoundedCache;
import org.cdkg.relate.rules.RulePack;
import org.cdkg.relate.rules.TitleRules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the posts people hold from the title written before their name: 中国气候变化事务特使解振华,
 * 国务委员兼外交部长王毅 (two posts), China Special Envoy for Climate Change Liu Zhenmin.
 * Holders of climate-envoy posts become Envoys.
 */
public final class PositionExtractor {
    private final List<String> zhHeads, zhBreakers, zhJoiners, zhFormer, enHeads, enConnectors, enFormer, zhPostVerbs, enPostVerbs;
    private final List<Pattern> enAppositionEnds = new ArrayList<>();
    private final java.util.Set<String> enHonorifics;
    private final List<Pattern> envoy = new ArrayList<>();
    /** The gazetteer's people carry the same posts in every article that names them. */
    private final BoundedCache<Boolean> envoyTitles = new BoundedCache<>(10_000, 200, this::matchesEnvoyPattern);
    /**
     * The word boundaries of title windows, which recur ("中国气候变化事务特使"). Only segmentations
     * made after the recogniser has put the gazetteer's names into HanLP's dictionary are kept,
     * since those names change how a window is segmented.
     */
    private static final BoundedCache<java.util.Set<Integer>> WINDOW_BOUNDARIES = new BoundedCache<>(10_000, 100, PositionExtractor::wordBoundaries);
    private final java.util.Set<String> enLowerTitleWords;
    /** {@code enHeads} in lower case, index for index, as the start ("minister-") and the end ("-minister") of a compound. */
    private final List<String> enHeadPrefixes = new ArrayList<>(), enHeadSuffixes = new ArrayList<>();
    private static final Pattern POSSESSIVE_S = Pattern.compile("[’']s$");
    private static final Pattern FIRST_WORD_END = Pattern.compile("[ '’]");
    private static final Pattern WORD_SEPARATOR = Pattern.compile("[\\s,;-]+");

    public PositionExtractor() {
        var packs = RulePack.perLanguage("titles", TitleRules.class);
        TitleRules zh = packs.get(Sentence.Lang.ZH), en = packs.get(Sentence.Lang.EN);
        zhHeads = new ArrayList<>(zh.heads());
        zhBreakers = new ArrayList<>(zh.breakers());
        zhJoiners = zh.joiners();
        zhFormer = zh.former();
        enHeads = en.heads();
        enConnectors = en.connectors();
        enFormer = en.former();
        enLowerTitleWords = new java.util.HashSet<>(en.lowerCaseWords());
        en.appositionEnds().forEach(p -> enAppositionEnds.add(Pattern.compile(p)));
        enHonorifics = java.util.Set.copyOf(en.honorifics());
        zhPostVerbs = new ArrayList<>(zh.postVerbs());
        zhPostVerbs.sort((x, y) -> y.length() - x.length());
        enPostVerbs = en.postVerbs().stream().map(v -> v.toLowerCase(java.util.Locale.ROOT)).sorted((x, y) -> y.length() - x.length()).toList();
        for (TitleRules r : packs.values()) r.envoyPatterns().forEach(p -> envoy.add(Pattern.compile(p)));
        zhHeads.sort((a, b) -> b.length() - a.length());
        zhBreakers.sort((a, b) -> b.length() - a.length());
        for (String h : enHeads) {
            enHeadPrefixes.add(h.toLowerCase() + "-");
            enHeadSuffixes.add("-" + h.toLowerCase());
        }
    }

    public void extract(Article a) {
        int previousEnd = 0;
        for (Mention m : a.mentions()) {
            if (m.type().family() != EntityType.PERSON) continue;
            Sentence s = a.sentenceAt(m.start());
            if (s == null) continue;
            int from = Math.max(s.start(), previousEnd);
            boolean afterPerson = previousEnd > s.start();
            previousEnd = m.end();
            List<String[]> titles = new ArrayList<>(s.lang() == Sentence.Lang.ZH ? chinese(a, from, m.start()) : english(a, from, m.start(), afterPerson));
            if (s.lang() == Sentence.Lang.EN && titles.isEmpty()) titles.addAll(englishApposition(a, m.end(), s.end()));
            hold(a, m.entityKey(), titles, a.evidence(s, "title-before-name", 0.8));
        }
        for (Sentence s : a.sentences()) {
            if (s.lang() == Sentence.Lang.ZH) postsAfterVerbs(a, s);
            else englishPostsAfterVerbs(a, s);
        }
        for (Entity e : a.entities().values()) {
            if (e.type() == EntityType.PERSON && e.fromGazetteer() && e.facts().get("positions") instanceof List<?> ps)
                for (Object p : ps) if (p instanceof java.util.Map<?, ?> pm && isEnvoyTitle(String.valueOf(pm.get("en")))) e.refineType(EntityType.ENVOY);
        }
    }

    private void hold(Article a, String person, List<String[]> titles, org.cdkg.document.Evidence said) {
        for (String[] t : titles) {
            a.positions().add(new PositionHolding(person, t[0], t[1], t[2] != null, said));
            if (isEnvoyTitle(t[0])) {
                Entity e = a.entities().get(person);
                if (e != null) e.refineType(EntityType.ENVOY);
            }
        }
    }

    /**
     * 解振华…1993年以来先后担任国家环境保护局局长、国家环境保护总局局长…: the posts written after
     * 担任, 出任, 成为 are those of the person the sentence last named before the verb.
     */
    private void postsAfterVerbs(Article a, Sentence s) {
        String t = a.simplified();
        for (int i = s.start(); i < s.end(); i++) {
            String verb = null;
            for (String v : zhPostVerbs) if (t.startsWith(v, i)) { verb = v; break; }
            if (verb == null) continue;
            int from = i + verb.length(), to = from;
            while (to < s.end() && "，。；,;:：（(）)\n".indexOf(t.charAt(to)) < 0 && to - from < 60) to++;
            Mention subject = null;
            for (Mention m : a.mentions()) if (m.type().family() == EntityType.PERSON && m.end() <= i && m.start() >= s.start()) subject = m;
            i = to;
            if (subject == null || !Clauses.mentions(a, from, to, EntityType.PERSON).isEmpty()) continue;
            List<String[]> titles = new ArrayList<>();
            int piece = from;
            for (int k = from; k <= to; k++) {
                // 、 always parts two posts; 兼 or 和 only after a whole title (发展和改革委员会 stays one).
                boolean joins = k < to && t.charAt(k) != '、' && joinerAt(t.substring(from, to), k - from) != null && head(t.substring(piece, k)) != null;
                if (k < to && t.charAt(k) != '、' && !joins) continue;
                String title = a.text(piece, k).strip();
                if (title.length() >= 2 && head(org.cdkg.recognise.ChineseScript.simplified(title)) != null && breakerEndingAt(title, title.length()) == null)
                    titles.add(new String[]{title, org.cdkg.recognise.EntityRecognizer.lang(title), null});
                String j = k < to && t.charAt(k) != '、' ? joinerAt(t.substring(from, to), k - from) : null;
                piece = k + (j != null ? j.length() : 1);
            }
            hold(a, subject.entityKey(), titles, a.evidence(s, "title-after-verb", 0.75));
        }
    }

    /**
     * "Simon Stiell, …, who took over from Patricia Espinosa as the UN's climate chief", "became
     * COP28 president": the post after the verb (after "as" where there is one) is that of the
     * person named last before the verb. The title runs to its last head word.
     */
    private void englishPostsAfterVerbs(Article a, Sentence s) {
        String body = a.body().text();
        String lower = body.substring(s.start(), s.end()).toLowerCase(java.util.Locale.ROOT);
        for (String verb : enPostVerbs) {
            for (int at = lower.indexOf(verb); at >= 0; at = lower.indexOf(verb, at + 1)) {
                if (at > 0 && Character.isLetter(lower.charAt(at - 1))) continue;
                int after = s.start() + at + verb.length();
                Mention holder = null;
                for (Mention m : a.mentions()) if (m.type().family() == EntityType.PERSON && m.end() <= s.start() + at && m.start() >= s.start()) holder = m;
                if (holder == null) continue;
                int asAt = body.indexOf(" as ", after);
                int from = verb.endsWith(" as") || !lower.substring(at + verb.length()).startsWith(" ") ? after
                        : asAt >= 0 && asAt < Math.min(s.end(), after + 60) ? asAt + 4 : after;
                String title = titleAt(body, from, s.end());
                if (title != null) hold(a, holder.entityKey(), java.util.List.<String[]>of(new String[]{title, "en", null}), a.evidence(s, "title-after-verb", 0.7));
            }
        }
    }

    /** The words from {@code from} that make a title: up to punctuation, and no further than their last head word. */
    private String titleAt(String body, int from, int end) {
        int e = from;
        while (e < end && ",.;:()\n".indexOf(body.charAt(e)) < 0) e++;
        String phrase = body.substring(from, e).strip();
        if (phrase.startsWith("the ")) phrase = phrase.substring(4);
        String[] words = phrase.split(" ");
        int last = -1;
        for (int k = 0; k < words.length && k < 12; k++) if (isHead(words[k])) last = k;
        if (last < 0) return null;
        String title = String.join(" ", java.util.Arrays.copyOfRange(words, 0, last + 1));
        return title.length() < 3 ? null : title;
    }

    public boolean isEnvoyTitle(String title) {
        return envoyTitles.get(title);
    }

    private boolean matchesEnvoyPattern(String title) {
        String simplified = org.cdkg.recognise.ChineseScript.simplified(title);
        for (Pattern p : envoy) if (p.matcher(simplified).find()) return true;
        return false;
    }

    /** Titles as {text as written, language, former-marker or null}. */
    private List<String[]> chinese(Article a, int from, int nameStart) {
        String t = a.simplified();
        // In a table the title and the name are separated by spaces.
        while (nameStart > from && t.charAt(nameStart - 1) == ' ') nameStart--;
        int start = from;
        for (int i = nameStart - 1; i >= from; i--) {
            char c = t.charAt(i);
            if ("，,。；;：:！？!?\n“”\"（(）)《》 ".indexOf(c) >= 0) { start = i + 1; break; }
        }
        String window = t.substring(start, nameStart);
        if (window.isEmpty() || head(window) == null) return List.of();
        // Walk left from the name. A breaker stops the title only where it is a word of its own
        // (对 in 应对 is not); a conjunction inside the title (发展和改革委员会, 水利与环境事务部,
        // 大使兼代表) does not stop it either, unless nothing stands before it.
        // The word boundaries only matter where a breaker stands, which in most titles is nowhere: the
        // window is segmented at the first one.
        java.util.Set<Integer> bounds = null;
        int left = 0;
        int i = window.length();
        while (i > 0) {
            String breaker = breakerEndingAt(window, i);
            if (breaker != null && bounds == null)
                bounds = org.cdkg.recognise.ChineseSegmenter.namesRegistered() ? WINDOW_BOUNDARIES.get(window) : wordBoundaries(window);
            if (breaker == null || !bounds.contains(i) || !bounds.contains(i - breaker.length())) { i--; continue; }
            String leftPart = window.substring(0, i - breaker.length());
            // 与 joins short words inside a ministry's name (水利与环境事务部); after a longer phrase it means "with".
            boolean innerAnd = breaker.equals("与") && !leftPart.isEmpty() && lastWord(leftPart, bounds).length() <= 4;
            if ((zhJoiners.contains(breaker) || innerAnd) && !leftPart.isEmpty()) { i -= breaker.length(); continue; }
            left = i;
            break;
        }
        String chain = window.substring(left);
        List<String[]> out = new ArrayList<>();
        int pieceStart = 0;
        for (int k = 0; k <= chain.length(); k++) {
            String joiner = k < chain.length() ? joinerAt(chain, k) : null;
            if (k == chain.length() || joiner != null && head(chain.substring(pieceStart, k)) != null) {
                String piece = chain.substring(pieceStart, k);
                String former = null;
                for (String f : zhFormer) if (piece.startsWith(f) && piece.length() > f.length() + 1) { former = f; piece = piece.substring(f.length()); }
                if (head(piece) != null && piece.length() >= 2) {
                    int off = start + left + pieceStart + (former == null ? 0 : former.length());
                    out.add(new String[]{a.text(off, off + piece.length()), org.cdkg.recognise.EntityRecognizer.lang(a.text(off, off + piece.length())), former});
                }
                if (joiner != null) { pieceStart = k + joiner.length(); k += joiner.length() - 1; }
            }
        }
        return out;
    }

    /** Where HanLP's standard segmenter puts word boundaries in a window, as offsets into it. */
    private static java.util.Set<Integer> wordBoundaries(String window) {
        return java.util.Collections.unmodifiableSet(segmentedBoundaries(window));
    }

    private static java.util.Set<Integer> segmentedBoundaries(String window) {
        java.util.Set<Integer> bounds = new java.util.HashSet<>();
        int at = 0;
        for (com.hankcs.hanlp.seg.common.Term term : com.hankcs.hanlp.HanLP.segment(window)) {
            bounds.add(at);
            at += term.word.length();
        }
        bounds.add(at);
        return bounds;
    }

    /** The text since the last word boundary of a breaker-free run: what 与 would join on its left. */
    private static String lastWord(String left, java.util.Set<Integer> bounds) {
        int end = left.length(), start = end;
        int words = 0;
        for (int k = end - 1; k >= 0 && words < 2; k--) if (bounds.contains(k)) { start = k; words++; }
        return left.substring(start == end ? 0 : start, end);
    }

    private String head(String s) {
        for (String h : zhHeads) if (s.endsWith(h)) return h;
        return null;
    }

    private String breakerEndingAt(String w, int end) {
        for (String b : zhBreakers) if (end >= b.length() && w.startsWith(b, end - b.length())) return b;
        return null;
    }

    private String joinerAt(String w, int k) {
        for (String j : zhJoiners) if (w.startsWith(j, k)) return j;
        return null;
    }

    /** English titles: the capitalised (or known lower-case) words before the name, or an apposition after it. */
    private List<String[]> english(Article a, int from, int nameStart, boolean afterPerson) {
        String body = a.body().text();
        // "The Minister of Environmental Affairs, Mrs Edna Molewa", "H.E. Mr. HUANG Runqiu": honorifics stand
        // between a title and the name, and are part of neither; a comma may stand before them.
        int titleEnd = nameStart;
        boolean honorific = false;
        while (true) {
            int we = titleEnd;
            while (we > from && body.charAt(we - 1) == ' ') we--;
            int ws = we;
            while (ws > from && " ,;:(".indexOf(body.charAt(ws - 1)) < 0) ws--;
            if (ws == we || !enHonorifics.contains(body.substring(ws, we))) break;
            titleEnd = ws;
            honorific = true;
        }
        boolean commaBeforeHonorific = false;
        if (honorific) {
            int c = titleEnd;
            while (c > from && body.charAt(c - 1) == ' ') c--;
            if (c > from && body.charAt(c - 1) == ',') { titleEnd = c - 1; commaBeforeHonorific = true; }
        }
        int i = titleEnd, start = titleEnd;
        boolean sawHead = false;
        while (i > from) {
            int we = i;
            while (we > from && body.charAt(we - 1) == ' ') we--;
            boolean comma = we > from && body.charAt(we - 1) == ',';
            if (comma) {
                // "Minister of Environment, Forest and Climate Change": a comma inside a ministry's name.
                if (sawHead || start == titleEnd) break;
                we--;
            }
            int ws = we;
            while (ws > from && " ,;:(".indexOf(body.charAt(ws - 1)) < 0) ws--;
            if (ws == we) break;
            String w = body.substring(ws, we);
            if (enHonorifics.contains(w)) break;
            boolean cap = Character.isUpperCase(w.charAt(0));
            boolean lowerTitle = enLowerTitleWords.contains(w);
            if (!cap && !lowerTitle && !enConnectors.contains(w) && !w.startsWith("d'") && !w.equals("a.i.")) break;
            if (comma && !cap) break;
            if (w.equals("and") && sawHead) break;
            // "Secretary of the Ministry of …": "the" inside a title follows of/for/to; elsewhere it ends the title.
            if (w.equals("the") && !sawHead && !precededByConnector(body, ws, from)) break;
            if (isHead(w)) sawHead = true;
            start = ws;
            i = ws;
            if (ws > from && body.charAt(ws - 1) != ' ') break;
        }
        // "Ricardo Salles, Minister of the Environment of Brazil, H.E. Mr. HUANG Runqiu", "…, China Special Envoy for
        // Climate Change, and H.E. Ms. Barbara Creecy": a title right after another person's name, ending in a comma or
        // "and", is that person's apposition, not this one's title.
        if (commaBeforeHonorific && afterPerson && body.substring(from, start).strip().matches(",?")) return List.of();
        if (body.substring(start, titleEnd).strip().matches("(?s).*(,|\\band)$")) return List.of();
        nameStart = titleEnd;
        String title = body.substring(start, nameStart).strip();
        // Leading connectors go ("of the Ministry …" → "Ministry …"); a title that is only connectors is none.
        while (!title.isEmpty() && (enConnectors.contains(title.split(" ")[0]) || title.split(" ")[0].equals("and"))) {
            int space = title.indexOf(' ');
            title = space < 0 ? "" : title.substring(space + 1).strip();
        }
        List<String[]> out = new ArrayList<>();
        if (sawHead && !title.isEmpty()) {
            String former = null;
            for (String f : enFormer) if (title.toLowerCase().startsWith(f + " ")) former = f;
            out.add(new String[]{former != null ? title.substring(former.length() + 1) : title, "en", former});
        }
        return out;
    }

    private static boolean precededByConnector(String body, int wordStart, int from) {
        int e = wordStart;
        while (e > from && body.charAt(e - 1) == ' ') e--;
        int b = e;
        while (b > from && Character.isLetter(body.charAt(b - 1))) b--;
        String prev = body.substring(b, e);
        return prev.equals("of") || prev.equals("for") || prev.equals("to") || prev.equals("on");
    }

    /** "Xia Yingxian, director-general of the ministry's Department of Climate Change, and …" */
    private List<String[]> englishApposition(Article a, int nameEnd, int sentenceEnd) {
        String body = a.body().text();
        if (!body.startsWith(", ", nameEnd)) return List.of();
        int end = nameEnd + 2;
        // "…, Minister of Environment, Forest and Climate Change, and China by …": a comma followed by a
        // capitalised word continues a ministry's name; ", and" or a lower-case word ends the apposition.
        // The apposition ends where the next person of a list begins (", H.E. Mr. HUANG Runqiu", " and Rick Duke").
        int nextPerson = sentenceEnd;
        for (Mention m : a.mentions())
            if (m.start() > nameEnd && m.start() < nextPerson && m.type().family() == EntityType.PERSON && listed(body, nameEnd, m.start())) nextPerson = m.start();
        while (end < nextPerson) {
            char c = body.charAt(end);
            if (c == ';') break;
            if (c == ',' && !(end + 2 < sentenceEnd && body.charAt(end + 1) == ' ' && Character.isUpperCase(body.charAt(end + 2)))) break;
            // ", H.E. Mr. …", " and attended by": the next person, or another part of the sentence, begins.
            final int at = end;
            if (enAppositionEnds.stream().anyMatch(p -> p.matcher(body).region(at, sentenceEnd).lookingAt())) break;
            end++;
        }
        String phrase = body.substring(nameEnd + 2, end).strip().replaceAll("[.。]+$", "");
        if (phrase.startsWith("the ")) phrase = phrase.substring(4);
        else if (phrase.startsWith("a ")) return List.of();
        String first = FIRST_WORD_END.split(phrase)[0];
        if (phrase.length() > 120 || !(isHead(first) || enLowerTitleWords.contains(first) || Character.isUpperCase(phrase.isEmpty() ? 'a' : phrase.charAt(0)))) return List.of();
        for (String w : WORD_SEPARATOR.split(phrase)) if (isHead(w)) return java.util.Collections.singletonList(new String[]{phrase, "en", null});
        return List.of();
    }

    /** Whether the name at {@code at} follows a list separator (a comma, "and", a semicolon), honorifics aside. */
    private boolean listed(String body, int floor, int at) {
        int i = at;
        while (true) {
            while (i > floor && body.charAt(i - 1) == ' ') i--;
            int ws = i;
            while (ws > floor && body.charAt(ws - 1) != ' ' && body.charAt(ws - 1) != ',') ws--;
            if (ws < i && enHonorifics.contains(body.substring(ws, i))) { i = ws; continue; }
            break;
        }
        String before = body.substring(floor, i);
        return before.endsWith(",") || before.endsWith(";") || before.endsWith(" and") || before.endsWith(" or");
    }

    private boolean isHead(String w) {
        String x = POSSESSIVE_S.matcher(w).replaceAll("");
        String lower = x.toLowerCase();
        for (int k = 0; k < enHeads.size(); k++)
            if (x.equalsIgnoreCase(enHeads.get(k)) || lower.startsWith(enHeadPrefixes.get(k)) || lower.endsWith(enHeadSuffixes.get(k))) return true;
        return false;
    }
}
