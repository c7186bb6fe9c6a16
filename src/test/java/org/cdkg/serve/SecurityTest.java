package org.cdkg.serve;

import com.sun.net.httpserver.HttpServer;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.cdkg.graph.Cdo;
import org.cdkg.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * "Nothing lost, nothing let in", against a real server over real HTTP: no write without the
 * password; no reading of local files and no requests to other servers on a client's behalf
 * (LOAD, SERVICE, FROM, XML entities, JSON-LD contexts), not even for the writer; the admin area
 * only from this machine.
 */
class SecurityTest {
    private static final String PASSWORD = "security test password";
    private static final String ARTICLE = Cdo.ID_NS + "article/security";
    /** In every secret the server could be tricked into reading, so a leak is found by one search. */
    private static final String LEAK = "root:";
    private static final String MARKER = "cdkg-secret-5e1f";

    @TempDir
    static Path dir;
    static CdkgServer server;
    static String base;
    /** A local server that plays "some other machine": any request it gets is a forgery. */
    static HttpServer bait;
    static String baitUrl;
    static final AtomicInteger baitHits = new AtomicInteger();
    /** Local files the server process could read: valid Turtle, plain text, an XML DTD. */
    static String secretTurtle, secretText, secretDtd;
    static long quadsAtStart;

    @BeforeAll
    static void serve() throws Exception {
        Path store = dir.resolve("store");
        try (GraphStore gs = GraphStore.open(store)) {
            Model m = ModelFactory.createDefaultModel();
            m.createResource(ARTICLE).addProperty(RDF.type, Cdo.Article).addProperty(Cdo.contentHash, "0123abcd")
                    .addProperty(DCTerms.title, "security");
            gs.replaceArticle(ARTICLE, m);
        }
        server = CdkgServer.start(store, new CdkgServer.Options("127.0.0.1", 0, PASSWORD, Duration.ofSeconds(10)));
        base = "http://127.0.0.1:" + server.port();

        // Valid Turtle, so that a LOAD or FROM that reads it would really put it in the store or the results.
        secretTurtle = write("secret.ttl", "<urn:cdkg-test:secret> <urn:cdkg-test:says> \"" + LEAK + "x:0:0 " + MARKER + "\" .\n");
        secretText = write("secret.txt", LEAK + "x:0:0:" + MARKER + "\n");
        secretDtd = write("secret.dtd", "<!ENTITY leak \"" + LEAK + "x:0:0 " + MARKER + "\">\n");

        bait = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        bait.createContext("/", ex -> {
            baitHits.incrementAndGet();
            String path = ex.getRequestURI().getPath();
            String type;
            String body;
            if (path.endsWith(".dtd")) {
                type = "application/xml-dtd";
                body = "<!ENTITY leak \"" + LEAK + " " + MARKER + "\">";
            } else if (path.endsWith("/sparql")) {
                type = "application/sparql-results+json";
                body = "{\"head\":{\"vars\":[\"s\",\"p\",\"o\"]},\"results\":{\"bindings\":[{\"s\":{\"type\":\"uri\",\"value\":\"urn:x\"},"
                        + "\"p\":{\"type\":\"uri\",\"value\":\"urn:y\"},\"o\":{\"type\":\"literal\",\"value\":\"" + LEAK + " " + MARKER + "\"}}]}}";
            } else if (path.endsWith(".jsonld")) {
                type = "application/ld+json";
                body = "{\"@context\":{\"name\":\"urn:cdkg-test:" + MARKER + "\"}}";
            } else {
                type = "text/turtle";
                body = "<urn:cdkg-test:fetched> <urn:cdkg-test:says> \"" + LEAK + " " + MARKER + "\" .";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", type);
            ex.sendResponseHeaders(200, bytes.length);
            ex.getResponseBody().write(bytes);
            ex.close();
        });
        bait.start();
        baitUrl = "http://127.0.0.1:" + bait.getAddress().getPort();
        quadsAtStart = quadCount();
    }

    private static String write(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content);
        return f.toUri().toString();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (bait != null) bait.stop(0);
    }

    @BeforeEach
    void resetBait() {
        baitHits.set(0);
    }

    /** Whatever a test tried, the store holds what it held at the start and nothing that was read or fetched. */
    @AfterEach
    void nothingGotIn() throws Exception {
        assertFalse(leaked(), "text from a local file or another server is in the store");
        assertEquals(quadsAtStart, quadCount(), "the store changed");
    }

    // ---- 1. writes need the right password

    static Stream<String[]> wrongCredentials() {
        return Stream.of(new String[]{null, null}, new String[]{"cdkg", "wrong"}, new String[]{"cdkg", ""},
                new String[]{"admin", PASSWORD}, new String[]{"CDKG", PASSWORD});
    }

    @ParameterizedTest
    @MethodSource("wrongCredentials")
    void writesWithoutTheRightPasswordAreRefused(String user, String password) throws Exception {
        String insert = "INSERT DATA { GRAPH <urn:cdkg-test:g> { <urn:cdkg-test:s> <urn:cdkg-test:p> \"" + MARKER + "\" } }";
        String form = "update=" + enc(insert);
        assertEquals(401, send(post("/cdkg/update", "application/sparql-update", insert), user, password).statusCode(), "update body");
        assertEquals(401, send(post("/cdkg/update", "application/x-www-form-urlencoded", form), user, password).statusCode(), "update form");
        assertEquals(401, send(request("/cdkg/data?graph=urn:cdkg-test:g", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> \"" + MARKER + "\" .")), user, password).statusCode(), "graph store PUT");
        assertEquals(401, send(post("/cdkg/upload", "text/turtle", "<urn:a> <urn:b> \"" + MARKER + "\" ."), user, password).statusCode(), "upload");
        // The query endpoints and the dataset's own address take no update from anyone.
        for (String path : List.of("/cdkg/sparql", "/cdkg/query", "/cdkg")) {
            assertClientError(send(post(path, "application/sparql-update", insert), user, password), path + " body");
            assertClientError(send(post(path, "application/x-www-form-urlencoded", form), user, password), path + " form");
        }
        assertFalse(ask("ASK { GRAPH ?g { ?s ?p \"" + MARKER + "\" } }"), "nothing was written");
    }

    @Test
    void theWriterCanWriteSoTheRefusalsAboveMeanSomething() throws Exception {
        String insert = "INSERT DATA { GRAPH <urn:cdkg-test:g> { <urn:cdkg-test:s> <urn:cdkg-test:p> \"written\" } }";
        assertEquals(204, send(post("/cdkg/update", "application/sparql-update", insert), "cdkg", PASSWORD).statusCode());
        assertTrue(ask("ASK { GRAPH <urn:cdkg-test:g> { ?s ?p \"written\" } }"));
        assertEquals(204, send(post("/cdkg/update", "application/sparql-update", "DROP GRAPH <urn:cdkg-test:g>"), "cdkg", PASSWORD).statusCode());
    }

    // ---- 2. LOAD reads nothing, even for the writer

    static Stream<String> loads() {
        String bait = baitUrl + "/data.ttl";
        return Stream.of(
                "LOAD <file:///etc/passwd>",
                "LOAD <file:///etc/passwd> INTO GRAPH <urn:x>",
                "LOAD <" + secretTurtle + ">",
                "LOAD SILENT <" + secretTurtle + "> INTO GRAPH <urn:x>",
                "LOAD <" + bait + ">",
                "LOAD SILENT <" + bait + "> INTO GRAPH <urn:x>",
                "PREFIX f: <" + secretTurtle.substring(0, secretTurtle.lastIndexOf('/') + 1) + "> LOAD f:secret.ttl",
                // Hidden behind a harmless operation: the whole request is refused, nothing of it applied.
                "INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> \"first\" } } ; LOAD <" + secretTurtle + "> INTO GRAPH <urn:x>");
    }

    @ParameterizedTest
    @MethodSource("loads")
    void loadIsRefusedEvenForTheWriter(String update) throws Exception {
        List<HttpResponse<String>> answers = List.of(
                send(post("/cdkg/update", "application/sparql-update", update), "cdkg", PASSWORD),
                send(post("/cdkg/update", "application/x-www-form-urlencoded", "update=" + enc(update)), "cdkg", PASSWORD),
                send(post("/cdkg/update", "application/x-www-form-urlencoded", "request=" + enc(update)), "cdkg", PASSWORD),
                // A compressed body, which Fuseki inflates: a check on the raw request would not see the LOAD.
                send(request("/cdkg/update", "application/sparql-update").header("Content-Encoding", "gzip")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(gzip(update))), "cdkg", PASSWORD));
        for (HttpResponse<String> r : answers) {
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().contains("LOAD"), "says why: " + r.body());
            assertFalse(r.body().contains(LEAK) || r.body().contains(MARKER), "the answer quotes no secret: " + r.body());
        }
        assertEquals(0, baitHits.get(), "the server made no request");
        assertFalse(ask("ASK { GRAPH <urn:x> { ?s ?p ?o } }"), "not even the operation before the LOAD was applied");
    }

    @Test
    void aLoadBeforeASyntaxErrorIsNotCarriedOut() throws Exception {
        // Fuseki runs an update as it parses it: the LOAD would run before the error is found.
        String update = "LOAD <" + baitUrl + "/data.ttl> INTO GRAPH <urn:x> ; LOAD <" + secretTurtle + "> INTO GRAPH <urn:x> ; this is not SPARQL";
        HttpResponse<String> r = send(post("/cdkg/update", "application/sparql-update", update), "cdkg", PASSWORD);
        assertEquals(400, r.statusCode(), r.body());
        assertEquals(0, baitHits.get(), "the server made no request");
    }

    // ---- 3. SERVICE fetches nothing

    static Stream<String> serviceQueries() {
        String remote = "<" + baitUrl + "/sparql>";
        return Stream.of(
                "SELECT * { SERVICE " + remote + " { ?s ?p ?o } }",
                "SELECT * { SERVICE SILENT " + remote + " { ?s ?p ?o } }",
                "SELECT * { { SELECT ?o { SERVICE " + remote + " { ?s ?p ?o } } LIMIT 1 } }",
                "SELECT * { ?a ?b ?c OPTIONAL { SERVICE " + remote + " { ?s ?p ?o } } } LIMIT 1",
                "SELECT * { OPTIONAL { SERVICE SILENT " + remote + " { ?s ?p ?o } } }",
                "ASK { FILTER EXISTS { SERVICE " + remote + " { ?s ?p ?o } } }",
                "SELECT * { BIND(" + remote + " AS ?endpoint) SERVICE ?endpoint { ?s ?p ?o } }",
                "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE " + remote + " { ?s ?p ?o } }");
    }

    @ParameterizedTest
    @MethodSource("serviceQueries")
    void serviceIsRefused(String query) throws Exception {
        List<HttpResponse<String>> answers = List.of(
                send(HttpRequest.newBuilder(URI.create(base + "/cdkg/sparql?query=" + enc(query))).GET(), null, null),
                send(post("/cdkg/sparql", "application/x-www-form-urlencoded", "query=" + enc(query)), null, null),
                send(post("/cdkg/query", "application/sparql-query", query), null, null),
                // The writer has no more rights to federate than anyone.
                send(post("/cdkg/sparql", "application/sparql-query", query), "cdkg", PASSWORD));
        for (HttpResponse<String> r : answers) {
            // SILENT, and EXISTS (an error there is just "false"), hide the refusal; no remote answer gets through.
            if (!query.contains("SILENT") && !query.contains("EXISTS")) assertClientError(r, query);
            assertFalse(r.body().contains(MARKER), "no remote result: " + r.body());
            if (query.startsWith("ASK")) assertFalse(r.body().contains("true"), "the remote pattern matched nothing: " + r.body());
        }
        assertEquals(0, baitHits.get(), "the server made no request");
    }

    // ---- 4. the admin area only from this machine

    @Test
    void adminAreaAnswersOnlyOnThisMachine() throws Exception {
        Optional<InetAddress> address = nonLoopbackAddress();
        assumeTrue(address.isPresent(), "this machine has no non-loopback address to call from");
        Path store = dir.resolve("store-everywhere");
        GraphStore.open(store).close();
        CdkgServer everywhere = CdkgServer.start(store, new CdkgServer.Options("0.0.0.0", 0, PASSWORD, null));
        try {
            String outside = "http://" + address.get().getHostAddress() + ":" + everywhere.port();
            String local = "http://127.0.0.1:" + everywhere.port();
            // Reachable from outside at all, so the 403s below are the guard's.
            assertEquals(200, send(HttpRequest.newBuilder(URI.create(outside + "/$/ping")).GET(), null, null).statusCode());
            for (String path : List.of("/$/stats", "/$/stats/cdkg", "/$/metrics", "/$/backup/cdkg", "/$/datasets", "/$/tasks",
                    "/$/compact/cdkg")) {
                for (String method : List.of("GET", "POST")) {
                    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(outside + path)).method(method, HttpRequest.BodyPublishers.noBody()),
                            "cdkg", PASSWORD);
                    assertEquals(403, r.statusCode(), method + " " + path + ": " + r.body());
                }
            }
            // Spellings that might slip past a check on the path: refused one way or another, never served.
            for (String path : List.of("/%24/stats", "/$/ping/../stats", "/$/validate/../metrics", "/$/server/..%2Fmetrics", "/$/stats/", "//$/metrics")) {
                int status = send(HttpRequest.newBuilder(URI.create(outside + path)).GET(), null, null).statusCode();
                assertTrue(status == 403 || status == 400 || status == 404, path + " answered " + status);
            }
            for (String path : List.of("/$/stats", "/$/stats/cdkg", "/$/metrics"))
                assertEquals(200, send(HttpRequest.newBuilder(URI.create(local + path)).GET(), null, null).statusCode(), "from loopback: " + path);
        } finally {
            everywhere.close();
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        List<InetAddress> found = new ArrayList<>();
        for (NetworkInterface nif : NetworkInterface.networkInterfaces().toList())
            if (nif.isUp() && !nif.isLoopback())
                nif.inetAddresses().filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress() && !a.isAnyLocalAddress()).forEach(found::add);
        // IPv4 first: an IPv6 address may not be routable back to this machine.
        return found.stream().min(Comparator.comparing(a -> a instanceof Inet4Address ? 0 : 1));
    }

    // ---- 5. uploaded documents fetch and read nothing

    static Stream<String[]> hostileDocuments() {
        String rdf = "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"urn:cdkg-test:\"";
        String body = "<rdf:RDF " + rdf + "><rdf:Description rdf:about=\"urn:cdkg-test:s\"><ex:p>&x;</ex:p></rdf:Description></rdf:RDF>";
        String usesLeak = "<rdf:RDF " + rdf + "><rdf:Description rdf:about=\"urn:cdkg-test:s\"><ex:p>&leak;</ex:p></rdf:Description></rdf:RDF>";
        String trix = "<TriX xmlns=\"http://www.w3.org/2004/03/trix/trix-1/\"><graph><triple><uri>urn:cdkg-test:s</uri><uri>urn:cdkg-test:p</uri>"
                + "<plainLiteral>&x;</plainLiteral></triple></graph></TriX>";
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE rdf:RDF [<!ENTITY x0 \"ha\">");
        for (int i = 1; i <= 9; i++) laughs.append("<!ENTITY x").append(i).append(" \"").append(("&x" + (i - 1) + ";").repeat(10)).append("\">");
        laughs.append("<!ENTITY x \"&x9;\">]>").append(body);
        return Stream.of(
                new String[]{"file entity /etc/passwd", "application/rdf+xml",
                        "<?xml version=\"1.0\"?><!DOCTYPE rdf:RDF [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + body},
                new String[]{"file entity", "application/rdf+xml",
                        "<?xml version=\"1.0\"?><!DOCTYPE rdf:RDF [<!ENTITY x SYSTEM \"" + secretText + "\">]>" + body},
                new String[]{"http entity", "application/rdf+xml",
                        "<?xml version=\"1.0\"?><!DOCTYPE rdf:RDF [<!ENTITY x SYSTEM \"" + baitUrl + "/entity\">]>" + body},
                new String[]{"file parameter entity", "application/rdf+xml",
                        "<?xml version=\"1.0\"?><!DOCTYPE rdf:RDF [<!ENTITY % p SYSTEM \"" + secretDtd + "\"> %p;]>" + usesLeak},
                new String[]{"http parameter entity", "application/rdf+xml",
                        "<?xml version=\"1.0\"?><!DOCTYPE rdf:RDF [<!ENTITY % p SYSTEM \"" + baitUrl + "/evil.dtd\"> %p;]>" + usesLeak},
                new String[]{"external DTD", "application/rdf+xml",
                        "<?xml version=\"1.0\"?><!DOCTYPE rdf:RDF SYSTEM \"" + baitUrl + "/external.dtd\">" + usesLeak},
                new String[]{"TriX file entity", "application/trix+xml",
                        "<?xml version=\"1.0\"?><!DOCTYPE TriX [<!ENTITY x SYSTEM \"" + secretText + "\">]>" + trix},
                new String[]{"TriX http entity", "application/trix+xml",
                        "<?xml version=\"1.0\"?><!DOCTYPE TriX [<!ENTITY x SYSTEM \"" + baitUrl + "/entity\">]>" + trix},
                new String[]{"JSON-LD remote context", "application/ld+json",
                        "{\"@context\":\"" + baitUrl + "/context.jsonld\",\"@id\":\"urn:cdkg-test:s\",\"name\":\"x\"}"},
                new String[]{"billion laughs", "application/rdf+xml", laughs.toString()});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileDocuments")
    void uploadedDocumentsReadNoFileAndFetchNothing(String what, String contentType, String document) throws Exception {
        List<HttpResponse<String>> answers = List.of(
                send(request("/cdkg/data?graph=urn:x", contentType).PUT(HttpRequest.BodyPublishers.ofString(document)), "cdkg", PASSWORD),
                send(post("/cdkg/data?graph=urn:x", contentType, document), "cdkg", PASSWORD),
                send(post("/cdkg/upload", contentType, document), "cdkg", PASSWORD));
        for (HttpResponse<String> r : answers)
            assertFalse(r.body().contains(LEAK) || r.body().contains(MARKER), "the answer quotes no secret: " + r.body());
        assertEquals(0, baitHits.get(), "the server made no request");
        assertFalse(leaked(), "nothing of the secret is in the store");
        if (what.equals("billion laughs")) {
            for (HttpResponse<String> r : answers) assertClientError(r, "the expansion is refused");
            assertTrue(ask("ASK { <" + ARTICLE + "> ?p ?o }"), "the server still answers");
        }
        // Accepted documents (the entity simply not expanded) are removed again, so the store is as it was.
        send(post("/cdkg/update", "application/sparql-update", "DROP SILENT GRAPH <urn:x> ; DROP SILENT DEFAULT"), "cdkg", PASSWORD);
    }

    // ---- 6. a query's dataset description reads nothing

    static Stream<String> datasetDescriptions() {
        String bait = baitUrl + "/data.ttl";
        return Stream.of(
                "query=" + enc("SELECT * FROM <file:///etc/passwd> { ?s ?p ?o }"),
                "query=" + enc("SELECT * FROM <" + secretTurtle + "> { ?s ?p ?o }"),
                "query=" + enc("SELECT * FROM NAMED <" + secretTurtle + "> { GRAPH ?g { ?s ?p ?o } }"),
                "query=" + enc("SELECT * FROM <" + bait + "> FROM NAMED <" + bait + "> { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"),
                "query=" + enc("CONSTRUCT { ?s ?p ?o } FROM <" + secretTurtle + "> WHERE { ?s ?p ?o }"),
                "query=" + enc("SELECT * { ?s ?p ?o }") + "&default-graph-uri=" + enc(secretTurtle),
                "query=" + enc("SELECT * { GRAPH ?g { ?s ?p ?o } }") + "&named-graph-uri=" + enc(secretTurtle) + "&named-graph-uri=" + enc(bait));
    }

    @ParameterizedTest
    @MethodSource("datasetDescriptions")
    void aQueryReadsNoFileNorUrlThroughItsDataset(String form) throws Exception {
        List<HttpResponse<String>> answers = List.of(
                send(HttpRequest.newBuilder(URI.create(base + "/cdkg/sparql?" + form)).GET(), null, null),
                send(post("/cdkg/query", "application/x-www-form-urlencoded", form), null, null));
        for (HttpResponse<String> r : answers) {
            assertTrue(r.statusCode() == 200 || r.statusCode() / 100 == 4, r.statusCode() + " " + r.body());
            assertFalse(r.body().contains(LEAK) || r.body().contains(MARKER), "no file or remote content: " + r.body());
        }
        assertEquals(0, baitHits.get(), "the server made no request");
    }

    // ---- helpers

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static byte[] gzip(String s) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static HttpRequest.Builder request(String path, String contentType) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType).timeout(Duration.ofSeconds(60));
    }

    private static HttpRequest.Builder post(String path, String contentType, String body) {
        return request(path, contentType).POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** A fresh client each time: the server may close the connection after a refusal. */
    private static HttpResponse<String> send(HttpRequest.Builder b, String user, String password) throws IOException, InterruptedException {
        if (user != null)
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        b.header("Accept", "application/sparql-results+json, text/turtle;q=0.9, */*;q=0.1");
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertClientError(HttpResponse<String> r, String what) {
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, what + " answered " + r.statusCode() + ": " + r.body());
    }

    private static boolean ask(String query) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/cdkg/sparql?query=" + enc(query))).GET(), null, null);
        assertEquals(200, r.statusCode(), r.body());
        return ResultSetMgr.readBoolean(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
    }

    /** Every quad, in the named graphs and in the stored default graph the union hides. */
    private static final String ALL_QUADS = "{ GRAPH ?g { ?s ?p ?o } } UNION { GRAPH <urn:x-arq:DefaultGraph> { ?s ?p ?o } }";

    private static boolean leaked() throws Exception {
        return ask("ASK { " + ALL_QUADS + " BIND(CONCAT(STR(?s), \" \", STR(?p), \" \", STR(?o), \" \", COALESCE(STR(?g), \"\")) AS ?all)"
                + " FILTER(CONTAINS(?all, \"" + LEAK + "\") || CONTAINS(?all, \"" + MARKER + "\")) }");
    }

    private static long quadCount() throws Exception {
        String q = "SELECT (COUNT(*) AS ?n) { " + ALL_QUADS + " }";
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/cdkg/sparql?query=" + enc(q))).GET(), null, null);
        assertEquals(200, r.statusCode(), r.body());
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        return rs.next().getLiteral("n").getLong();
    }
}
