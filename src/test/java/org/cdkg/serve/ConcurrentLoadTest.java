package org.cdkg.serve;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.cdkg.bench.CorpusGenerator;
import org.cdkg.graph.Cdo;
import org.cdkg.pipeline.ArticlePipeline;
import org.cdkg.pipeline.CorpusLoader;
import org.cdkg.pipeline.RunSummary;
import org.cdkg.store.GraphStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
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
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Many analysts and linked-data clients at once, while articles are being added: every request
 * of the query library and every entity dereference must succeed, and a pathological query must
 * be cut off by the server's limit while the rest go on. Bounded in time and requests, loopback
 * only. It runs in the {@code load} Maven profile ({@code mvn -B test -Pload}), not in the
 * default test run; {@code -Dcdkg.load.seconds} and {@code -Dcdkg.load.clients} change its size.
 */
@Tag("load")
class ConcurrentLoadTest {
    private static final int SECONDS = Integer.getInteger("cdkg.load.seconds", 60);
    private static final int CLIENTS = Integer.getInteger("cdkg.load.clients", 32);
    /** A bound on the whole test's requests, whatever the machine's speed. */
    private static final int MAX_REQUESTS = 500_000;
    private static final Duration QUERY_LIMIT = Duration.ofSeconds(10);
    /** Joins every triple with every other three times: no store of any size answers it within the limit. */
    private static final String PATHOLOGICAL = "SELECT (COUNT(*) AS ?n) { GRAPH ?g1 { ?a ?b ?c } GRAPH ?g2 { ?d ?e ?f } GRAPH ?g3 { ?g ?h ?i } GRAPH ?g4 { ?j ?k ?l } }";

    @TempDir
    Path dir;

    /** Latencies of one kind of request, in microseconds. */
    private static final class Kind {
        final ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
        final AtomicInteger errors = new AtomicInteger();
    }

    private final Map<String, Kind> kinds = new ConcurrentHashMap<>();
    /** Set while a pathological query is running, to count what else is answered meanwhile. */
    private final AtomicBoolean pathologicalRunning = new AtomicBoolean();
    private final AtomicInteger answeredMeanwhile = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void manyClientsWhileArticlesAreAdded() throws Exception {
        Path corpus = dir.resolve("corpus");
        Path later = dir.resolve("later");
        new CorpusGenerator(21).write(corpus, 300);
        new CorpusGenerator(22).write(later, 400);
        Path store = dir.resolve("store");
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        try (GraphStore gs = GraphStore.open(store)) {
            new CorpusLoader(ArticlePipeline::new, 2, quiet).load(List.of(Path.of("examples/articles"), corpus), gs);
        }
        try (CdkgServer server = CdkgServer.start(store, new CdkgServer.Options("127.0.0.1", 0, null, QUERY_LIMIT))) {
            String base = "http://127.0.0.1:" + server.port();
            Map<String, String> library = library();
            List<String> entities = entities(base);
            assertTrue(entities.size() > 50, "the store should hold entities to dereference: " + entities.size());

            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong requests = new AtomicLong();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 2);
            CountDownLatch writerDone = new CountDownLatch(1);
            List<Future<?>> work = new ArrayList<>();
            // Articles arrive while the clients run: small transactions through the same store.
            Future<RunSummary> writer = pool.submit(() -> {
                try (GraphStore gs = GraphStore.open(store)) {
                    return new CorpusLoader(ArticlePipeline::new, 1, 20, Integer.MAX_VALUE, quiet).load(List.of(later), gs);
                } finally {
                    writerDone.countDown();
                }
            });
            for (int c = 0; c < CLIENTS; c++) {
                Random random = new Random(c);
                work.add(pool.submit(() -> {
                    while (running.get() && System.nanoTime() < end && requests.incrementAndGet() <= MAX_REQUESTS) {
                        int pick = random.nextInt(10);
                        if (pick < 5) {
                            List<String> names = new ArrayList<>(library.keySet());
                            String name = names.get(random.nextInt(names.size()));
                            query(base, "library " + name, library.get(name));
                        } else if (pick < 9) {
                            dereference(base, entities.get(random.nextInt(entities.size())));
                        } else {
                            page(base, entities.get(random.nextInt(entities.size())));
                        }
                    }
                    return null;
                }));
            }
            // The pathological client: each of its queries must be cut off, not answered, not hang.
            AtomicInteger cutOff = new AtomicInteger();
            ConcurrentLinkedQueue<Long> cutOffMillis = new ConcurrentLinkedQueue<>();
            work.add(pool.submit(() -> {
                while (running.get() && System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    pathologicalRunning.set(true);
                    HttpResponse<String> r = http.send(post(base, "timeout=3600000&query=" + URLEncoder.encode(PATHOLOGICAL, StandardCharsets.UTF_8))
                            .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
                    pathologicalRunning.set(false);
                    cutOffMillis.add((System.nanoTime() - t0) / 1_000_000);
                    if (r.statusCode() != 200) cutOff.incrementAndGet();
                }
                return null;
            }));
            for (Future<?> f : work) f.get(SECONDS + 180L, TimeUnit.SECONDS);
            running.set(false);
            RunSummary added = writer.get(10, TimeUnit.MINUTES);
            pool.shutdown();

            String report = report(added, cutOff.get(), cutOffMillis);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "load-test-report.md"), report);
            System.out.println(report);

            int errors = kinds.values().stream().mapToInt(k -> k.errors.get()).sum();
            assertEquals(0, errors, "errors under load, e.g. " + errorSamples.stream().limit(5).toList());
            assertEquals(400, added.extractedCount(), "every article added during the run is stored: " + added);
            assertFalse(cutOffMillis.isEmpty());
            assertEquals(cutOffMillis.size(), cutOff.get(), "every pathological query is cut off");
            long slowest = Collections.max(cutOffMillis);
            assertTrue(slowest < QUERY_LIMIT.toMillis() + 30_000, "the limit cuts it off, but one took " + slowest + " ms");
            assertTrue(answeredMeanwhile.get() > 0, "other requests must be answered while a pathological query runs");
        }
    }

    private HttpRequest.Builder post(String base, String form) {
        return HttpRequest.newBuilder(URI.create(base + "/cdkg/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(form));
    }

    private void query(String base, String kind, String sparql) {
        timed(kind, () -> {
            HttpResponse<String> r = http.send(post(base, "query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8))
                    .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().contains("\"results\"") ? null : r.statusCode() + " " + head(r.body());
        });
    }

    /** The linked-data round trip: /id/… answers 303 to a document, which must parse as Turtle about the entity. */
    private void dereference(String base, String iri) {
        timed("dereference /id/ (303, Turtle)", () -> {
            HttpResponse<String> see = http.send(HttpRequest.newBuilder(URI.create(local(base, iri))).header("Accept", "text/turtle")
                    .timeout(Duration.ofSeconds(120)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (see.statusCode() != 303) return "303 expected, got " + see.statusCode();
            String doc = see.headers().firstValue("Location").orElse("");
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base).resolve(doc)).header("Accept", "text/turtle")
                    .timeout(Duration.ofSeconds(120)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) return r.statusCode() + " for " + doc;
            Model m = ModelFactory.createDefaultModel();
            RDFParser.fromString(r.body(), Lang.TURTLE).base(base).parse(m);
            return m.containsResource(m.createResource(iri)) ? null : "the document does not describe " + iri;
        });
    }

    private void page(String base, String iri) {
        timed("entity page (HTML)", () -> {
            HttpResponse<String> see = http.send(HttpRequest.newBuilder(URI.create(local(base, iri))).header("Accept", "text/html")
                    .timeout(Duration.ofSeconds(120)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (see.statusCode() != 303) return "303 expected, got " + see.statusCode();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base).resolve(see.headers().firstValue("Location").orElse("")))
                    .header("Accept", "text/html").timeout(Duration.ofSeconds(120)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().contains("<html") ? null : r.statusCode() + " " + head(r.body());
        });
    }

    private interface Call {
        /** @return null when the answer is right, else what was wrong */
        String run() throws Exception;
    }

    private void timed(String kind, Call call) {
        Kind k = kinds.computeIfAbsent(kind, x -> new Kind());
        long t0 = System.nanoTime();
        String wrong;
        try {
            wrong = call.run();
        } catch (Exception e) {
            wrong = e.toString();
        }
        if (wrong == null) {
            k.micros.add((System.nanoTime() - t0) / 1_000);
            if (pathologicalRunning.get()) answeredMeanwhile.incrementAndGet();
        }
        else {
            k.errors.incrementAndGet();
            if (errorSamples.size() < 20) errorSamples.add(kind + ": " + wrong);
        }
    }

    /** Entity IRIs are minted under the public namespace; the test server answers them on loopback. */
    private static String local(String base, String iri) {
        return base + iri.substring(Cdo.ID_NS.length() - "/id/".length());
    }

    private static String head(String s) {
        return s.length() > 200 ? s.substring(0, 200) : s;
    }

    private Map<String, String> library() throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).toList())
                out.put(f.getFileName().toString(), Files.readString(f));
        }
        return out;
    }

    private List<String> entities(String base) throws Exception {
        String q = "SELECT DISTINCT ?s { GRAPH ?g { ?s a ?t } FILTER(STRSTARTS(STR(?s), \"" + Cdo.ID_NS + "\")) } LIMIT 400";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/cdkg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body().lines().skip(1).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private String report(RunSummary added, int cutOff, ConcurrentLinkedQueue<Long> cutOffMillis) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Load test\n\n");
        long answered = kinds.values().stream().mapToLong(k -> k.micros.size()).sum();
        int errors = kinds.values().stream().mapToInt(k -> k.errors.get()).sum();
        sb.append(String.format(Locale.ROOT, "%d clients for %d s on %d cores, while %s articles were added: %d answers (%.1f/s), %d errors.%n%n",
                CLIENTS, SECONDS, Runtime.getRuntime().availableProcessors(), added.extractedCount(), answered, answered / (double) SECONDS, errors));
        sb.append("| request | answers | errors | p50 ms | p99 ms | max ms |\n|---|---|---|---|---|---|\n");
        new TreeMap<>(kinds).forEach((name, k) -> {
            List<Long> sorted = new ArrayList<>(k.micros);
            Collections.sort(sorted);
            sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %s | %s |%n", name, sorted.size(), k.errors.get(),
                    ms(percentile(sorted, 0.50)), ms(percentile(sorted, 0.99)), ms(sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1))));
        });
        sb.append(String.format(Locale.ROOT, "%nPathological query: %d sent, %d cut off by the %d s limit, slowest answer %d ms; %d other answers while one ran.%n",
                cutOffMillis.size(), cutOff, QUERY_LIMIT.toSeconds(), cutOffMillis.isEmpty() ? 0 : Collections.max(cutOffMillis), answeredMeanwhile.get()));
        return sb.toString();
    }

    private static long percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private static String ms(long micros) {
        return String.format(Locale.ROOT, "%.1f", micros / 1000.0);
    }
}
