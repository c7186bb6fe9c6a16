package org.cdkg.recognise;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cdkg.document.EntityType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The acceptance rules of {@code recognise/ner-rules.json}. */
final class NerRules {
    final Map<String, EntityType> organizationSuffixes = new LinkedHashMap<>();
    final int organizationMinLength;
    final List<String> placeSuffixes = new ArrayList<>();
    final int placeMinLength;
    final List<String> personVerbsAfter = new ArrayList<>();
    final List<String> journalistRoles = new ArrayList<>();
    final List<String> personTitlesBefore = new ArrayList<>();
    final List<String> titlesAfterShortForm = new ArrayList<>();
    final List<String> agreementSuffixes = new ArrayList<>();
    /** Statements named by the meeting that issued them, without book-title marks (第二十八次…部长级会议联合声明). */
    final List<java.util.regex.Pattern> meetingStatements = new ArrayList<>();
    final Set<String> nameExtensionBlockedNatures = new HashSet<>();
    final String nameMustNotStartWith, nameMustNotEndWith, nameMustNotFollow;
    final JsonNode english;

    static NerRules load() {
        try (InputStream in = NerRules.class.getResourceAsStream("/recognise/ner-rules.json")) {
            if (in == null) throw new IllegalStateException("resource recognise/ner-rules.json is missing from the build");
            return new NerRules(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("recognise/ner-rules.json does not parse", e);
        }
    }

    private NerRules(JsonNode r) {
        r.path("organizationSuffixes").fields().forEachRemaining(e ->
                organizationSuffixes.put(e.getKey(), EntityType.fromClassName(e.getValue().asText())));
        organizationMinLength = r.path("organizationMinLength").asInt(5);
        r.path("placeSuffixes").forEach(n -> placeSuffixes.add(n.asText()));
        placeMinLength = r.path("placeMinLength").asInt(3);
        r.path("personVerbsAfter").forEach(n -> personVerbsAfter.add(n.asText()));
        r.path("journalistRoles").forEach(n -> journalistRoles.add(n.asText()));
        r.path("personTitlesBefore").forEach(n -> personTitlesBefore.add(n.asText()));
        r.path("titlesAfterShortForm").forEach(n -> titlesAfterShortForm.add(n.asText()));
        r.path("agreementSuffixes").forEach(n -> agreementSuffixes.add(n.asText()));
        r.path("meetingStatements").forEach(n -> meetingStatements.add(java.util.regex.Pattern.compile(n.asText(), java.util.regex.Pattern.MULTILINE)));
        r.path("nameExtensionBlockedNatures").forEach(n -> nameExtensionBlockedNatures.add(n.asText()));
        nameMustNotStartWith = r.path("nameMustNotStartWith").asText("");
        nameMustNotEndWith = r.path("nameMustNotEndWith").asText("");
        nameMustNotFollow = r.path("nameMustNotFollow").asText("");
        english = r.path("english");
        agreementSuffixes.sort((a, b) -> b.length() - a.length());
    }

    EntityType organizationType(String name) {
        for (Map.Entry<String, EntityType> e : organizationSuffixes.entrySet())
            if (name.endsWith(e.getKey())) return e.getValue();
        return null;
    }

    boolean endsWithAny(String s, List<String> suffixes) {
        for (String x : suffixes) if (s.endsWith(x)) return true;
        return false;
    }
}
