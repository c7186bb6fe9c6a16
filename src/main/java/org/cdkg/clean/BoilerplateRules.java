package org.cdkg.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cdkg.document.FoundAnywhere;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The boilerplate patterns of {@code clean/boilerplate.json}: data, so they change without code. */
public final class BoilerplateRules {
    /** Tag names, normalised as jsoup normalises tag names (trimmed, in lower case). */
    final Set<String> dropElements = new HashSet<>();
    /** The drop selectors, parsed once; their text, for messages. */
    final List<Evaluator> dropSelectors = new ArrayList<>();
    final List<String> dropSelectorText = new ArrayList<>();
    /** The first drop selector that does not parse, and why; reported when a page is cleaned. */
    final String unparsableSelector;
    final RuntimeException selectorError;
    final List<FoundAnywhere> dropLines = new ArrayList<>();
    final List<FoundAnywhere> tailMarkers = new ArrayList<>();
    final List<Pattern> metadataLines = new ArrayList<>();
    /** A timestamp that opens a line of text ("date 2025-12-18 環境部長…"): the page's date, then the text goes on. */
    final List<Pattern> datePrefixes = new ArrayList<>();
    final int navMinItems;
    final double navMaxAverage;
    final Pattern navSeparators;

    private BoilerplateRules(JsonNode root) {
        root.path("dropElements").forEach(n -> dropElements.add(n.asText().toLowerCase(Locale.ENGLISH).trim()));
        String unparsable = null;
        RuntimeException error = null;
        for (JsonNode n : root.path("dropSelectors")) {
            try {
                dropSelectors.add(QueryParser.parse(n.asText()));
                dropSelectorText.add(n.asText());
            } catch (RuntimeException e) {
                unparsable = n.asText();
                error = e;
                break;
            }
        }
        unparsableSelector = unparsable;
        selectorError = error;
        root.path("dropLines").forEach(n -> dropLines.add(new FoundAnywhere(Pattern.compile(n.asText()))));
        root.path("tailMarkers").forEach(n -> tailMarkers.add(new FoundAnywhere(Pattern.compile(n.asText()))));
        root.path("metadataLines").forEach(n -> metadataLines.add(Pattern.compile(n.asText())));
        root.path("datePrefixes").forEach(n -> datePrefixes.add(Pattern.compile(n.asText())));
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
