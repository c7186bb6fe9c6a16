package org.cdkg.bench;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.cdkg.pipeline.ArticlePipeline;
import org.cdkg.pipeline.Corpus;
import org.cdkg.pipeline.CorpusLoader;
import org.cdkg.pipeline.RunSummary;
import org.cdkg.store.GraphStore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Every benchmark of cdkg in one run, on a generated corpus of any size: extraction against
 * HanLP, loading, re-runs, bulk loading, server start-up and query latency. It reports as
 * Markdown, the form BENCHMARKS.md keeps. A work directory keeps the corpus and the stores, so
 * a second run on the same size skips the generating.
 */
public final class BenchmarkSuite {
    /** What to run. {@code sample} articles are used for the extraction throughput. */
    public record Settings(int articles, long seed, Path work, int sample, int rounds, int[] threads, int clients, int loadSeconds,
                           Path queries, boolean bulk, boolean reuseStore) {}

    private final Settings settings;
    private final PrintStream log;
    private final StringBuilder report = new StringBuilder();

    public BenchmarkSuite(Settings settings, PrintStream log) {
        this.settings = settings;
        this.log = log;
    }

    public String run() throws Exception {
        Path corpus = settings.work().resolve("corpus-" + settings.articles() + "-" + settings.seed());
        Path store = settings.work().resolve("store-" + settings.articles() + "-" + settings.seed());
        line("# cdkg benchmark run");
        line("");
        machine();
        generate(corpus);
        if (settings.reuseStore() && Files.isDirectory(store)) {
            line("Re-used the loaded store " + store + "; extraction and loading were not measured in this run.");
            line("");
        } else {
            extraction(corpus);
            load(corpus, store);
            if (settings.bulk()) bulk(store);
        }
        serveAndQuery(store);
        return report.toString();
    }

    private void line(String s) {
        report.append(s).append('\n');
        log.println(s);
    }

    private static String f(double d) {
        return String.format(Locale.ROOT, d >= 100 ? "%,.0f" : "%.2f", d);
    }

    private void machine() {
        Runtime rt = Runtime.getRuntime();
        line("Machine: " + rt.availableProcessors() + " cores, " + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                + ", Java " + System.getProperty("java.version") + ", max heap " + rt.maxMemory() / (1 << 20) + " MB.");
        line("");
    }

    private void generate(Path corpus) throws IOException {
        line("## Corpus");
        if (Files.isDirectory(corpus) && Files.exists(corpus.resolve(".complete"))) {
            line("Re-used " + settings.articles() + " generated articles (seed " + settings.seed() + ") in " + corpus + ".");
        } else {
            if (Files.isDirectory(corpus)) deleteTree(corpus);
            long start = System.nanoTime();
            CorpusGenerator.Summary s = new CorpusGenerator(settings.seed()).write(corpus, settings.articles());
            double seconds = (System.nanoTime() - start) / 1e9;
            Files.writeString(corpus.resolve(".complete"), "");
            line("Generated " + s.files() + " articles, " + s.bytes() / (1 << 20) + " MB, in " + f(seconds) + " s (seed " + settings.seed() + ").");
        }
        line("");
    }

    private void extraction(Path corpus) throws Exception {
        List<Path> files = Corpus.files(List.of(corpus));
        List<Path> sample = files.subList(0, Math.min(settings.sample(), files.size()));
        ExtractionBenchmark.Result r = new ExtractionBenchmark(sample, settings.rounds()).run(settings.threads());
        line("## Extraction throughput (" + sample.size() + " articles; medians of " + r.rounds() + " timed rounds after a warm-up pass)");
        line("");
        line("Each round times HanLP alone, then the pipeline at each thread count, one after another; the ratio is taken within each round.");
        line("");
        line("| what | threads | articles/s | characters/s | ratio to HanLP NER on one core (lowest–highest round) |");
        line("|---|---|---|---|---|");
        line("| HanLP NER segmenter alone | 1 | " + f(r.hanlp().articlesPerSecond()) + " | " + f(r.hanlp().charsPerSecond()) + " | 1.00 |");
        for (ExtractionBenchmark.PipelineRun run : r.pipeline()) {
            ExtractionBenchmark.Throughput t = run.throughput();
            line("| whole cdkg pipeline | " + t.threads() + " | " + f(t.articlesPerSecond()) + " | " + f(t.charsPerSecond()) + " | "
                    + f(run.ratio()) + " (" + f(run.lowestRatio()) + "–" + f(run.highestRatio()) + ") |");
        }
        line("");
        if (r.pipeline().size() > 1) {
            ExtractionBenchmark.PipelineRun one = r.pipeline().get(0);
            for (ExtractionBenchmark.PipelineRun run : r.pipeline().subList(1, r.pipeline().size()))
                line("Speed-up of " + run.throughput().threads() + " threads over " + one.throughput().threads() + " (median of the rounds): "
                        + f(run.speedUp()) + "×.");
            line("");
        }
        line("Output identical at every thread count: " + (r.sameOutputAtEveryThreadCount() ? "yes" : "NO") + ".");
        line("");
    }

    private void load(Path corpus, Path store) throws IOException {
        line("## Loading into TDB2");
        line("");
        int threads = Runtime.getRuntime().availableProcessors();
        if (Files.isDirectory(store)) deleteTree(store);
        RetainedHeap retained = new RetainedHeap();
        long start = System.nanoTime();
        RunSummary first;
        try (GraphStore gs = GraphStore.open(store)) {
            first = new CorpusLoader(ArticlePipeline::new, threads, System.err).load(List.of(corpus), gs);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = retained.stop();
        long quads;
        try (GraphStore gs = GraphStore.open(store)) {
            quads = gs.quadCount();
        }
        String path = settings.articles() >= CorpusLoader.BULK_MIN_ARTICLES
                ? "extracted to TriG, then TDB2's bulk loader, as for any corpus of " + CorpusLoader.BULK_MIN_ARTICLES + " or more articles into an empty store"
                : "write transactions of " + CorpusLoader.DEFAULT_BATCH + " articles";
        line("- Extract and load " + settings.articles() + " articles on " + threads + " threads (" + path + "): " + f(seconds) + " s, "
                + f(first.extractedCount() / seconds) + " articles/s, " + f(quads / seconds) + " quads/s (" + quads + " quads; " + first + ").");
        line("- Store on disk after loading: " + diskMegabytes(store) + " MB.");
        line("- Largest heap still in use after a garbage collection during extraction and loading: " + peak / (1 << 20)
                + " MB (max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB).");

        start = System.nanoTime();
        RunSummary again;
        try (GraphStore gs = GraphStore.open(store)) {
            again = new CorpusLoader(ArticlePipeline::new, threads, System.err).load(List.of(corpus), gs);
        }
        line("- Re-run on the unchanged corpus: " + f((System.nanoTime() - start) / 1e9) + " s (" + again + ").");

        Path extra = settings.work().resolve("extra");
        if (Files.isDirectory(extra)) deleteTree(extra);
        Files.createDirectories(extra);
        CorpusGenerator.GeneratedArticle one = new CorpusGenerator(settings.seed()).article(settings.articles());
        Files.write(extra.resolve(one.fileName()), one.bytes());
        start = System.nanoTime();
        RunSummary added;
        try (GraphStore gs = GraphStore.open(store)) {
            added = new CorpusLoader(ArticlePipeline::new, 1, System.err).load(List.of(extra), gs);
        }
        line("- Adding one article to the loaded store: " + f((System.nanoTime() - start) / 1e6) + " ms (" + added + "); store on disk afterwards: "
                + diskMegabytes(store) + " MB.");
        line("");
    }

    private static long diskMegabytes(Path store) {
        try (GraphStore gs = GraphStore.open(store)) {
            return gs.diskSize() >> 20;
        }
    }

    /** Dumps the store as N-Quads and bulk-loads the dump into a new store. */
    private void bulk(Path store) throws IOException {
        Path dump = settings.work().resolve("dump.nq.gz");
        try (GraphStore gs = GraphStore.open(store); OutputStream out = new GZIPOutputStream(Files.newOutputStream(dump), 1 << 16)) {
            Txn.executeRead(gs.dataset(), () -> RDFDataMgr.write(out, gs.dataset().asDatasetGraph(), RDFFormat.NQUADS));
        }
        Path target = settings.work().resolve("bulk-store");
        if (Files.isDirectory(target)) deleteTree(target);
        long start = System.nanoTime();
        long quads;
        try (GraphStore gs = GraphStore.open(target)) {
            quads = gs.bulkLoad(List.of(dump));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        line("## Bulk loading (TDB2 loader, `cdkg load --bulk`)");
        line("");
        line("- " + quads + " quads from a gzipped N-Quads dump in " + f(seconds) + " s: " + f(quads / seconds) + " quads/s.");
        line("");
    }

    private void serveAndQuery(Path store) throws Exception {
        line("## Server start-up and queries");
        line("");
        // The server runs in its own JVM, as a user starts it; this one must let go of the store.
        try (GraphStore gs = GraphStore.open(store)) {
            gs.releaseToOtherProcesses();
        }
        int port = freePort();
        Process first = startServer(store, port);
        Start firstStart = awaitReady(first);
        stop(first);
        Process server = startServer(store, port);
        try {
            Start again = awaitReady(server);
            line("- `serve` on the existing store, first start (full-text index: " + firstStart.indexWork() + "): " + f(firstStart.seconds()) + " s.");
            line("- `serve` on the existing store, next start (full-text index: " + again.indexWork() + "): " + f(again.seconds())
                    + " s (time to the ready line, JVM start included).");
            line("");
            String endpoint = "http://127.0.0.1:" + port + "/cdkg/sparql";
            QueryBenchmark q = new QueryBenchmark(endpoint);
            Map<String, String> queries = new LinkedHashMap<>(pointQueries(q, endpoint));
            queries.putAll(library());
            List<QueryBenchmark.Latency> latencies = q.latencies(queries, 3, 50, 20);
            line("| query | runs | p50 ms | p99 ms | rows | errors |");
            line("|---|---|---|---|---|---|");
            for (QueryBenchmark.Latency l : latencies)
                line("| " + l.query() + " | " + l.runs() + " | " + f(l.p50Millis()) + " | " + f(l.p99Millis()) + " | " + l.rows() + " | " + l.errors() + " |");
            line("");
            QueryBenchmark.Load load = q.load(new ArrayList<>(queries.values()), settings.clients(), settings.loadSeconds());
            line("- " + load.clients() + " concurrent clients, every query above in turn, " + f(load.seconds()) + " s: " + load.answered()
                    + " answers, " + f(load.perSecond()) + " queries/s, p50 " + f(load.p50Millis()) + " ms, p99 " + f(load.p99Millis())
                    + " ms, " + load.errors() + " errors (timeouts included).");
            line("");
        } finally {
            stop(server);
        }
    }

    /** The point questions, about a meeting and a person picked from the store. */
    private Map<String, String> pointQueries(QueryBenchmark q, String endpoint) throws IOException {
        String meeting = firstValue(endpoint, "PREFIX cdo: <https://w3id.org/cdkg/ontology#> SELECT ?m { ?m cdo:coChair ?c } LIMIT 1");
        String person = firstValue(endpoint, "PREFIX cdo: <https://w3id.org/cdkg/ontology#> SELECT ?p { ?m cdo:participant ?p } LIMIT 1");
        Map<String, String> out = new LinkedHashMap<>();
        if (meeting != null) out.put("point: one meeting's co-chairs", resource("bench/point-queries/one-meetings-co-chairs.rq").replace("MEETING", meeting));
        if (person != null) out.put("point: one person's meetings", resource("bench/point-queries/one-persons-meetings.rq").replace("PERSON", person));
        return out;
    }

    private static String firstValue(String endpoint, String query) throws IOException {
        var http = java.net.http.HttpClient.newHttpClient();
        var req = java.net.http.HttpRequest.newBuilder(java.net.URI.create(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("query=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8))).build();
        try {
            List<String> lines = http.send(req, java.net.http.HttpResponse.BodyHandlers.ofString()).body().lines().toList();
            return lines.size() > 1 ? lines.get(1).strip() : null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private Map<String, String> library() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(settings.queries())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList())
                out.put(f.getFileName().toString(), Files.readString(f));
        }
        return out;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = BenchmarkSuite.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " is missing from the classpath; rebuild cdkg");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A separate JVM, as a user starts it, so start-up includes everything. */
    private static Process startServer(Path store, int port) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"), "org.cdkg.cli.Main",
                "serve", "--store", store.toString(), "--port", Integer.toString(port), "--host", "127.0.0.1")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /** Seconds to the ready line, and what the start did to the full-text index (from that line). */
    private record Start(double seconds, String indexWork) {}

    private static Start awaitReady(Process p) throws IOException {
        long start = System.nanoTime();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String l = out.readLine(); l != null; l = out.readLine())
            if (l.startsWith("cdkg ready")) {
                int at = l.indexOf("full-text index: ");
                String work = at < 0 ? "unknown" : l.substring(at + "full-text index: ".length()).replaceAll("\\)$", "");
                return new Start((System.nanoTime() - start) / 1e9, work);
            }
        throw new IllegalStateException("the server stopped before it was ready; run cdkg serve --store on the benchmark store to see why");
    }

    private static void stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(30, TimeUnit.SECONDS)) p.destroyForcibly().waitFor();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /**
     * The heap that survives garbage collection, sampled while a run goes on: what the run
     * really keeps, unlike the heap in use, which any collector lets grow up to the limit.
     */
    private static final class RetainedHeap {
        private volatile boolean running = true;
        private long max;
        private final Thread sampler = new Thread(() -> {
            while (running) {
                long sum = 0;
                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
                    if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) sum += pool.getCollectionUsage().getUsed();
                synchronized (this) { max = Math.max(max, sum); }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "cdkg-heap-sampler");

        RetainedHeap() {
            System.gc();
            sampler.setDaemon(true);
            sampler.start();
        }

        long stop() {
            running = false;
            sampler.interrupt();
            synchronized (this) { return max; }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
