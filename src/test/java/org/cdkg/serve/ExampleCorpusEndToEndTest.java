package org.cdkg.serve;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.cdkg.pipeline.ArticlePipeline;
import org.cdkg.pipeline.CorpusLoader;
import org.cdkg.pipeline.RunSummary;
import org.cdkg.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The whole path on the bundled example corpus: the real pipeline writes a TDB2 store, the
 * real server serves it on a free loopback port, and every analyst query in queries/ is asked
 * over HTTP and must return exactly the rows in src/test/resources/queries/NAME.tsv.
 */
class ExampleCorpusEndToEndTest {
    @TempDir
    static Path dir;
    static CdkgServer server;
    static RunSummary firstLoad;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void loadAndServe() {
        Path store = dir.resolve("store");
        try (GraphStore gs = GraphStore.open(store)) {
            firstLoad = new CorpusLoader(new ArticlePipeline(), System.err).load(List.of(Path.of("examples/articles")), gs);
        }
        server = CdkgServer.start(store, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void everyExampleArticleIsLoaded() throws Exception {
        assertEquals(5, firstLoad.extractedCount());
        assertEquals(0, firstLoad.failures());
        List<List<String>> rows = select("PREFIX cdo: <https://w3id.org/cdkg/ontology#> SELECT ?f { ?a a cdo:Article ; cdo:sourceFile ?f } ORDER BY ?f", List.of("f"));
        assertEquals(5, rows.size());
        assertEquals("000_91bb6cd80cc773ee.txt", rows.get(0).get(0));
    }

    @Test
    void aliasEndpointAnswersToo() throws Exception {
        HttpResponse<String> r = post(server.sparqlUrl().replace("/sparql", "/query"), "ASK { ?s ?p ?o }");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("true"));
    }

    @Test
    void reloadingAnUnchangedCorpusSkipsEveryArticle() {
        try (GraphStore gs = GraphStore.open(dir.resolve("store"))) {
            RunSummary again = new CorpusLoader(new ArticlePipeline(), System.err).load(List.of(Path.of("examples/articles")), gs);
            assertEquals(0, again.extractedCount());
            assertEquals(5, again.unchangedCount());
        }
    }

    @Test
    void aBadArticleIsReportedAndTheOthersStillLoad() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("mixed"));
        Files.writeString(corpus.resolve("good.txt"), "2023年7月16日至19日，中国气候变化事务特使解振华与美国总统气候问题特使约翰·克里在北京举行会谈。");
        Files.write(corpus.resolve("broken.txt"), new byte[]{0x00, 0x01, 0x02, 0x03});
        Files.writeString(corpus.resolve("empty.txt"), "");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (GraphStore gs = GraphStore.open(dir.resolve("mixed-store"))) {
            RunSummary s = new CorpusLoader(new ArticlePipeline(), new PrintStream(err, true, StandardCharsets.UTF_8)).load(List.of(corpus), gs);
            assertEquals(1, s.extractedCount());
            assertEquals(2, s.failures());
            assertEquals(1, gs.articleCount());
        }
        String[] lines = err.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertEquals(2, lines.length, "one line per bad file");
        assertTrue(lines[0].contains("broken.txt") && lines[0].contains("binary"), lines[0]);
        assertTrue(lines[1].contains("empty.txt") && lines[1].contains("empty"), lines[1]);
    }

    @Test
    void fullTextSearchFindsNamesAndEvidenceSentencesWithTheirLanguage() throws Exception {
        String names = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s ?text ?lang { (?s ?score ?text) text:query \"气候特使\" BIND(lang(?text) AS ?lang) }";
        List<List<String>> rows = select(names, List.of("s", "text", "lang"));
        assertTrue(rows.contains(List.of("https://w3id.org/cdkg/id/position/zhong-guo-qi-hou-bian-hua-shi-wu-te-shi", "中国气候变化事务特使", "zh-Hans")),
                rows.toString());

        String english = "PREFIX text: <http://jena.apache.org/text#> SELECT ?text { (?s ?score ?text) text:query (\"envoy\" \"lang:en\") }";
        List<List<String>> en = select(english, List.of("text"));
        assertFalse(en.isEmpty());
        assertTrue(en.stream().allMatch(r -> r.get(0).toLowerCase().contains("envoy")), en.toString());

        String sentences = "PREFIX text: <http://jena.apache.org/text#> PREFIX oa: <http://www.w3.org/ns/oa#> "
                + "SELECT ?text { (?selector ?score ?text) text:query (oa:exact \"天津\") . ?selector a oa:TextQuoteSelector }";
        List<List<String>> evidence = select(sentences, List.of("text"));
        assertFalse(evidence.isEmpty(), "evidence sentences are searchable");
        assertTrue(evidence.stream().allMatch(r -> r.get(0).contains("天津")), evidence.toString());

        String articles = "PREFIX text: <http://jena.apache.org/text#> PREFIX cdo: <https://w3id.org/cdkg/ontology#> "
                + "SELECT DISTINCT ?file { (?article ?score ?body) text:query (cdo:articleBody \"甲烷\") . ?article cdo:sourceFile ?file }";
        List<List<String>> bodies = select(articles, List.of("file"));
        assertFalse(bodies.isEmpty(), "article text is searchable");
        for (List<String> row : bodies)
            assertTrue(Files.readString(Path.of("examples/articles", row.get(0))).contains("甲烷"), row.get(0));
    }

    @TestFactory
    Stream<DynamicTest> everyAnalystQueryReturnsItsExpectedRows() throws IOException {
        List<Path> queries;
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            queries = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertFalse(queries.isEmpty());
        return queries.stream().map(q -> DynamicTest.dynamicTest(q.getFileName().toString(), () -> {
            String name = q.getFileName().toString().replace(".rq", ".tsv");
            try (InputStream in = getClass().getResourceAsStream("/queries/" + name)) {
                assertNotNull(in, "no expected rows for " + q + ": add src/test/resources/queries/" + name);
                List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
                List<String> vars = List.of(lines.get(0).split("\t"));
                List<List<String>> expected = new ArrayList<>();
                for (String l : lines.subList(1, lines.size())) expected.add(List.of(l.split("\t", -1)));
                List<List<String>> actual = select(Files.readString(q), vars);
                assertEquals(sorted(expected), sorted(actual), q.getFileName().toString());
            }
        }));
    }

    private static List<String> sorted(List<List<String>> rows) {
        return rows.stream().map(r -> String.join("\t", r)).sorted().toList();
    }

    /** Runs a SELECT over HTTP and returns the given variables' values (lexical form, "" when unbound). */
    static List<List<String>> select(String query, List<String> vars) throws Exception {
        HttpResponse<String> r = post(server.sparqlUrl(), query);
        assertEquals(200, r.statusCode(), r.body());
        ResultSet rs = ResultSetMgr.read(new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        List<List<String>> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            List<String> row = new ArrayList<>();
            for (String v : vars) {
                RDFNode n = s.get(v);
                row.add(n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
            }
            out.add(row);
        }
        return out;
    }

    static HttpResponse<String> post(String url, String query) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString());
    }
}
