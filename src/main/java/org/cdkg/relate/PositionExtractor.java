package org.cdkg.relate;

import com.fasterxml.jackson.databind.JsonNode;
import org.cdkg.document.Article;
import org.cdkg.document.Entity;
import org.cdkg.document.EntityType;
import org.cdkg.document.Mention;
import org.cdkg.document.PositionHolding;
import org.cdkg.document.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the posts people hold from the title written before their name: 中国气候变化事务特使解振华,
 * 国务委员兼外交部长王毅 (two posts), China Special Envoy for Climate Change Liu Zhenmin.
 * Holders of climate-envoy posts become Envoys.
 */
public final class PositionExtractor {
    private final List<String> zhHeads, zhBreakers, zhJoiners, zhFormer, enHeads, enConnectors;
    private final List<Pattern> envoy = new ArrayList<>();

    public PositionExtractor() {
        JsonNode r = CueFiles.json("titles.json");
        zhHeads = CueFiles.list(r.path("zhHeads"));
        zhBreakers = CueFiles.list(r.path("zhBreakers"));
        zhJoiners = CueFiles.list(r.path("zhJoiners"));
        zhFormer = CueFiles.list(r.path("zhFormer"));
        enHeads = CueFiles.list(r.path("enHeads"));
        enConnectors = CueFiles.list(r.path("enConnectors"));
        r.path("envoyPatterns").forEach(n -> envoy.add(Pattern.compile(n.asText())));
        zhHeads.sort((a, b) -> b.length() - a.length());
        zhBreakers.sort((a, b) -> b.length() - a.length());
    }

    public void extract(Article a) {
        int previousEnd = 0;
        for (Mention m : a.mentions()) {
            if (m.type().family() != EntityType.PERSON) continue;
            Sentence s = a.sentenceAt(m.start());
            if (s == null) continue;
            int from = Math.max(s.start(), previousEnd);
            previousEnd = m.end();
            List<String[]> titles = s.lang() == Sentence.Lang.ZH ? chinese(a, from, m.start()) : english(a, from, m.start());
            for (String[] t : titles) {
                a.positions().add(new PositionHolding(m.entityKey(), t[0], t[1], t[2] != null, a.evidence(s, "title-before-name", 0.8)));
                if (isEnvoyTitle(t[0])) {
                    Entity e = a.entities().get(m.entityKey());
                    if (e != null) e.refineType(EntityType.ENVOY);
                }
            }
        }
        for (Entity e : a.entities().values()) {
            if (e.type() == EntityType.PERSON && e.fromGazetteer() && e.facts().get("positions") instanceof List<?> ps)
                for (Object p : ps) if (p instanceof java.util.Map<?, ?> pm && isEnvoyTitle(String.valueOf(pm.get("en")))) e.refineType(EntityType.ENVOY);
        }
    }

    public boolean isEnvoyTitle(String title) {
        String simplified = com.hankcs.hanlp.HanLP.convertToSimplifiedChinese(title);
        for (Pattern p : envoy) if (p.matcher(simplified).find()) return true;
        return false;
    }

    /** Titles as {text as written, language, former-marker or null}. */
    private List<String[]> chinese(Article a, int from, int nameStart) {
        String t = a.simplified();
        int start = from;
        for (int i = nameStart - 1; i >= from; i--) {
            char c = t.charAt(i);
            if ("，,。；;：:！？!?\n“”\"（(）)《》 ".indexOf(c) >= 0) { start = i + 1; break; }
        }
        String window = t.substring(start, nameStart);
        if (window.isEmpty() || head(window) == null) return List.of();
        // Walk left from the name: joiners between two titles keep going, any other breaker stops.
        int left = 0;
        int i = window.length();
        while (i > 0) {
            String breaker = breakerEndingAt(window, i);
            if (breaker == null) { i--; continue; }
            String leftPart = window.substring(0, i - breaker.length());
            if (zhJoiners.contains(breaker) && head(leftPart) != null) { i -= breaker.length(); continue; }
            // 、 also lists organisations inside one title (驻联合国环境署、人居署代表).
            if (breaker.equals("、") && !leftPart.isEmpty()) { i -= breaker.length(); continue; }
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

    private List<String[]> english(Article a, int from, int nameStart) {
        String body = a.body().text();
        int i = nameStart;
        int start = nameStart;
        boolean sawHead = false;
        while (i > from) {
            int we = i;
            while (we > from && body.charAt(we - 1) == ' ') we--;
            int ws = we;
            while (ws > from && " ,;:(".indexOf(body.charAt(ws - 1)) < 0) ws--;
            if (ws == we) break;
            String w = body.substring(ws, we);
            boolean cap = Character.isUpperCase(w.charAt(0));
            if (!cap && !enConnectors.contains(w)) break;
            if (w.equals("and") || w.equals("the") && !sawHead) break;
            if (cap) for (String h : enHeads) if (w.equals(h) || w.startsWith(h)) sawHead = true;
            start = ws;
            i = ws;
            if (ws > from && body.charAt(ws - 1) != ' ') break;
        }
        String title = body.substring(start, nameStart).strip();
        while (!title.isEmpty() && enConnectors.contains(title.split(" ")[0])) title = title.substring(title.indexOf(' ') + 1).strip();
        if (!sawHead || title.isEmpty()) return List.of();
        return java.util.Collections.singletonList(new String[]{title, "en", null});
    }
}
