package org.cdkg.serve;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.cdkg.graph.Cdo;
import org.cdkg.store.GraphStore;
import org.cdkg.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class CdkgServerTest {
    private static final String A = Cdo.ID_NS + "article/a";
    private static final String B = Cdo.ID_NS + "article/b";
    private static final String TITLE_QUERY = "SELECT ?title WHERE { <%s> <" + DCTerms.title.getURI() + "> ?title }";

    @TempDir
    Path tmp;
    private GraphStore store;
    private CdkgServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void startServer() {
        Path storeDir = tmp.resolve("store");
        store = GraphStore.open(storeDir);
        store.replaceArticle(A, article(A, "article A"));
        server = CdkgServer.start(storeDir, "127.0.0.1", 0);
    }

    @AfterEach
    void stopServer() {
        server.close();
        store.close();
    }

    private static Model article(String iri, String title) {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(iri)
                .addProperty(RDF.type, Cdo.Article)
                .addProperty(Cdo.contentHash, "0123abcd")
                .addProperty(DCTerms.title, title);
        return m;
    }

    private URI endpoint(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + "/cdkg/" + path);
    }

    private HttpResponse<byte[]> post(String path, String contentType, String body) throws IOException, InterruptedException {
        return post(http, path, contentType, body);
    }

    private HttpResponse<byte[]> post(HttpClient client, String path, String contentType, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint(path))
                .header("Content-Type", contentType)
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A refused request may end with the server closing the connection: never reuse one for the next. */
    private HttpResponse<byte[]> postFresh(String path, String contentType, String body) throws IOException, InterruptedException {
        return post(HttpClient.newHttpClient(), path, contentType, body);
    }

    private List<QuerySolution> select(String path, String query) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = post(path, "application/x-www-form-urlencoded",
                "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
        return org.cdkg.SparqlResults.rows(response.body());
    }

    @Test
    void readersThatFailNeverBreakAWriterWhileServing() throws Exception {
        // jena-text rolls back its shared index writer on any abort; a failing reader must not
        // reach that while another thread commits (it once broke the commit with a NullPointerException).
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicInteger failedReads = new java.util.concurrent.atomic.AtomicInteger();
        Thread reader = new Thread(() -> {
            while (!stop.get()) {
                try {
                    org.apache.jena.system.Txn.executeRead(store.dataset(), () -> {
                        throw new IllegalStateException("a reader that fails");
                    });
                } catch (IllegalStateException expected) {
                    failedReads.incrementAndGet();
                }
            }
        });
        reader.start();
        try {
            for (int i = 0; i < 300; i++) store.replaceArticle(Cdo.ID_NS + "article/w" + (i % 5), article(Cdo.ID_NS + "article/w" + (i % 5), "version " + i));
        } finally {
            stop.set(true);
            reader.join();
        }
        assertTrue(failedReads.get() > 0, "the reader ran alongside the writer");
        assertTrue(store.hasArticle(Cdo.ID_NS + "article/w4"));
        // The server still answers, full-text search included.
        HttpResponse<byte[]> r = post("sparql", "application/x-www-form-urlencoded", "query=" + java.net.URLEncoder.encode(
                "PREFIX text: <http://jena.apache.org/text#> ASK { ?s text:query \"article\" }", java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void reportsTheRealPortAndUrl() {
        assertTrue(server.port() > 0);
        assertEquals("http://127.0.0.1:" + server.port() + "/cdkg/sparql", server.sparqlUrl());
    }

    @Test
    void queryEndpointsSeeNamedGraphsAsTheDefaultGraph() throws Exception {
        for (String path : List.of("sparql", "query")) {
            List<QuerySolution> rows = select(path, TITLE_QUERY.formatted(A));

            assertEquals(1, rows.size(), path);
            assertEquals("article A", rows.get(0).getLiteral("title").getString(), path);
        }
    }

    @Test
    void articleGraphsAreListed() throws Exception {
        List<String> graphs = select("sparql", "SELECT ?g WHERE { GRAPH ?g { } }").stream()
                .map(row -> row.getResource("g").getURI())
                .toList();

        assertEquals(List.of(A), graphs);
    }

    @Test
    void articlesStoredAfterTheStartAreServed() throws Exception {
        store.replaceArticle(B, article(B, "article B"));

        List<QuerySolution> rows = select("sparql", TITLE_QUERY.formatted(B));

        assertEquals(1, rows.size());
        assertEquals("article B", rows.get(0).getLiteral("title").getString());
    }

    @Test
    void updatesAreRefusedAndChangeNothing() throws Exception {
        long quads = store.quadCount();
        String update = "INSERT DATA { GRAPH <" + B + "> { <" + B + "> a <" + Cdo.Article.getURI() + "> } }";

        for (String path : List.of("sparql", "update")) {
            int status = postFresh(path, "application/sparql-update", update).statusCode();
            assertTrue(status >= 400 && status < 500, path + " answered " + status);
        }
        int formStatus = postFresh("sparql", "application/x-www-form-urlencoded",
                "update=" + URLEncoder.encode(update, StandardCharsets.UTF_8)).statusCode();
        assertTrue(formStatus >= 400 && formStatus < 500, "form update answered " + formStatus);
        HttpRequest put = HttpRequest.newBuilder(URI.create(endpoint("get") + "?graph=" + URLEncoder.encode(B, StandardCharsets.UTF_8)))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<" + B + "> a <" + Cdo.Article.getURI() + "> ."))
                .build();
        int putStatus = HttpClient.newHttpClient().send(put, HttpResponse.BodyHandlers.discarding()).statusCode();
        assertTrue(putStatus >= 400 && putStatus < 500, "graph store PUT answered " + putStatus);

        assertEquals(quads, store.quadCount());
    }

    @Test
    void graphStoreEndpointReturnsAnArticleGraphAsTurtle() throws Exception {
        HttpRequest get = HttpRequest.newBuilder(URI.create(endpoint("get") + "?graph=" + URLEncoder.encode(A, StandardCharsets.UTF_8)))
                .header("Accept", "text/turtle")
                .GET()
                .build();
        HttpResponse<String> response = http.send(get, HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        Model graph = ModelFactory.createDefaultModel();
        RDFParser.fromString(response.body(), Lang.TURTLE).parse(graph);
        assertTrue(graph.contains(graph.getResource(A), DCTerms.title, "article A"));
    }

    @Test
    void refusesAPortInUse() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CdkgServer.start(Files.createDirectories(tmp.resolve("another-store")), "127.0.0.1", server.port()));
        assertTrue(e.getMessage().contains("127.0.0.1:" + server.port()), e.getMessage());
    }

    @Test
    void refusesToServeOneStoreTwice() {
        StoreException e = assertThrows(StoreException.class, () -> CdkgServer.start(tmp.resolve("store"), "127.0.0.1", 0));
        assertTrue(e.getMessage().contains("full-text index"), e.getMessage());
    }

    @Test
    void refusesAMissingStore() {
        assertThrows(StoreException.class, () -> CdkgServer.start(tmp.resolve("missing"), "127.0.0.1", 0));
    }

    @Test
    void aNewStoreIsIndexedInFullAndSearchable() throws Exception {
        assertEquals("rebuilt", server.searchIndexWork());
        String q = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query (<" + DCTerms.title.getURI() + "> \"article\") }";
        HttpResponse<byte[]> r = post("sparql", "application/sparql-query", q);
        assertEquals(200, r.statusCode());
        assertTrue(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8).contains(A));
    }
}
