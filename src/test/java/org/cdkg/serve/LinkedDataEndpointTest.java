package org.cdkg.serve;

import com.sun.net.httpserver.HttpServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.cdkg.graph.Cdo;
import org.cdkg.pipeline.ArticlePipeline;
import org.cdkg.pipeline.CorpusLoader;
import org.cdkg.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.*;

/** The linked-data and safety side of the server, over real HTTP, on the example corpus. */
class LinkedDataEndpointTest {
    private static final String XIE = Cdo.ID_NS + "person/xie-zhenhua";
    private static final String PASSWORD = "a test password";

    @TempDir
    static Path dir;
    static CdkgServer server;
    static String base;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void serve() {
        Path store = dir.resolve("store");
        try (GraphStore gs = GraphStore.open(store)) {
            new CorpusLoader(new ArticlePipeline(), System.err).load(List.of(Path.of("examples/articles")), gs);
        }
        server = CdkgServer.start(store, new CdkgServer.Options("127.0.0.1", 0, PASSWORD, Duration.ofSeconds(1)));
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    static HttpResponse<byte[]> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (accept != null) b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static Model parse(byte[] body, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).base(base).parse(m);
        return m;
    }

    @ParameterizedTest
    @EnumSource(value = Representation.class, names = {"TURTLE", "JSON_LD", "RDF_XML", "N_TRIPLES"})
    void entityIriSeesOtherToADocumentThatHoldsItsFacts(Representation r) throws Exception {
        HttpResponse<byte[]> see = get("/id/person/xie-zhenhua", r.mediaType());
        assertEquals(303, see.statusCode());
        assertEquals("Accept", see.headers().firstValue("Vary").orElse(""));
        String location = see.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/doc/person/xie-zhenhua." + r.extension()), location);

        HttpResponse<byte[]> doc = http.send(HttpRequest.newBuilder(URI.create(base).resolve(location)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, doc.statusCode());
        assertTrue(doc.headers().firstValue("Content-Type").orElse("").startsWith(r.mediaType()));
        Model m = parse(doc.body(), r.lang());
        Resource xie = m.createResource(XIE);
        assertTrue(m.contains(xie, RDFS.label, m.createLiteral("解振华", "zh-Hans")), "its own label");
        assertTrue(m.contains(xie, RDF.type, Cdo.Envoy), "its type");
        Resource meeting = m.listSubjectsWithProperty(Cdo.participant, xie).next();
        assertTrue(meeting.hasProperty(RDFS.label), "what points at it, with the neighbour's label");
        assertTrue(m.contains(m.createResource(Cdo.ID_NS + "person/liu-zhenmin"), Cdo.succeeded, xie), "incoming fact");
    }

    @Test
    void htmlPageShowsNamesFactsTimelineAndEvidence() throws Exception {
        HttpResponse<byte[]> see = get("/id/person/xie-zhenhua", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(303, see.statusCode());
        String location = see.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith(".html"));
        String html = new String(get(location.replaceFirst("^https?://[^/]+", ""), null).body(), StandardCharsets.UTF_8);
        assertTrue(html.contains("解振華") && html.contains("Xie Zhenhua"), "names in every language");
        assertTrue(html.contains("id=\"timeline\"") && html.contains("2023-07-16"), "meetings over time");
        assertTrue(html.contains("在天津举行会谈"), "an evidence sentence");
        assertTrue(html.contains("href=\"/id/person/liu-zhenmin\""), "links to other entities");
        assertTrue(html.contains("href=\"/id/meeting/"), "links to its meetings");
        assertFalse(html.contains("<script"), "no script in an entity page");
    }

    @Test
    void notAcceptableAndUnknown() throws Exception {
        assertEquals(406, get("/id/person/xie-zhenhua", "image/png").statusCode());
        assertEquals(404, get("/id/person/no-such-person", "text/turtle").statusCode());
        int traversal = get("/id/../../etc/passwd", "text/turtle").statusCode();
        assertTrue(traversal == 400 || traversal == 404, "a path out of /id is refused: " + traversal);
        assertEquals(404, get("/doc/person/xie-zhenhua.exe", null).statusCode());
        HttpResponse<byte[]> direct = get("/doc/person/xie-zhenhua", "application/n-triples");
        assertEquals(200, direct.statusCode());
        assertEquals("Accept", direct.headers().firstValue("Vary").orElse(""));
    }

    @Test
    void ontologyVoidServiceDescriptionAndDump() throws Exception {
        HttpResponse<byte[]> onto = get("/ontology", "text/turtle");
        assertEquals(200, onto.statusCode());
        assertTrue(parse(onto.body(), Lang.TURTLE).contains(Cdo.Meeting, RDF.type, OWL.Class));

        Model v = parse(get("/.well-known/void", "text/turtle").body(), Lang.TURTLE);
        assertTrue(v.contains(null, v.createProperty(DatasetDescription.VOID + "sparqlEndpoint"), v.createResource(base + "/cdkg/sparql")));
        assertTrue(v.listObjectsOfProperty(v.createProperty(DatasetDescription.VOID + "triples")).next().asLiteral().getLong() > 1000);

        Model sd = parse(get("/cdkg/sparql", "text/turtle").body(), Lang.TURTLE);
        assertTrue(sd.contains(null, RDF.type, sd.createResource("http://www.w3.org/ns/sparql-service-description#Service")));

        HttpResponse<byte[]> dump = get("/dump.nq.gz", null);
        assertEquals(200, dump.statusCode());
        Dataset ds = DatasetFactory.create();
        RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(dump.body()))).lang(Lang.NQUADS).parse(ds);
        long articles = 0;
        for (var it = ds.listModelNames(); it.hasNext(); ) if (it.next().getURI().startsWith(Cdo.ID_NS + "article/")) articles++;
        assertEquals(5, articles);
    }

    @Test
    void startPageAndItsLibraryAreServedLocally() throws Exception {
        HttpResponse<byte[]> page = get("/", "text/html");
        assertEquals(200, page.statusCode());
        String html = new String(page.body(), StandardCharsets.UTF_8);
        assertTrue(html.contains("search-input"), html);
        assertFalse(html.matches("(?s).*src=\"https?://.*"), "no script from another site");
        assertEquals(200, get("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js", null).statusCode());
        int traversal = get("/web/../../etc/passwd", null).statusCode();
        assertTrue(traversal == 400 || traversal == 404, "a path out of /web is refused: " + traversal);
    }

    private static HttpResponse<String> update(String path, String body, String contentType, String user, String password) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (user != null)
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        // The server closes the connection after a refusal: a fresh client each time.
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void writesNeedThePassword() throws Exception {
        String insert = "update=" + URLEncoder.encode("INSERT DATA { GRAPH <urn:test:g> { <urn:test:s> <urn:test:p> \"o\" } }", StandardCharsets.UTF_8);
        assertEquals(401, update("/cdkg/update", insert, "application/x-www-form-urlencoded", null, null).statusCode());
        assertEquals(401, update("/cdkg/update", insert, "application/x-www-form-urlencoded", "cdkg", "wrong").statusCode());
        assertEquals(401, update("/cdkg/data?graph=urn:test:h", "<urn:a> <urn:b> <urn:c> .", "text/turtle", null, null).statusCode());
        assertEquals(200, update("/cdkg/update", insert, "application/x-www-form-urlencoded", "cdkg", PASSWORD).statusCode());
        HttpResponse<byte[]> ask = get("/cdkg/sparql?query=" + URLEncoder.encode("ASK { GRAPH <urn:test:g> { ?s ?p ?o } }", StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertTrue(new String(ask.body(), StandardCharsets.UTF_8).contains("true"));
        assertEquals(200, update("/cdkg/update", "update=" + URLEncoder.encode("DROP GRAPH <urn:test:g>", StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded", "cdkg", PASSWORD).statusCode());
    }

    @Test
    void serviceIsRefused() throws Exception {
        String q = "SELECT * { SERVICE <" + base + "/cdkg/sparql> { ?s ?p ?o } } LIMIT 1";
        HttpResponse<String> r = update("/cdkg/sparql", "query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "application/x-www-form-urlencoded", null, null);
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + r.body());
    }

    @Test
    void aHeavyQueryIsCutOffWhileOthersAreAnswered() throws Exception {
        String heavy = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        long t0 = System.nanoTime();
        // The client asks for an hour; the server's limit applies.
        CompletableFuture<HttpResponse<String>> slow = HttpClient.newHttpClient().sendAsync(
                HttpRequest.newBuilder(URI.create(base + "/cdkg/sparql")).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("timeout=3600000&query=" + URLEncoder.encode(heavy, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(200);
        HttpResponse<byte[]> quick = get("/cdkg/sparql?query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8), "application/sparql-results+json");
        assertEquals(200, quick.statusCode(), "another query is answered meanwhile");
        HttpResponse<String> cut = slow.get();
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertNotEquals(200, cut.statusCode(), "the heavy query does not run to the end");
        assertTrue(seconds < 30, "cut off by the server's limit, took " + seconds + " s");
    }

    @Test
    void jsonLdNeverFetchesARemoteContext() throws Exception {
        AtomicInteger fetched = new AtomicInteger();
        HttpServer contexts = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        contexts.createContext("/", ex -> {
            fetched.incrementAndGet();
            byte[] body = "{\"@context\":{\"name\":\"http://schema.org/name\"}}".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/ld+json");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        contexts.start();
        try {
            String doc = "{\"@context\":\"http://127.0.0.1:" + contexts.getAddress().getPort() + "/ctx\",\"@id\":\"urn:x\",\"name\":\"x\"}";
            assertThrows(RiotException.class, () -> RDFParser.fromString(doc, Lang.JSONLD).toModel());
            assertEquals(0, fetched.get(), "the remote context was not requested");
        } finally {
            contexts.stop(0);
        }
    }

    @Test
    void corsAllowsOtherOrigins() throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + "/cdkg/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8)))
                .header("Origin", "http://example.org").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent());
    }
}
