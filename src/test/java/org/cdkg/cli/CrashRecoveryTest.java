package org.cdkg.cli;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.cdkg.bench.CorpusGenerator;
import org.cdkg.graph.ArticleGraph;
import org.cdkg.pipeline.ArticlePipeline;
import org.cdkg.pipeline.Corpus;
import org.cdkg.pipeline.CorpusLoader;
import org.cdkg.pipeline.RunSummary;
import org.cdkg.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A load killed with SIGKILL (no shutdown hooks, no finally blocks) leaves a store that opens,
 * holds only whole articles, and is completed by running the load again.
 */
class CrashRecoveryTest {
    @TempDir
    Path dir;

    private static final Random RANDOM = new Random();
    /** Articles per transaction in the killed load: small, so that the test corpus spans several. */
    private static final int BATCH = 50;

    /** Starts {@code cdkg serve --corpus} in its own JVM; the test kills it while it is still loading. */
    private Process serve(Path corpus, Path store, String... extra) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), "org.cdkg.cli.Main",
                "serve", "--corpus", corpus.toString(), "--store", store.toString(), "--port", Integer.toString(freePort()),
                "--threads", "2"));
        command.addAll(List.of(extra));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Reads the process's error stream until a line matches; false if the process ended first. */
    private static boolean awaitLine(Process p, Predicate<String> wanted) throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
        for (String l = err.readLine(); l != null; l = err.readLine())
            if (wanted.test(l)) {
                // Keep draining, so the process never blocks on a full pipe before it is killed.
                Thread drain = new Thread(() -> {
                    try {
                        while (err.readLine() != null) { /* discard */ }
                    } catch (IOException ignored) {
                        // the process was killed
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return true;
            }
        return false;
    }

    private static void kill(Process p) throws InterruptedException {
        p.destroyForcibly(); // SIGKILL on Linux
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, p.exitValue(), "the process must die of SIGKILL, not finish");
    }

    @Test
    void killedWhileWritingTransactionsKeepsWholeBatchesAndTheRerunCompletes() throws Exception {
        Path corpus = dir.resolve("corpus");
        new CorpusGenerator(11).write(corpus, 400);
        Path store = dir.resolve("store");
        // One article already stored, so the run is an update written in transactions, not a bulk load.
        Path first = Corpus.files(List.of(corpus)).get(0);
        try (GraphStore gs = GraphStore.open(store)) {
            new CorpusLoader(new ArticlePipeline(), System.err).load(List.of(first), gs);
            gs.releaseToOtherProcesses();
        }

        Process load = serve(corpus, store, "--batch", Integer.toString(BATCH));
        assertTrue(awaitLine(load, l -> l.contains("stored so far")), "the load should report its first committed batch");
        // Somewhere inside a later batch's transaction.
        Thread.sleep(RANDOM.nextInt(1_000));
        kill(load);

        int stored = checkOnlyWholeArticles(store, corpus);
        assertTrue(stored >= 1 + BATCH && stored < 400, "stored " + stored);
        assertEquals(0, (stored - 1) % BATCH, "only whole batches survive, but " + stored + " articles are stored");

        rerunCompletes(corpus, store, stored, 400);
    }

    @Test
    void killedDuringABulkLoadLeavesAnEmptyStoreAndTheRerunCompletes() throws Exception {
        Path corpus = dir.resolve("corpus");
        new CorpusGenerator(12).write(corpus, 300);
        Path store = dir.resolve("store");
        Path intermediate = dir.resolve(".store.cdkg-bulk.trig");

        Process load = serve(corpus, store, "--bulk-min-articles", "100");
        // The intermediate file gets its name when extraction is done and the bulk loader starts on it.
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!Files.exists(intermediate) && load.isAlive() && System.nanoTime() < deadline) Thread.sleep(20);
        assertTrue(load.isAlive() && Files.exists(intermediate), "the bulk load should have started");
        Thread.sleep(RANDOM.nextInt(400));
        kill(load);

        int stored = checkOnlyWholeArticles(store, corpus);
        assertTrue(stored == 0 || stored == 300, "a bulk load is all or nothing, not " + stored);

        rerunCompletes(corpus, store, stored, 300);
        assertFalse(Files.exists(intermediate), "the re-run removes the killed run's intermediate file");
    }

    /**
     * Opens the store as a restarted process would, and checks that every stored article graph
     * is exactly what extraction gives for its file (a sample, to keep the test quick).
     *
     * @return the number of stored articles
     */
    private int checkOnlyWholeArticles(Path store, Path corpus) throws Exception {
        ArticlePipeline pipeline = new ArticlePipeline();
        try (GraphStore gs = GraphStore.open(store)) {
            Dataset ds = gs.dataset();
            Set<String> names = Txn.calculateRead(ds, () -> {
                Set<String> out = new HashSet<>();
                ds.listNames().forEachRemaining(out::add);
                return out;
            });
            List<Path> files = new ArrayList<>(Corpus.files(List.of(corpus)));
            Collections.shuffle(files, RANDOM);
            int checked = 0;
            for (Path f : files) {
                if (checked == 60) break;
                ArticleGraph expected = pipeline.process(f);
                if (!names.contains(expected.iri())) continue;
                Model stored = Txn.calculateRead(ds, () -> ds.getNamedModel(expected.iri()).difference(expected.model())
                        .union(expected.model().difference(ds.getNamedModel(expected.iri()))));
                assertTrue(stored.isEmpty(), "the stored graph of " + f.getFileName() + " differs from its extraction: " + stored.size() + " triples");
                checked++;
            }
            long articles = gs.articleCount();
            gs.releaseToOtherProcesses();
            return Math.toIntExact(articles);
        }
    }

    private void rerunCompletes(Path corpus, Path store, int stored, int total) throws IOException {
        RunSummary summary;
        try (GraphStore gs = GraphStore.open(store)) {
            summary = new CorpusLoader(ArticlePipeline::new, 2, new PrintStream(OutputStream.nullOutputStream())).load(List.of(corpus), gs);
            assertEquals(total, gs.articleCount());
            gs.releaseToOtherProcesses();
        }
        assertEquals(total - stored, summary.extractedCount(), summary.toString());
        assertEquals(stored, summary.unchangedCount(), summary.toString());
        assertEquals(0, summary.failures(), summary.toString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
