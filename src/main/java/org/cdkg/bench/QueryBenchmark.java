package org.cdkg.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Query latency over HTTP, one query at a time, and throughput with concurrent clients. */
public final class QueryBenchmark {
    public record Latency(String query, int runs, double p50Millis, double p99Millis, int rows, int errors) {}

    public record Load(int clients, double seconds, int answered, int errors, double perSecond, double p50Millis, double p99Millis) {}

    private final String endpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public QueryBenchmark(String endpoint) {
        this.endpoint = endpoint;
    }

    /**
     * Runs each query {@code warmup} times unmeasured, then up to {@code runs} times, stopping
     * early when a query has had {@code budgetSeconds}, so heavy queries on large stores finish.
     */
    public List<Latency> latencies(Map<String, String> queries, int warmup, int runs, int budgetSeconds) {
        List<Latency> out = new ArrayList<>();
        queries.forEach((name, text) -> {
            for (int i = 0; i < warmup; i++) ask(text);
            List<Double> millis = new ArrayList<>();
            int errors = 0, rows = 0;
            long stop = System.nanoTime() + budgetSeconds * 1_000_000_000L;
            for (int i = 0; i < runs && (i < 3 || System.nanoTime() < stop); i++) {
                long start = System.nanoTime();
                Answer a = ask(text);
                millis.add((System.nanoTime() - start) / 1e6);
                if (a.ok()) rows = a.rows(); else errors++;
            }
            out.add(new Latency(name, millis.size(), percentile(millis, 50), percentile(millis, 99), rows, errors));
        });
        return out;
    }

    /** {@code clients} clients each send the queries in turn, starting at different ones, for {@code seconds}. */
    public Load load(List<String> queries, int clients, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int first = c;
            running.add(pool.submit(() -> {
                for (int i = first; System.nanoTime() < end; i++) {
                    long t = System.nanoTime();
                    if (!ask(queries.get(i % queries.size())).ok()) errors.incrementAndGet();
                    millis.add((System.nanoTime() - t) / 1e6);
                }
                return null;
            }));
        }
        for (Future<?> f : running) f.get();
        pool.shutdown();
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new Load(clients, elapsed, millis.size(), errors.get(), millis.size() / elapsed, percentile(millis, 50), percentile(millis, 99));
    }

    private record Answer(boolean ok, int rows) {}

    private Answer ask(String query) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/tab-separated-values")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) return new Answer(false, 0);
            return new Answer(true, (int) Math.max(0, r.body().lines().count() - 1));
        } catch (java.io.IOException e) {
            return new Answer(false, 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(false, 0);
        }
    }

    static double percentile(List<Double> values, int p) {
        if (values.isEmpty()) return Double.NaN;
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
