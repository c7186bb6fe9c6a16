package org.cdkg.relate.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.cdkg.document.Sentence;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the relation stage's rule packs: one JSON file per kind of rule and language
 * ({@code relate/zh/meetings.json}, {@code relate/en/facts.json}), each into a typed record.
 * A key the record does not have, a key it needs that is missing, a null, or a value of the
 * wrong shape stops the start with a message naming the file and the key, so a misspelt key can
 * never silently become an empty list.
 */
public final class RulePack {
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private RulePack() {}

    /** The pack of one kind of rule for every language, loaded from {@code relate/<lang>/<name>.json}. */
    public static <T> Map<Sentence.Lang, T> perLanguage(String name, Class<T> type) {
        Map<Sentence.Lang, T> packs = new EnumMap<>(Sentence.Lang.class);
        for (Sentence.Lang lang : Sentence.Lang.values()) packs.put(lang, load("relate/" + lang.code() + "/" + name + ".json", type));
        return packs;
    }

    /** One pack from the classpath. */
    public static <T> T load(String resource, Class<T> type) {
        try (InputStream in = RulePack.class.getResourceAsStream("/" + resource)) {
            if (in == null) throw new RuleException(resource + " is missing from the build");
            return STRICT.readValue(in, type);
        } catch (JsonMappingException e) {
            throw new RuleException(resource + ": " + what(e));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new RuleException(resource + " is not well-formed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new RuleException(resource + " could not be read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            // A record's own check (a pattern that does not compile, a macro it does not know).
            throw new RuleException(resource + ": " + e.getMessage());
        }
    }

    /** Reads a pack from text; for tests of the loader's checks. */
    static <T> T parse(String name, String json, Class<T> type) {
        try {
            return STRICT.readValue(json, type);
        } catch (JsonMappingException e) {
            throw new RuleException(name + ": " + what(e));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new RuleException(name + " is not well-formed JSON: " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw new RuleException(name + ": " + e.getMessage());
        }
    }

    private static String what(JsonMappingException e) {
        if (e.getCause() instanceof IllegalArgumentException bad) return at(e) + bad.getMessage();
        String m = e.getOriginalMessage();
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u)
            return "unknown key '" + u.getPropertyName() + "'" + where(e, 1) + "; the keys here are " + u.getKnownPropertyIds();
        if (m.startsWith("Missing required creator property") || m.startsWith("Missing creator property"))
            return "missing key '" + m.replaceAll("(?s)Missing (?:required )?creator property '([^']*)'.*", "$1") + "'" + where(e, 1);
        if (m.startsWith("Null value for creator property"))
            return "key '" + m.replaceAll("(?s)Null value for creator property '([^']*)'.*", "$1") + "' is null" + where(e, 1);
        return at(e) + m.split("\n")[0];
    }

    private static String at(JsonMappingException e) {
        String path = path(e, 0);
        return path.isEmpty() ? "" : "at " + path + ": ";
    }

    private static String where(JsonMappingException e, int drop) {
        String path = path(e, drop);
        return path.isEmpty() ? "" : " in " + path;
    }

    /** The JSON path of the problem, without its last {@code drop} steps. */
    private static String path(JsonMappingException e, int drop) {
        var steps = e.getPath();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < steps.size() - drop; i++) {
            var r = steps.get(i);
            if (r.getFieldName() != null) b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
            else if (r.getIndex() >= 0) b.append('[').append(r.getIndex()).append(']');
        }
        return b.toString();
    }

    /** What is wrong with a rule pack; thrown at start, so a broken pack never extracts anything. */
    public static final class RuleException extends IllegalStateException {
        RuleException(String message) {
            super(message);
        }
    }

    /** Applies {@code f} to every item, with the item in the message of what it throws. */
    static <A, B> java.util.List<B> each(java.util.List<A> items, String what, Function<A, B> f) {
        java.util.List<B> out = new java.util.ArrayList<>(items.size());
        for (A item : items) {
            try {
                out.add(f.apply(item));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(what + " '" + item + "': " + e.getMessage(), e);
            }
        }
        return java.util.List.copyOf(out);
    }
}
