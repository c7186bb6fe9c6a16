package org.cdkg.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cdkg.MessyText;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/** FoundAnywhere's shortcuts answer exactly as {@code matcher(text).find()}, for the bundled cue and boilerplate patterns. */
class FoundAnywherePropertiesTest {
    private static final List<Pattern> BUNDLED = bundled();

    private static List<Pattern> bundled() {
        List<Pattern> out = new ArrayList<>();
        JsonNode boilerplate = json("/clean/boilerplate.json");
        for (String key : List.of("dropLines", "tailMarkers")) boilerplate.path(key).forEach(n -> out.add(Pattern.compile(n.asText())));
        for (var rules : org.cdkg.relate.rules.RulePack.perLanguage("meetings", org.cdkg.relate.rules.MeetingRules.class).values())
            for (List<String> patterns : List.of(rules.attendeeHeaders(), rules.backgroundPatterns(), rules.sidelines()))
                patterns.forEach(p -> out.add(Pattern.compile(p)));
        return out;
    }

    private static JsonNode json(String resource) {
        try (InputStream in = FoundAnywherePropertiesTest.class.getResourceAsStream(resource)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<String> lines() {
        // Cues and boilerplate openings at the start of a line and in its middle: a pattern taken
        // for anchored when it is not would miss the ones in the middle.
        Arbitrary<String> cues = Arbitraries.of("", " ", "  分享到：", "Share", "阅读 123", "Views: 9", "© 2024 ", "责任编辑：", "-END-", "点击蓝字",
                "in May", " last year", "去年5月", "on the sidelines", "出席会议的有", "attendees:", "\n分享", " during COP28");
        return Combinators.combine(cues, MessyText.body(2), cues, Arbitraries.of("", "\n", " 完", "：12")).as((a, b, c, d) -> a + b + c + d);
    }

    @Property(tries = 400)
    void answersAsFindDoes(@ForAll("lines") String text) {
        assertTrue(BUNDLED.size() > 20, "the bundled patterns were found");
        for (Pattern p : BUNDLED)
            assertEquals(p.matcher(text).find(), new FoundAnywhere(p).in(text), () -> p.pattern() + " on " + text);
    }

    @Test
    void onlyPatternsThatCanMatchAtTheStartAloneCountAsAnchored() {
        assertTrue(FoundAnywhere.anchoredAtStart(Pattern.compile("^\\s*(分享|Share)\\s*[:：]?\\s*$")));
        assertTrue(FoundAnywhere.anchoredAtStart(Pattern.compile("^\\s*[?？|｜\\-]+\\s*$")), "| inside a class");
        assertTrue(FoundAnywhere.anchoredAtStart(Pattern.compile("^a\\|b")), "an escaped |");
        assertFalse(FoundAnywhere.anchoredAtStart(Pattern.compile("^a|b")), "b may match anywhere");
        assertFalse(FoundAnywhere.anchoredAtStart(Pattern.compile("a^")));
        assertFalse(FoundAnywhere.anchoredAtStart(Pattern.compile("^a", Pattern.MULTILINE)));
        assertFalse(FoundAnywhere.anchoredAtStart(Pattern.compile("^a(?m)b")));
        assertFalse(FoundAnywhere.anchoredAtStart(Pattern.compile("^\\Q(\\E|b")));
        // In multi-line mode ^ also matches after a line break.
        assertTrue(new FoundAnywhere(Pattern.compile("(?m)^b")).in("a\nb"));
        assertFalse(new FoundAnywhere(Pattern.compile("^b")).in("a\nb"));
    }
}
