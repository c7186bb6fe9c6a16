package org.cdkg.recognise;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cdkg.document.EntityType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The curated domain gazetteer: envoys, ministers, agencies, international bodies, working
 * groups, places, COP sessions and agreements, read from {@code gazetteer/*.json} (listed in
 * {@code gazetteer/index.txt}). Names are matched longest-first in a character trie over
 * {@link NameKey}s, so simplified, traditional and full-width spellings all hit.
 */
public final class Gazetteer {
    private static final Set<String> NAME_FIELDS = Set.of("id", "type", "en", "zhHans", "zhHant", "aliases", "shortForms", "abbr", "qid");
    private static volatile Gazetteer shared;

    private final List<GazetteerEntry> entries;
    private final Map<String, GazetteerEntry> byId = new HashMap<>();
    private final Map<String, GazetteerEntry> cops = new HashMap<>();
    private final Map<Character, GazetteerEntry> byAbbreviation = new HashMap<>();
    private final Node fullNames = new Node();
    private final Node shortNames = new Node();

    /** A name found in a {@link MatchText}: body span and the entry. */
    public record Match(int start, int end, GazetteerEntry entry, boolean shortForm) {}

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        List<Hit> hits;
    }

    private record Hit(GazetteerEntry entry, String alias, boolean exactCase) {}

    public Gazetteer(List<GazetteerEntry> entries) {
        this.entries = List.copyOf(entries);
        for (GazetteerEntry e : entries) {
            if (byId.put(e.id(), e) != null) throw new IllegalStateException("gazetteer id '" + e.id() + "' is defined twice");
            for (String a : e.abbreviations()) if (a.length() == 1) byAbbreviation.putIfAbsent(a.charAt(0), e);
            if (e.type() == EntityType.COP_SESSION && e.facts().get("copNumber") instanceof Number n)
                cops.put(e.facts().getOrDefault("convention", "") + "#" + n.intValue(), e);
            for (String name : names(e)) insert(fullNames, name, e);
            for (String s : e.shortForms()) insert(shortNames, s, e);
        }
    }

    /** The gazetteer bundled in the jar, loaded once. */
    public static Gazetteer bundled() {
        Gazetteer g = shared;
        if (g == null) {
            synchronized (Gazetteer.class) {
                if (shared == null) shared = loadBundled();
                g = shared;
            }
        }
        return g;
    }

    public List<GazetteerEntry> entries() { return entries; }
    public GazetteerEntry byId(String id) { return byId.get(id); }

    /** The COP session of a convention ("org/unfccc", "agreement/cbd") with that number, if curated. */
    public GazetteerEntry cop(String convention, int number) { return cops.get(convention + "#" + number); }

    /** The country written with this one-character abbreviation in compounds such as 中美. */
    public GazetteerEntry countryByAbbreviation(char c) { return byAbbreviation.get(c); }

    /** Every full name of every entry, with its entry: for segmenter dictionaries. */
    public Map<String, GazetteerEntry> fullNameIndex() {
        Map<String, GazetteerEntry> m = new LinkedHashMap<>();
        for (GazetteerEntry e : entries) for (String n : names(e)) m.putIfAbsent(n, e);
        return m;
    }

    static List<String> names(GazetteerEntry e) {
        List<String> n = new ArrayList<>();
        if (e.en() != null) n.add(e.en());
        if (e.zhHans() != null) n.add(e.zhHans());
        if (e.zhHant() != null) n.add(e.zhHant());
        n.addAll(e.aliases());
        return n;
    }

    private static void insert(Node root, String name, GazetteerEntry e) {
        String key = NameKey.of(name);
        if (key.isEmpty()) return;
        Node n = root;
        for (int i = 0; i < key.length(); i++) n = n.next.computeIfAbsent(key.charAt(i), c -> new Node());
        if (n.hits == null) n.hits = new ArrayList<>(1);
        boolean exact = key.length() <= 4 && key.chars().allMatch(c -> c < 128);
        for (Hit h : n.hits) if (h.entry == e) return;
        n.hits.add(new Hit(e, name.strip(), exact));
    }

    /** Longest matches, left to right, not overlapping. Latin names must stand as whole words. */
    public List<Match> find(MatchText text, String body, boolean shortForms) {
        Node root = shortForms ? shortNames : fullNames;
        String k = text.key;
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < k.length()) {
            Node n = root;
            int bestEnd = -1;
            Hit best = null;
            for (int j = i; j < k.length(); j++) {
                n = n.next.get(k.charAt(j));
                if (n == null) break;
                if (n.hits != null) {
                    Hit h = acceptable(n.hits, k, i, j + 1, text, body);
                    if (h != null) { best = h; bestEnd = j + 1; }
                }
            }
            if (best != null) {
                out.add(new Match(text.bodyStart(i), text.bodyEnd(bestEnd), best.entry, shortForms));
                i = bestEnd;
            } else i++;
        }
        return out;
    }

    /** The entry that has exactly this name (a full name, or a short form when asked), if any. */
    public GazetteerEntry exact(String name, boolean shortForm) {
        String key = NameKey.of(name);
        Node n = shortForm ? shortNames : fullNames;
        for (int i = 0; i < key.length() && n != null; i++) n = n.next.get(key.charAt(i));
        return n == null || n.hits == null ? null : n.hits.get(0).entry;
    }

    /**
     * The longest known name that starts where [start, end) starts and ends before it does:
     * the ministry in the name of one of its departments.
     */
    public Match longestProperPrefix(String simplified, int start, int end) {
        Node n = fullNames;
        Match best = null;
        int i = start;
        while (i < end - 1) {
            char c = simplified.charAt(i);
            i++;
            if (NameKey.ignorable(c)) continue;
            n = n.next.get(NameKey.fold(c));
            if (n == null) break;
            if (n.hits != null && i < end) best = new Match(start, i, n.hits.get(0).entry, false);
        }
        return best;
    }

    private static Hit acceptable(List<Hit> hits, String k, int s, int e, MatchText text, String body) {
        boolean latinStart = NameKey.isLatinWordChar(k.charAt(s)), latinEnd = NameKey.isLatinWordChar(k.charAt(e - 1));
        if (latinStart && s > 0 && NameKey.isLatinWordChar(k.charAt(s - 1))) return null;
        if (latinEnd && e < k.length() && NameKey.isLatinWordChar(k.charAt(e))) return null;
        for (Hit h : hits) {
            if (!h.exactCase) return h;
            String surface = body.substring(text.bodyStart(s), text.bodyEnd(e));
            if (surface.equals(h.alias)) return h;
        }
        return null;
    }

    private static Gazetteer loadBundled() {
        List<GazetteerEntry> all = new ArrayList<>();
        try (InputStream idx = Gazetteer.class.getResourceAsStream("/gazetteer/index.txt")) {
            if (idx == null) throw new IllegalStateException("resource gazetteer/index.txt is missing from the build");
            BufferedReader r = new BufferedReader(new InputStreamReader(idx, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                try (InputStream in = Gazetteer.class.getResourceAsStream("/gazetteer/" + line)) {
                    if (in == null) throw new IllegalStateException("gazetteer file " + line + " listed in index.txt is missing");
                    all.addAll(parse(in, line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled gazetteer", e);
        }
        return new Gazetteer(all);
    }

    static List<GazetteerEntry> parse(InputStream in, String fileName) throws IOException {
        ObjectMapper om = new ObjectMapper();
        JsonNode root = om.readTree(in);
        List<GazetteerEntry> out = new ArrayList<>();
        for (JsonNode n : root.path("entries")) {
            String id = n.path("id").asText(null);
            if (id == null) throw new IllegalStateException(fileName + ": an entry has no id");
            EntityType type;
            try {
                type = EntityType.fromClassName(n.path("type").asText());
            } catch (IllegalArgumentException ex) {
                throw new IllegalStateException(fileName + ": entry " + id + " has an unknown type '" + n.path("type").asText() + "'");
            }
            Map<String, Object> facts = new LinkedHashMap<>();
            Map<String, Object> raw = om.convertValue(n, new TypeReference<Map<String, Object>>() {});
            for (Map.Entry<String, Object> f : raw.entrySet()) if (!NAME_FIELDS.contains(f.getKey())) facts.put(f.getKey(), f.getValue());
            out.add(new GazetteerEntry(id, type, text(n, "en"), text(n, "zhHans"), text(n, "zhHant"),
                    list(n, "aliases"), list(n, "shortForms"), list(n, "abbr"), text(n, "qid"), Collections.unmodifiableMap(facts)));
        }
        return out;
    }

    private static String text(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    private static List<String> list(JsonNode n, String f) {
        List<String> l = new ArrayList<>();
        n.path(f).forEach(x -> { if (!x.asText().isBlank()) l.add(x.asText()); });
        return List.copyOf(l);
    }
}
