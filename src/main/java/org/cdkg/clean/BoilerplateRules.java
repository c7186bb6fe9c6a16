package org.cdkg.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The boilerplate patterns of {@code clean/boilerplate.json}: data, so they change without code. */
public final class BoilerplateRules {
    final List<String> dropElements = new ArrayList<>();
    final List<String> dropSelectors = new ArrayList<>();
    final List<Pattern> dropLines = new ArrayList<>();
    final List<Pattern> tailMarkers = new ArrayList<>();
    final List<Pattern> metadataLines = new ArrayList<>();
    final int navMinItems;
    final double navMaxAverage;
    final Pattern navSeparators;

    private BoilerplateRules(JsonNode root) {
        root.path("dropElements").forEach(n -> dropElements.add(n.asText()));
        root.path("dropSelectors").forEach(n -> dropSelectors.add(n.asText()));
        root.path("dropLines").forEach(n -> dropLines.add(Pattern.compile(n.asText())));
        root.path("tailMarkers").forEach(n -> tailMarkers.add(Pattern.compile(n.asText())));
        root.path("metadataLines").forEach(n -> metadataLines.add(Pattern.compile(n.asText())));
        JsonNode nav = root.path("navigationLine");
        navMinItems = nav.path("minItems").asInt(8);
        navMaxAverage = nav.path("maxAverageItemLength").asDouble(6);
        navSeparators = Pattern.compile(nav.path("separators").asText("[|、\\s]+"));
    }

    public static BoilerplateRules load() {
        try (InputStream in = BoilerplateRules.class.getResourceAsStream("/clean/boilerplate.json")) {
            if (in == null) throw new IllegalStateException("resource clean/boilerplate.json is missing from the build");
            return new BoilerplateRules(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("clean/boilerplate.json does not parse", e);
        }
    }
}
