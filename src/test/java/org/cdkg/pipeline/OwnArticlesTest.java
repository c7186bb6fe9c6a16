package org.cdkg.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hankcs.hanlp.HanLP;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.cdkg.graph.Cdo;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Our own test articles (src/test/resources/articles): pages of every form the extractor meets,
 * each with the facts a careful reader takes from it in NN_name.expected.json. Every expected
 * entity, meeting, role, fact and post must be in the article's graph; nothing listed as "not"
 * may be. What the extractor cannot do yet is written down in known-gaps.txt, line for line: a new
 * problem fails, and so does a gap that is fixed but still listed.
 */
class OwnArticlesTest {
    /** Another set of articles can be checked with -Dcdkg.articles=DIR (its known-gaps.txt beside them). */
    private static final Path DIR = Path.of(System.getProperty("cdkg.articles", "src/test/resources/articles"));
    private static final Set<Resource> FAMILIES = Set.of(Cdo.Person, Cdo.Organization, Cdo.Place, Cdo.Agreement);

    @TestFactory
    Stream<DynamicTest> everyOwnArticleYieldsItsExpectedFacts() throws IOException {
        List<Path> expectations;
        try (Stream<Path> s = Files.list(DIR)) {
            expectations = s.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted().toList();
        }
        assertFalse(expectations.isEmpty(), "no test articles in " + DIR);
        ArticlePipeline pipeline = new ArticlePipeline();
        Path gaps = DIR.resolve("known-gaps.txt");
        List<String> known = (Files.exists(gaps) ? Files.readAllLines(gaps) : List.<String>of()).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        return expectations.stream().map(e -> DynamicTest.dynamicTest(e.getFileName().toString().replace(".expected.json", ""), () -> {
            Path article = articleFor(e);
            String prefix = article.getFileName() + ": ";
            Model m = pipeline.process(article).model();
            List<String> problems = new Check(m, new ObjectMapper().readTree(e.toFile())).run().stream().map(p -> prefix + p).toList();
            List<String> mine = known.stream().filter(k -> k.startsWith(prefix)).map(OwnArticlesTest::gist).toList();
            List<String> fresh = problems.stream().filter(p -> !mine.contains(gist(p))).toList();
            List<String> fixed = mine.stream().filter(k -> problems.stream().noneMatch(p -> gist(p).equals(k))).toList();
            assertTrue(fresh.isEmpty(), "new problems:\n" + String.join("\n", fresh));
            assertTrue(fixed.isEmpty(), "fixed, so remove from known-gaps.txt:\n" + String.join("\n", fixed));
        }));
    }

    /**
     * Precision, recall and F1 per relation over all our own articles, printed in the test
     * output; each must stay at or above the floor recorded in floors.json beside the articles.
     */
    @org.junit.jupiter.api.Test
    void precisionAndRecallStayAboveTheirFloors() throws IOException {
        ArticlePipeline pipeline = new ArticlePipeline();
        OwnArticleScores total = new OwnArticleScores();
        List<Path> expectations;
        try (Stream<Path> s = Files.list(DIR)) {
            expectations = s.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted().toList();
        }
        for (Path e : expectations) {
            Model m;
            try {
                m = pipeline.process(articleFor(e)).model();
            } catch (org.cdkg.read.UnreadableArticleException x) {
                throw new AssertionError(e + ": " + x.getMessage(), x);
            }
            OwnArticleScores one = OwnArticleScores.of(m, new ObjectMapper().readTree(e.toFile()));
            for (String err : one.errors) one.errors.set(one.errors.indexOf(err), e.getFileName() + ": " + err);
            total.add(one);
        }
        System.out.println("Own articles (" + expectations.size() + "), per relation:\n" + total.table());
        if (Boolean.getBoolean("cdkg.verbose") || System.getenv("CDKG_VERBOSE") != null) total.errors.forEach(System.out::println);
        Path floorsFile = DIR.resolve("floors.json");
        if (!Files.exists(floorsFile)) return;
        JsonNode floors = new ObjectMapper().readTree(floorsFile.toFile());
        List<String> below = new ArrayList<>();
        floors.fields().forEachRemaining(f -> {
            if (f.getKey().equals("about")) return;
            OwnArticleScores.Count c = total.counts.get(f.getKey());
            assertNotNull(c, "floors.json names '" + f.getKey() + "', which is not a relation the test scores: " + OwnArticleScores.RELATIONS);
            for (String measure : List.of("precision", "recall", "f1")) {
                if (!f.getValue().has(measure)) continue;
                double got = measure.equals("precision") ? c.precision() : measure.equals("recall") ? c.recall() : c.f1();
                double floor = f.getValue().get(measure).asDouble();
                if (got + 1e-9 < floor) below.add(f.getKey() + " " + measure + " " + String.format(java.util.Locale.ROOT, "%.3f", got) + " < floor " + floor);
            }
        });
        assertTrue(below.isEmpty(), "below the recorded floor:\n" + String.join("\n", below) + "\n" + total.table());
    }

    /** A problem without the details of what was found instead, which change as the extractor does. */
    static String gist(String problem) {
        String g = problem;
        for (String cut : List.of(" (has ", " — ", "; found ", ", expected ")) {
            int i = g.indexOf(cut);
            if (i > 0) g = g.substring(0, i);
        }
        return g.strip();
    }

    private static Path articleFor(Path expectation) throws IOException {
        String stem = expectation.getFileName().toString().replace(".expected.json", "");
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.getFileName().toString().startsWith(stem + ".") && !p.equals(expectation)).findFirst()
                    .orElseThrow(() -> new AssertionError("no article for " + expectation));
        }
    }

    /** Names compare as a reader would: width, case, script, spaces and punctuation do not matter. */
    static String norm(String s) {
        String n = HanLP.convertToSimplifiedChinese(Normalizer.normalize(s, Normalizer.Form.NFKC)).toLowerCase();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isLetterOrDigit(c)) b.append(c);
        }
        return b.toString();
    }

    private static final class Check {
        final Model m;
        final JsonNode want;
        final List<String> problems = new ArrayList<>();

        Check(Model m, JsonNode want) {
            this.m = m;
            this.want = want;
        }

        List<String> run() {
            Resource article = m.listSubjectsWithProperty(RDF.type, Cdo.Article).next();
            if (!want.path("published").isNull() && want.has("published")) {
                String d = article.hasProperty(Cdo.publishedDate) ? article.getProperty(Cdo.publishedDate).getString() : "none";
                if (!d.startsWith(want.get("published").asText())) problems.add("published " + d + ", expected " + want.get("published").asText());
            }
            if (!want.path("url").isNull() && want.has("url")) {
                String u = article.hasProperty(Cdo.sourceUrl) ? article.getProperty(Cdo.sourceUrl).getString() : "none";
                if (!decode(u).equals(decode(want.get("url").asText()))) problems.add("url " + u + ", expected " + want.get("url").asText());
            }
            for (JsonNode e : want.path("entities")) {
                Resource type = m.createResource(Cdo.NS + e.get("type").asText());
                if (nodes(e.get("name").asText(), type).isEmpty())
                    problems.add("missing entity " + e.get("name").asText() + " (" + e.get("type").asText() + ")" + typesOf(e.get("name").asText()));
            }
            for (JsonNode n : want.path("notEntities"))
                for (Resource f : FAMILIES)
                    for (Resource r : nodes(n.asText(), f))
                        if (exactlyNamed(r, n.asText())) problems.add("should not be an entity: " + n.asText());
            for (JsonNode mt : want.path("meetings")) meeting(mt);
            for (JsonNode f : want.path("facts")) {
                String p = f.get("p").asText();
                boolean found = false;
                for (Resource s : nodes(f.get("s").asText(), null))
                    for (Statement st : s.listProperties(m.createProperty(Cdo.NS + p)).toList())
                        if (st.getObject().isResource() && named(st.getResource(), f.get("o").asText())) found = true;
                if (!found) problems.add("missing fact " + f.get("s").asText() + " " + p + " " + f.get("o").asText());
            }
            for (JsonNode pos : want.path("positions")) {
                boolean found = false;
                for (Resource person : nodes(pos.get("person").asText(), Cdo.Person))
                    for (Statement st : person.listProperties(Cdo.holdsPosition).toList())
                        for (Statement l : st.getResource().listProperties(RDFS.label).toList())
                            if (norm(l.getString()).contains(norm(pos.get("contains").asText()))) found = true;
                if (!found) problems.add("missing post '" + pos.get("contains").asText() + "' of " + pos.get("person").asText());
            }
            return problems;
        }

        private void meeting(JsonNode mt) {
            String start = mt.get("start").asText(), end = mt.get("end").asText();
            List<Resource> candidates = new ArrayList<>();
            for (Resource r : m.listSubjectsWithProperty(RDF.type, Cdo.Meeting).toList())
                if (r.hasProperty(Cdo.startDate) && r.getProperty(Cdo.startDate).getString().equals(start)
                        && r.hasProperty(Cdo.endDate) && r.getProperty(Cdo.endDate).getString().equals(end)) candidates.add(r);
            if (candidates.isEmpty()) {
                problems.add("missing meeting " + start + ".." + end + "; found " + dated());
                return;
            }
            List<String> best = null;
            for (Resource r : candidates) {
                List<String> p = new ArrayList<>();
                JsonNode loc = mt.get("location");
                List<Resource> locs = r.listProperties(Cdo.location).toList().stream().map(Statement::getResource).toList();
                if (loc == null || loc.isNull()) {
                    if (!locs.isEmpty()) p.add("meeting " + start + " should have no location, has " + labels(locs));
                } else if (locs.stream().noneMatch(x -> named(x, loc.asText()))) p.add("meeting " + start + " location " + labels(locs) + ", expected " + loc.asText());
                roles(r, Cdo.participant, mt.path("participants"), start, p, true);
                roles(r, Cdo.coChair, mt.path("coChairs"), start, p, true);
                roles(r, Cdo.participant, mt.path("notParticipants"), start, p, false);
                if (best == null || p.size() < best.size()) best = p;
            }
            problems.addAll(best);
        }

        private void roles(Resource meeting, org.apache.jena.rdf.model.Property prop, JsonNode names, String start, List<String> p, boolean present) {
            List<Resource> got = meeting.listProperties(prop).toList().stream().map(Statement::getResource).toList();
            for (JsonNode n : names) {
                boolean has = got.stream().anyMatch(x -> named(x, n.asText()));
                if (has != present) p.add("meeting " + start + (present ? " lacks " : " should not have ") + prop.getLocalName() + " " + n.asText() + " (has " + labels(got) + ")");
            }
        }

        private String dated() {
            List<String> out = new ArrayList<>();
            for (Resource r : m.listSubjectsWithProperty(RDF.type, Cdo.Meeting).toList())
                if (r.hasProperty(Cdo.startDate)) out.add(r.getProperty(Cdo.startDate).getString() + ".." + r.getProperty(Cdo.endDate).getString());
            return out.toString();
        }

        private List<Resource> nodes(String name, Resource type) {
            List<Resource> out = new ArrayList<>();
            Set<Resource> seen = new HashSet<>();
            for (var p : List.of(RDFS.label, SKOS.altLabel))
                for (Statement st : m.listStatements(null, p, (RDFNode) null).toList())
                    if (matches(st.getString(), name) && (type == null || st.getSubject().hasProperty(RDF.type, type)) && seen.add(st.getSubject()))
                        out.add(st.getSubject());
            return out;
        }

        private boolean exactlyNamed(Resource r, String name) {
            for (var p : List.of(RDFS.label, SKOS.altLabel))
                for (Statement st : r.listProperties(p).toList()) if (norm(st.getString()).equals(norm(name))) return true;
            return false;
        }

        private boolean named(Resource r, String name) {
            for (var p : List.of(RDFS.label, SKOS.altLabel))
                for (Statement st : r.listProperties(p).toList()) if (matches(st.getString(), name)) return true;
            return false;
        }

        /** Exact after normalising; a COP or agreement may be named by a part of its long name ("COP28"). */
        private static boolean matches(String label, String name) {
            String l = norm(label), n = norm(name);
            return l.equals(n) || n.length() >= 4 && l.length() >= 4 && (l.contains(n) || n.contains(l)) && (n.startsWith("cop") || l.contains("cop") || n.length() >= 6);
        }

        private String typesOf(String name) {
            List<String> t = new ArrayList<>();
            for (Resource r : nodes(name, null))
                r.listProperties(RDF.type).forEachRemaining(s -> t.add(s.getResource().getLocalName()));
            return t.isEmpty() ? " — not found at all" : " — found as " + t;
        }

        private static String labels(List<Resource> rs) {
            List<String> out = new ArrayList<>();
            for (Resource r : rs) {
                Statement l = r.getProperty(RDFS.label);
                out.add(l == null ? r.getURI() : l.getString());
            }
            return out.toString();
        }

        private static String decode(String u) {
            return URLDecoder.decode(u, StandardCharsets.UTF_8);
        }
    }
}
