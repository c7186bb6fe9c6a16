package org.cdkg.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.query.QueryFactory;
import org.cdkg.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
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
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Fuseki's query UI at /ui/, the query library at /queries, and the admin area that answers only
 * on localhost. The server listens on every interface here so that a request can also arrive
 * from one of this machine's non-loopback addresses, as a remote client's would.
 */
class QueryWorkbenchTest {
    @TempDir
    static Path dir;
    static CdkgServer server;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    static final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void serve() {
        Path store = dir.resolve("store");
        GraphStore.open(store).close();
        server = CdkgServer.start(store, "0.0.0.0", 0);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    static HttpResponse<String> get(String host, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://" + host + ":" + server.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String path) throws Exception {
        return get("127.0.0.1", path);
    }

    /** An address of this machine that is not loopback, if it has one. */
    static Optional<String> nonLoopbackAddress() throws Exception {
        List<String> found = new ArrayList<>();
        for (NetworkInterface nic : NetworkInterface.networkInterfaces().toList())
            if (nic.isUp() && !nic.isLoopback())
                for (InetAddress a : nic.inetAddresses().toList())
                    if (a instanceof Inet4Address && !a.isLoopbackAddress()) found.add(a.getHostAddress());
        return found.stream().findFirst();
    }

    @Test
    void uiPageLoadsItsAppAndTheLibraryScript() throws Exception {
        assertEquals(302, get("/ui").statusCode());
        HttpResponse<String> page = get("/ui/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<script src=\"/web/workbench.js\""), page.body());
        Matcher app = Pattern.compile("src=\"\\./(static/index-[^\"]+\\.js)\"").matcher(page.body());
        assertTrue(app.find(), "the page names the UI's script");
        HttpResponse<String> script = get("/ui/" + app.group(1));
        assertEquals(200, script.statusCode());
        assertTrue(script.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertEquals(200, get("/web/workbench.js").statusCode());
    }

    @Test
    void uiCallsReachTheServerAndTheDataset() throws Exception {
        HttpResponse<String> status = get("/ui/$/server");
        assertEquals(200, status.statusCode());
        JsonNode datasets = json.readTree(status.body()).get("datasets");
        assertEquals("/cdkg", datasets.get(0).get("ds.name").asText());
        assertTrue(datasets.get(0).toString().contains("\"sparql\""), "the query endpoint is listed");

        HttpResponse<String> ask = get("/ui/cdkg/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8));
        assertEquals(200, ask.statusCode());
        assertTrue(ask.body().contains("true"), ask.body());

        HttpResponse<String> validated = get("/ui/$/validate/query?query=" + URLEncoder.encode("SELECT * {?s ?p ?o}", StandardCharsets.UTF_8));
        assertEquals(200, validated.statusCode());
    }

    @Test
    void libraryListsEveryQueryOfTheQueriesDirectory() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        HttpResponse<String> list = get("/queries");
        assertEquals(200, list.statusCode());
        JsonNode entries = json.readTree(list.body());
        assertEquals(files.size(), entries.size());
        for (int i = 0; i < files.size(); i++) {
            JsonNode e = entries.get(i);
            String name = files.get(i).getFileName().toString().replaceFirst("\\.rq$", "");
            assertEquals(name, e.get("name").asText());
            assertEquals(Files.readString(files.get(i)), e.get("query").asText());
            assertTrue(e.get("description").size() > 0, name + " says what it answers in its leading comments");
            QueryFactory.create(e.get("query").asText());

            HttpResponse<String> raw = get("/queries/" + name + ".rq");
            assertEquals(200, raw.statusCode());
            assertTrue(raw.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-query"));
            assertEquals(Files.readString(files.get(i)), raw.body());
        }
        assertEquals(404, get("/queries/no-such-query.rq").statusCode());
    }

    @Test
    void adminAreaAnswersLocalClients() throws Exception {
        assertEquals(200, get("/$/stats/cdkg").statusCode());
        assertEquals(200, get("/$/metrics").statusCode());
        assertEquals(200, get("/$/ping").statusCode());
    }

    @Test
    void adminAreaRefusesOtherClientsButTheUiStillWorks() throws Exception {
        Optional<String> address = nonLoopbackAddress();
        assumeTrue(address.isPresent(), "this machine has no non-loopback address to call from");
        String remote = address.get();

        for (String admin : List.of("/$/stats/cdkg", "/$/metrics", "/$/datasets", "/$/tasks", "/ui/$/stats/cdkg")) {
            HttpResponse<String> refused = get(remote, admin);
            assertEquals(403, refused.statusCode(), admin);
            assertTrue(refused.body().contains("only on localhost"), refused.body());
        }
        assertEquals(200, get(remote, "/$/ping").statusCode());
        assertEquals(200, get(remote, "/ui/$/server").statusCode());
        assertEquals(200, get(remote, "/ui/").statusCode());
        assertEquals(200, get(remote, "/cdkg/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8)).statusCode());
    }
}
