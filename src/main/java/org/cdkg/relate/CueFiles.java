package org.cdkg.relate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the relation stage's cue files under {@code relate/}. */
final class CueFiles {
    private CueFiles() {}

    static JsonNode json(String name) {
        try (InputStream in = CueFiles.class.getResourceAsStream("/relate/" + name)) {
            if (in == null) throw new IllegalStateException("resource relate/" + name + " is missing from the build");
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("relate/" + name + " does not parse", e);
        }
    }

    static List<String> list(JsonNode n) {
        List<String> l = new ArrayList<>();
        n.forEach(x -> l.add(x.asText()));
        return l;
    }

    /** Regular expressions, each tested anywhere in a text. */
    static List<org.cdkg.document.FoundAnywhere> patterns(JsonNode n) {
        List<org.cdkg.document.FoundAnywhere> l = new ArrayList<>();
        n.forEach(x -> l.add(new org.cdkg.document.FoundAnywhere(java.util.regex.Pattern.compile(x.asText()))));
        return l;
    }

    /** A word → value map, longest words first so that 圆桌会议 wins over 会议. */
    static Map<String, String> longestFirst(JsonNode n) {
        List<Map.Entry<String, JsonNode>> es = new ArrayList<>();
        n.fields().forEachRemaining(es::add);
        es.sort((a, b) -> b.getKey().length() - a.getKey().length());
        Map<String, String> m = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : es) m.put(e.getKey(), e.getValue().asText());
        return m;
    }
}
