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
 * {@code gazetteer/index.txt}). Names are compared as {@link NameKey}s, so simplified, traditional
 * and full-width spellings all hit: full names and short forms share one character trie, a body
 * is walked through it once for both, and the longest acceptable name at each position wins.
 */
public final class Gazetteer {
    private static final Set<String> NAME_FIELDS = Set.of("id", "type", "en", "zhHans", "zhHant", "aliases", "shortForms", "abbr", "qid");
    private static volatile Gazetteer shared;

    private final List<GazetteerEntry> entries;
    private final Map<String, GazetteerEntry> byId = new HashMap<>();
    private final Map<String, GazetteerEntry> cops = new HashMap<>();
    private final Map<Character, GazetteerEntry> byAbbreviation = new HashMap<>();
    private final List<GazetteerEntry> groups = new ArrayList<>();
    private final Map<String, GazetteerEntry> byDemonym = new HashMap<>();
    /** Full names and short forms, by key. */
    private final Node trie = new Node();
    /**
     * The root's children again, by open addressing on the character ('\0' marks a free slot):
     * the first step of every walk, taken at every position of every article.
     */
    private final char[] firstChars;
    private final Node[] firstNodes;
    private final int firstMask;

    /** A name found in a {@link MatchText}: body span and the entry. */
    public record Match(int start, int end, GazetteerEntry entry, boolean shortForm) {}

    /**
     * A trie node. Its children are kept in arrays sorted by character and found by binary search:
     * compact, and without the boxed characters and hash buckets of a map per node.
     */
    static final class Node {
        private static final char[] NO_CHARS = {};
        private static final Node[] NO_NODES = {};
        private char[] chars = NO_CHARS;
        private Node[] next = NO_NODES;
        /** The entries that have the key ending here as a full name, and as a short form; null for none. */
        List<Hit> full, shortForms;

        List<Hit> hits(boolean shortForm) { return shortForm ? shortForms : full; }

        Node child(char c) {
            int lo = 0, hi = chars.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                char m = chars[mid];
                if (m == c) return next[mid];
                if (m < c) lo = mid + 1;
                else hi = mid - 1;
            }
            return null;
        }

        Node childOrNew(char c) {
            Node n = child(c);
            if (n != null) return n;
            int at = 0;
            while (at < chars.length && chars[at] < c) at++;
            char[] cs = new char[chars.length + 1];
            Node[] ns = new Node[chars.length + 1];
            System.arraycopy(chars, 0, cs, 0, at);
            System.arraycopy(next, 0, ns, 0, at);
            cs[at] = c;
            ns[at] = n = new Node();
            System.arraycopy(chars, at, cs, at + 1, chars.length - at);
            System.arraycopy(next, at, ns, at + 1, chars.length - at);
            chars = cs;
            next = ns;
            return n;
        }
    }

    record Hit(GazetteerEntry entry, String alias, boolean exactCase) {}

    /** A name key found in a {@link MatchText}: [start, end) in key offsets, and the node it ends at. */
    record KeyOccurrence(int start, int end, Node node) {}

    public Gazetteer(List<GazetteerEntry> entries) {
        this.entries = List.copyOf(entries);
        for (GazetteerEntry e : entries) {
            if (byId.put(e.id(), e) != null) throw new IllegalStateException("gazetteer id '" + e.id() + "' is defined twice");
            for (String a : e.abbreviations()) if (a.length() == 1) byAbbreviation.putIfAbsent(a.charAt(0), e);
            if (e.facts().get("members") instanceof List<?>) groups.add(e);
            if (e.facts().get("demonyms") instanceof List<?> ds) for (Object d : ds) byDemonym.putIfAbsent(String.valueOf(d), e);
            if (e.type() == EntityType.COP_SESSION && e.facts().get("copNumber") instanceof Number n)
                cops.put(e.facts().getOrDefault("convention", "") + "#" + n.intValue(), e);
            for (String name : names(e)) insert(name, e, false);
            for (String s : e.shortForms()) insert(s, e, true);
        }
        int slots = Integer.highestOneBit(Math.max(1, trie.chars.length) * 2) * 2;
        firstChars = new char[slots];
        firstNodes = new Node[slots];
        firstMask = slots - 1;
        for (int i = 0; i < trie.chars.length; i++) {
            char c = trie.chars[i];
            if (c == '\0') continue;  // found by binary search in first(), never by the table
            int h = slot(c);
            while (firstChars[h] != 0) h = (h + 1) & firstMask;
            firstChars[h] = c;
            firstNodes[h] = trie.next[i];
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

    /**
     * The groups (entries with members, such as BASIC or the G20) whose names occur in a text,
     * Latin names as whole words: the groups a statement's own name says issued it.
     */
    public List<GazetteerEntry> groupsNamedIn(String text) {
        List<GazetteerEntry> out = new ArrayList<>();
        for (GazetteerEntry e : groups) {
            for (String n : names(e)) {
                int at = text.indexOf(n);
                boolean latin = n.chars().allMatch(c -> c < 128);
                boolean whole = at >= 0 && (!latin || (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                        && (at + n.length() == text.length() || !Character.isLetterOrDigit(text.charAt(at + n.length()))));
                if (whole) { out.add(e); break; }
            }
        }
        return out;
    }

    /** The country an English adjective of nationality stands for (Chilean → Chile), or null. */
    public GazetteerEntry countryByDemonym(String word) { return byDemonym.get(word); }

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

    private void insert(String name, GazetteerEntry e, boolean shortForm) {
        String key = NameKey.of(name);
        if (key.isEmpty()) return;
        Node n = trie;
        for (int i = 0; i < key.length(); i++) n = n.childOrNew(key.charAt(i));
        List<Hit> hits = n.hits(shortForm);
        if (hits == null) {
            hits = new ArrayList<>(1);
            if (shortForm) n.shortForms = hits;
            else n.full = hits;
        }
        boolean exact = key.length() <= 4 && key.chars().allMatch(c -> c < 128);
        for (Hit h : hits) if (h.entry == e) return;
        hits.add(new Hit(e, name.strip(), exact));
    }

    /** The child of the root for the first character of a key, or null. */
    private Node first(char c) {
        if (c == 0) return trie.child(c);
        for (int h = slot(c); ; h = (h + 1) & firstMask) {
            char f = firstChars[h];
            if (f == c) return firstNodes[h];
            if (f == 0) return null;
        }
    }

    private int slot(char c) {
        return (c * 0x9E3779B1) >>> 7 & firstMask;
    }

    /** Longest matches, left to right, not overlapping. Latin names must stand as whole words. */
    public List<Match> find(MatchText text, String body, boolean shortForms) {
        String k = text.key;
        List<KeyOccurrence> found = occurrences(text);
        List<Match> out = new ArrayList<>();
        int i = 0, f = 0;
        while (f < found.size()) {
            int start = found.get(f).start;
            if (start < i) { f++; continue; }
            int bestEnd = -1;
            Hit best = null;
            for (; f < found.size() && found.get(f).start == start; f++) {
                KeyOccurrence c = found.get(f);
                List<Hit> hits = c.node.hits(shortForms);
                Hit h = hits == null ? null : acceptable(hits, k, start, c.end, text, body);
                if (h != null) { best = h; bestEnd = c.end; }
            }
            if (best != null) {
                out.add(new Match(text.bodyStart(start), text.bodyEnd(bestEnd), best.entry, shortForms));
                i = bestEnd;
            }
        }
        return out;
    }

    /**
     * Every key of either kind in the text, by start and at one start shortest first (so the last
     * acceptable name at a start is the longest); found in one walk and kept with the text, since
     * an article is searched for full names and then for short forms.
     */
    private List<KeyOccurrence> occurrences(MatchText text) {
        if (text.occurrencesFrom != this) {
            String k = text.key;
            List<KeyOccurrence> all = new ArrayList<>();
            for (int i = 0; i < k.length(); i++) {
                Node n = first(k.charAt(i));
                for (int end = i + 1; n != null; end++) {
                    if (n.full != null || n.shortForms != null) all.add(new KeyOccurrence(i, end, n));
                    if (end == k.length()) break;
                    n = n.child(k.charAt(end));
                }
            }
            text.occurrences = all;
            text.occurrencesFrom = this;
        }
        return text.occurrences;
    }

    /** The entry that has exactly this name (a full name, or a short form when asked), if any. */
    public GazetteerEntry exact(String name, boolean shortForm) {
        String key = NameKey.of(name);
        Node n = trie;
        for (int i = 0; i < key.length() && n != null; i++) n = n.child(key.charAt(i));
        List<Hit> hits = n == null ? null : n.hits(shortForm);
        return hits == null ? null : hits.get(0).entry;
    }

    /**
     * The longest known name that starts where [start, end) starts and ends before it does:
     * the ministry in the name of one of its departments.
     */
    public Match longestProperPrefix(String simplified, int start, int end) {
        // Short forms share the trie; a path that leads to a full name is a full name's prefix either way.
        Node n = trie;
        Match best = null;
        int i = start;
        while (i < end - 1) {
            char c = simplified.charAt(i);
            i++;
            if (NameKey.ignorable(c)) continue;
            n = n.child(NameKey.fold(c));
            if (n == null) break;
            if (n.full != null && i < end) best = new Match(start, i, n.full.get(0).entry, false);
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
