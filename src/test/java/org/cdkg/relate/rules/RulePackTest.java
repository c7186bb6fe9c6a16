package org.cdkg.relate.rules;

import org.cdkg.document.Sentence;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** The relation stage's rule packs load strictly, and every key in them is read by some code. */
class RulePackTest {
    /** Each kind of pack, by file name, with its record. */
    private static final List<Object[]> PACKS = List.of(
            new Object[]{"meetings", MeetingRules.class},
            new Object[]{"facts", FactRules.class},
            new Object[]{"dates", DateRules.class},
            new Object[]{"titles", TitleRules.class});
    /** Keys that document a pack for its readers: not read by code, on purpose. */
    private static final Set<String> DOCUMENTATION = Set.of("about", "sources");

    @Test
    void everyLanguageHasEveryPack() {
        for (Object[] p : PACKS) {
            var packs = RulePack.perLanguage((String) p[0], (Class<?>) p[1]);
            assertEquals(Set.of(Sentence.Lang.values()), packs.keySet());
            packs.values().forEach(org.junit.jupiter.api.Assertions::assertNotNull);
        }
    }

    private static final String DATES = """
            {"about": "a", "sources": [], "monthNames": {}, "weekdays": {"monday": 1}, "weekdayPrefixes": ["on "], "weekdaysAhead": [], "futureMarkers": [], "rangeWords": [],
             "relativeDays": {}, "sameDay": [], "nextDay": [], "yearWords": {}, "thisMonth": [], "recently": [], "datelines": [], "eventYears": [] %s}""";

    @Test
    void aWellFormedPackLoads() {
        DateRules r = RulePack.parse("relate/xx/dates.json", DATES.formatted(""), DateRules.class);
        assertEquals(1, r.weekdays().get("monday"));
    }

    @Test
    void anUnknownKeyStopsTheStartNamingFileAndKey() {
        var e = assertThrows(RulePack.RuleException.class, () -> RulePack.parse("relate/xx/dates.json", DATES.formatted(", \"recentlly\": []"), DateRules.class));
        assertTrue(e.getMessage().startsWith("relate/xx/dates.json: unknown key 'recentlly'"), e.getMessage());
    }

    @Test
    void aMissingKeyStopsTheStart() {
        String json = DATES.formatted("").replace("\"recently\": [],", "");
        var e = assertThrows(RulePack.RuleException.class, () -> RulePack.parse("relate/xx/dates.json", json, DateRules.class));
        assertTrue(e.getMessage().contains("missing key 'recently'"), e.getMessage());
    }

    @Test
    void aNullStopsTheStart() {
        String json = DATES.formatted("").replace("\"recently\": []", "\"recently\": null");
        var e = assertThrows(RulePack.RuleException.class, () -> RulePack.parse("relate/xx/dates.json", json, DateRules.class));
        assertTrue(e.getMessage().contains("'recently' is null"), e.getMessage());
    }

    @Test
    void aValueOutOfItsRangeStopsTheStart() {
        String json = DATES.formatted("").replace("\"monday\": 1", "\"monday\": 9");
        var e = assertThrows(RulePack.RuleException.class, () -> RulePack.parse("relate/xx/dates.json", json, DateRules.class));
        assertTrue(e.getMessage().contains("weekday 'monday' is 9"), e.getMessage());
    }

    @Test
    void aPatternThatDoesNotCompileOrLacksItsGroupsStopsTheStart() {
        String facts = """
                {"about": "a", "sources": [], "succession": [%s], "presidency": [], "thisSession": [], "signing": [], "theSides": [], "agentMarkers": [], "notYetSigned": [],
                 "unnamedAgreements": [], "issuedAtMeeting": [], "issuing": []}""";
        var bad = assertThrows(RulePack.RuleException.class, () -> RulePack.parse("f.json", facts.formatted("\"(?<successor>{PERSON}\""), FactRules.class));
        assertTrue(bad.getMessage().contains("does not compile"), bad.getMessage());
        var macro = assertThrows(RulePack.RuleException.class, () -> RulePack.parse("f.json", facts.formatted("\"(?<successor>{PERSONS})(?<predecessor>{PERSON})\""), FactRules.class));
        assertTrue(macro.getMessage().contains("unknown macro {PERSONS}"), macro.getMessage());
        var group = assertThrows(RulePack.RuleException.class, () -> RulePack.parse("f.json", facts.formatted("\"(?<successor>{PERSON})接替{PERSON}\""), FactRules.class));
        assertTrue(group.getMessage().contains("needs the named groups"), group.getMessage());
    }

    @Test
    void aRoleWordOfAnUnknownRoleStopsTheStart() {
        var e = assertThrows(RulePack.RuleException.class, () -> RulePack.parse("m.json",
                "{\"role\": \"organiser\", \"governs\": \"before\", \"subjectMayBeElided\": false, \"actorsTakePart\": true, \"words\": [\"x\"]}",
                MeetingRules.RoleWords.class));
        assertTrue(e.getMessage().contains("unknown role 'organiser'"), e.getMessage());
    }

    /**
     * Every key of every pack (every component of the records they load into, nested ones
     * included) is read somewhere in the stage's code, outside the record that declares it: a key
     * that nothing reads is a rule that does nothing.
     */
    @Test
    void everyKeyIsReadByTheCode() throws IOException {
        List<Path> sources;
        try (Stream<Path> s = Files.walk(Path.of("src/main/java"))) {
            sources = s.filter(p -> p.toString().endsWith(".java")).toList();
        }
        List<Class<?>> records = new ArrayList<>();
        for (Object[] p : PACKS) collect((Class<?>) p[1], records);
        List<String> unread = new ArrayList<>();
        for (Class<?> r : records) {
            Path own = Path.of("src/main/java", r.getName().replace('.', '/').replaceAll("\\$.*", "") + ".java");
            for (RecordComponent c : r.getRecordComponents()) {
                if (DOCUMENTATION.contains(c.getName())) continue;
                boolean read = false;
                for (Path src : sources) {
                    String text = Files.readString(src);
                    // The declaring file may read a key too, but only outside the record's own declaration of it.
                    if (src.equals(own)) text = text.replace(c.getType().getSimpleName() + " " + c.getName(), "");
                    if (text.contains("." + c.getName() + "()") || text.contains("::" + c.getName())) { read = true; break; }
                }
                if (!read) unread.add(r.getSimpleName() + "." + c.getName());
            }
        }
        assertTrue(unread.isEmpty(), "keys no code reads: " + unread);
    }

    private static void collect(Class<?> r, List<Class<?>> out) {
        if (!r.isRecord() || out.contains(r)) return;
        out.add(r);
        for (RecordComponent c : r.getRecordComponents()) {
            collect(c.getType(), out);
            if (c.getGenericType() instanceof java.lang.reflect.ParameterizedType pt)
                for (var arg : pt.getActualTypeArguments()) if (arg instanceof Class<?> k) collect(k, out);
        }
    }
}
