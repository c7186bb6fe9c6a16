package org.cdkg.pipeline;

import org.cdkg.document.Article;
import org.cdkg.graph.ArticleGraph;
import org.cdkg.graph.GraphBuilder;
import org.cdkg.read.UnreadableArticleException;
import org.cdkg.store.GraphStore;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Extracts a corpus into a store: an article whose file is unchanged since it was loaded is
 * skipped; a new or changed one replaces its graph; a bad one is reported on one line and the
 * rest go on.
 * <p>
 * Articles are extracted on {@code threads} workers, each with its own pipeline, and written by
 * the calling thread in file order, so the store and the messages are the same whatever the
 * thread count. At most a few articles per worker are in flight, so memory does not grow with
 * the corpus. Graphs are written in batches: each batch is one transaction, so an article is
 * never half-stored, and a crash loses at most the batch being written, which a re-run redoes.
 */
public final class CorpusLoader {
    /**
     * Articles per write transaction. Graphs are written as they come, so the batch costs no
     * memory; on TDB2 fewer, larger transactions leave far less garbage on disk, and a crash
     * loses at most one batch, which a re-run redoes.
     */
    public static final int DEFAULT_BATCH = 1024;
    private static final int IN_FLIGHT_PER_THREAD = 4;
    /**
     * A corpus at least this large going into an empty store is extracted to a TriG file first
     * and loaded with TDB2's bulk loader: transactions of any size on a growing TDB2 database
     * copy index blocks at every commit, so time and disk grow with the square of the corpus.
     */
    public static final int BULK_MIN_ARTICLES = 5_000;


    private final ThreadLocal<ArticlePipeline> pipelines;
    private final int threads;
    private final int batchSize;
    private final int bulkMinArticles;
    private final PrintStream errors;

    /** One worker, using {@code pipeline}. */
    public CorpusLoader(ArticlePipeline pipeline, PrintStream errors) {
        this(() -> pipeline, 1, DEFAULT_BATCH, errors);
    }

    /** {@code threads} workers, each with a pipeline from {@code pipelines}. */
    public CorpusLoader(Supplier<ArticlePipeline> pipelines, int threads, PrintStream errors) {
        this(pipelines, threads, DEFAULT_BATCH, errors);
    }

    public CorpusLoader(Supplier<ArticlePipeline> pipelines, int threads, int batchSize, PrintStream errors) {
        this(pipelines, threads, batchSize, BULK_MIN_ARTICLES, errors);
    }

    /** @param bulkMinArticles corpora at least this large going into an empty store are bulk-loaded */
    public CorpusLoader(Supplier<ArticlePipeline> pipelines, int threads, int batchSize, int bulkMinArticles, PrintStream errors) {
        if (threads < 1) throw new IllegalArgumentException("the number of threads must be at least 1, not " + threads);
        if (batchSize < 1) throw new IllegalArgumentException("the batch size must be at least 1, not " + batchSize);
        if (bulkMinArticles < 1) throw new IllegalArgumentException("the bulk-load threshold must be at least 1 article, not " + bulkMinArticles);
        this.pipelines = ThreadLocal.withInitial(pipelines);
        this.threads = threads;
        this.batchSize = batchSize;
        this.bulkMinArticles = bulkMinArticles;
        this.errors = errors;
    }

    /** What became of one file. */
    private sealed interface Outcome {}
    private record Unchanged() implements Outcome {}
    private record Extracted(ArticleGraph graph) implements Outcome {}
    private record Failed(String message) implements Outcome {}

    /**
     * Loads into a store, in batches of whole articles (one transaction each); a large corpus
     * going into an empty store goes through the bulk loader instead (see {@link #BULK_MIN_ARTICLES}).
     */
    public RunSummary load(List<Path> roots, GraphStore store) {
        List<Path> files = Corpus.files(roots);
        deleteBulkFile(store);
        if (files.size() >= bulkMinArticles && store.articleCount() == 0) return bulkLoad(files, store);
        store.ensureOntology();
        return loadFiles(files, new StoreSink(store, batchSize, errors));
    }

    public RunSummary load(List<Path> roots, ArticleSink sink) {
        return loadFiles(Corpus.files(roots), sink);
    }

    /** Extracts to a TriG file beside the store, bulk-loads it, then deletes it. */
    private RunSummary bulkLoad(List<Path> files, GraphStore store) {
        try {
            RunSummary summary;
            try (TrigFileSink sink = new TrigFileSink(bulkFile(store))) {
                summary = loadFiles(files, sink);
            }
            if (summary.extractedCount() > 0) store.bulkLoad(List.of(bulkFile(store)));
            store.ensureOntology();
            return summary;
        } finally {
            deleteBulkFile(store);
        }
    }

    /**
     * The intermediate file of a bulk load: named after the store, which only one process can
     * hold, so a file of that name left by a killed run is stale (the store holds none of it).
     */
    private static Path bulkFile(GraphStore store) {
        Path dir = store.directory();
        Path parent = dir.getParent() != null ? dir.getParent() : dir;
        return parent.resolve("." + dir.getFileName() + ".cdkg-bulk.trig");
    }

    private void deleteBulkFile(GraphStore store) {
        Path trig = bulkFile(store);
        for (Path p : List.of(trig, trig.resolveSibling(trig.getFileName() + ".part"))) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                errors.println("cdkg: could not delete the temporary file " + p + " (" + e.getMessage() + "); delete it by hand");
            }
        }
    }

    private RunSummary loadFiles(List<Path> files, ArticleSink sink) {
        RunSummary summary = new RunSummary();
        boolean finished = false;
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "cdkg-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            ArrayDeque<Future<Outcome>> inFlight = new ArrayDeque<>();
            int next = 0;
            while (next < files.size() || !inFlight.isEmpty()) {
                while (next < files.size() && inFlight.size() < threads * IN_FLIGHT_PER_THREAD) {
                    Path f = files.get(next++);
                    inFlight.add(workers.submit(() -> extract(f, sink)));
                }
                Outcome outcome = await(inFlight.poll());
                if (outcome instanceof Extracted e) {
                    sink.write(e.graph());
                    summary.extracted();
                } else if (outcome instanceof Failed failed) {
                    errors.println(failed.message());
                    summary.failed();
                } else {
                    summary.unchanged();
                }
            }
            sink.finish();
            finished = true;
        } finally {
            if (!finished) sink.abandon();
            workers.shutdownNow();
        }
        return summary;
    }

    /** Writes graphs into an open batch as they come and commits every {@code batchSize} articles. */
    private static final class StoreSink implements ArticleSink {
        private final GraphStore store;
        private final int batchSize;
        private final PrintStream progress;
        private GraphStore.ArticleBatch batch;
        private int written;

        StoreSink(GraphStore store, int batchSize, PrintStream progress) {
            this.store = store;
            this.batchSize = batchSize;
            this.progress = progress;
        }

        @Override
        public boolean isCurrent(String articleIri, String contentHash) {
            return store.isCurrent(articleIri, contentHash);
        }

        @Override
        public void write(ArticleGraph graph) {
            if (batch == null) batch = store.beginArticles();
            batch.replace(graph.iri(), graph.model());
            if (batch.size() >= batchSize) {
                commit();
                // Long loads say how far they got; what is committed survives a crash.
                progress.println("cdkg: " + written + " new or changed articles stored so far");
            }
        }

        private void commit() {
            written += batch.size();
            batch.commit();
            batch = null;
        }

        @Override
        public void finish() {
            if (batch != null) commit();
            store.compactIfGrown();
        }

        @Override
        public void abandon() {
            if (batch != null) batch.close();
            batch = null;
        }
    }

    private Outcome extract(Path f, ArticleSink sink) {
        ArticlePipeline pipeline = pipelines.get();
        try {
            Article article = pipeline.read(f);
            if (sink.isCurrent(GraphBuilder.articleIri(article.fileName()), article.contentHash())) return new Unchanged();
            return new Extracted(pipeline.process(article));
        } catch (UnreadableArticleException e) {
            return new Failed("cdkg: " + f + " " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new Failed("cdkg: " + f + " could not be extracted (" + oneLine(e) + "); it was skipped, the others were loaded");
        }
    }

    private static Outcome await(Future<Outcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting the corpus", e);
        } catch (ExecutionException e) {
            // extract() turns every article's failure into an Outcome; this is a worker's own failure, e.g. out of memory.
            throw new IllegalStateException("an extraction worker failed: " + oneLine(e.getCause()), e.getCause());
        }
    }

    static String oneLine(Throwable t) {
        String m = t.getMessage();
        return (m == null || m.isBlank() ? t.getClass().getSimpleName() : m).replace('\n', ' ');
    }
}
