package org.cdkg;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** SELECT queries sent to a running server over HTTP, with the answer read back by Jena. */
public final class SparqlResults {
    private SparqlResults() {}

    /** POSTs the query as a form to {@code endpoint}; the answer must be 200. */
    public static List<QuerySolution> select(String endpoint, String query) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
        return rows(response.body());
    }

    /** The rows of SPARQL JSON results. */
    public static List<QuerySolution> rows(byte[] json) {
        List<QuerySolution> rows = new ArrayList<>();
        ResultSetMgr.read(new ByteArrayInputStream(json), ResultSetLang.RS_JSON).forEachRemaining(rows::add);
        return rows;
    }
}
