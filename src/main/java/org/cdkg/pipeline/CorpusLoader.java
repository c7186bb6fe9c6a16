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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Extracts a corpus into a store: an article whose file is unchanged since it was loaded is
 * skipped; a new or changed one replaces its graph; a bad one is reported on one line and the
 * rest go on. Files with the same bytes are kept once (see {@link #record}), and two files
 * whose names would give the same article IRI are never allowed to replace each other.
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
    private static final int IN_FLIGHT_PER_THREAD = 2;
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

    /** What reading a file found: its content hash (null when it could not be read) and its warnings. */
    private record Read(String hash, List<String> warnings) {
        static final Read NOTHING = new Read(null, List.of());
    }

    /** What became of one file. */
    private sealed interface Outcome {
        Read read();
    }
    private record Unchanged(Read read) implements Outcome {}
    private record Extracted(Read read, ArticleGraph graph) implements Outcome {}
    /** The same bytes as an earlier file of this run ({@code storedIri} null), or as an article stored before it. */
    private record Duplicate(Read read, String storedIri, String storedName) implements Outcome {}
    private record Failed(Read read, String message) implements Outcome {}

    /** Which file keeps a content hash: the first of the run to have it, or an article already stored. */
    private record Keeper(String iri, String name, boolean kept) {}

    /** The files of one run, each with its article IRI, and the first file with each content hash. */
    private static final class Run {
        final List<Path> files;
        final String[] iris;
        /** For a file whose IRI an earlier file of the run already has, that file; else null. */
        final Path[] sameIriAs;
        /** Article IRI to the file of this run that has it. */
        final Map<String, Path> byIri = new HashMap<>();
        /** Content hash to the index of the first file (so far) that has it; written by the workers. */
        final Map<String, Integer> firstWithHash = new ConcurrentHashMap<>();

        Run(List<Path> files) {
            this.files = files;
            iris = new String[files.size()];
            sameIriAs = new Path[files.size()];
            for (int i = 0; i < files.size(); i++) {
                iris[i] = GraphBuilder.articleIri(files.get(i).getFileName().toString());
                sameIriAs[i] = byIri.putIfAbsent(iris[i], files.get(i));
            }
        }
    }

    /**
     * Loads into a store, in batches of whole articles (one transaction each); a large corpus
     * going into an empty store goes through the bulk loader instead (see {@link #BULK_MIN_ARTICLES}).
     */
    public RunSummary load(List<Path> roots, GraphStore store) {
        return load(roots, store, false);
    }

    /**
     * As {@link #load(List, GraphStore)}; with {@code prune}, articles whose files are no longer
     * in the corpus are then removed from the store, so that it mirrors the corpus.
     */
    public RunSummary load(List<Path> roots, GraphStore store, boolean prune) {
        List<Path> files = Corpus.files(roots);
        // An empty or mistyped corpus would otherwise empty the store.
        if (prune && files.isEmpty())
            throw new IllegalArgumentException("the corpus " + roots + " has no articles, so pruning would remove every article from the store; check the path, or rebuild the store instead");
        deleteBulkFile(store);
        RunSummary summary;
        if (files.size() >= bulkMinArticles && store.articleCount() == 0) summary = bulkLoad(files, store);
        else {
            store.ensureOntology();
            summary = loadFiles(files, new StoreSink(store, batchSize, errors));
        }
        if (prune) prune(files, store, summary);
        return summary;
    }

    /** Removes, in one transaction, every stored article that no file of the corpus gives. */
    private void prune(List<Path> files, GraphStore store, RunSummary summary) {
        java.util.Set<String> inCorpus = new java.util.HashSet<>();
        for (Path f : files) inCorpus.add(GraphBuilder.articleIri(f.getFileName().toString()));
        java.util.SortedMap<String, String> gone = new java.util.TreeMap<>(store.articles());
        gone.keySet().removeAll(inCorpus);
        if (gone.isEmpty()) return;
        try (GraphStore.ArticleBatch batch = store.beginArticles()) {
            for (String iri : gone.keySet()) batch.remove(iri);
            batch.commit();
        }
        gone.forEach((iri, file) -> {
            errors.println("cdkg: removed " + iri + " from the store: its file " + file + " is no longer in the corpus");
            summary.removed();
        });
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
        Run run = new Run(files);
        Map<String, Keeper> keepers = new HashMap<>();
        boolean finished = false;
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "cdkg-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            // Each task is a run of consecutive files, which one pipeline takes through its stages together.
            BatchPlan plan = new BatchPlan(files.size(), threads);
            ArrayDeque<Future<Outcome[]>> inFlight = new ArrayDeque<>();
            int[] next = plan.next();
            int done = 0;
            while (next != null || !inFlight.isEmpty()) {
                while (next != null && inFlight.size() < threads * IN_FLIGHT_PER_THREAD) {
                    int from = next[0], to = next[1];
                    next = plan.next();
                    inFlight.add(workers.submit(() -> extract(run, from, to, sink)));
                }
                for (Outcome o : await(inFlight.poll())) {
                    int i = done++;
                    record(files.get(i), run.iris[i], o, keepers, sink, summary);
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

    /**
     * Writes and reports one file's outcome, in file order. Files with the same bytes are kept
     * once: the first file of the run to have them keeps them, unless the store already holds
     * them under another name that the run keeps or does not touch. Every later copy is reported
     * and counted as a duplicate, and a graph an earlier run stored under a copy's own name goes.
     */
    private void record(Path f, String iri, Outcome outcome, Map<String, Keeper> keepers, ArticleSink sink, RunSummary summary) {
        String hash = outcome.read().hash();
        Keeper keeper = hash == null ? null : keepers.get(hash);
        if (keeper != null && !keeper.iri().equals(iri)) {
            if (keeper.kept()) {
                boolean removed = sink.remove(iri);
                errors.println("cdkg: " + f + " has the same content as " + keeper.name() + "; kept once, as " + keeper.name()
                        + (removed ? " (the graph stored earlier under this file's name was removed)" : "")
                        + "; delete this copy if you do not need it");
                summary.duplicate();
            } else {
                errors.println("cdkg: " + f + " has the same content as " + keeper.name() + ", which could not be loaded (see above); fix or remove both");
                summary.failed();
            }
            return;
        }
        if (outcome instanceof Extracted e) {
            sink.write(e.graph());
            summary.extracted();
            keepers.put(hash, new Keeper(iri, f.toString(), true));
        } else if (outcome instanceof Unchanged) {
            summary.unchanged();
            keepers.put(hash, new Keeper(iri, f.toString(), true));
        } else if (outcome instanceof Duplicate d && d.storedIri() != null) {
            boolean removed = sink.remove(iri);
            errors.println("cdkg: " + f + " has the same content as " + d.storedName() + ", already in the store; kept once, as " + d.storedName()
                    + (removed ? " (the graph stored earlier under this file's name was removed)" : "")
                    + "; delete this copy if you do not need it");
            summary.duplicate();
            keepers.put(hash, new Keeper(d.storedIri(), d.storedName(), true));
            return;
        } else if (outcome instanceof Failed failed) {
            errors.println(failed.message());
            summary.failed();
            if (hash != null) keepers.put(hash, new Keeper(iri, f.toString(), false));
            return;
        } else {
            // An in-run duplicate is only returned when an earlier file with the hash was read, so it has a keeper.
            throw new IllegalStateException("no earlier file with the content of " + f);
        }
        for (String w : outcome.read().warnings()) errors.println("cdkg: " + f + " " + w);
        if (!outcome.read().warnings().isEmpty()) summary.warned();
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
        public Map<String, String> articlesWithContent(String contentHash) {
            return store.articlesWithContent(contentHash);
        }

        @Override
        public boolean has(String articleIri) {
            return store.hasArticle(articleIri);
        }

        @Override
        public boolean remove(String articleIri) {
            // Looked up first, so a run with nothing to remove opens no write transaction for it.
            if (batch == null && !store.hasArticle(articleIri)) return false;
            if (batch == null) batch = store.beginArticles();
            return batch.remove(articleIri);
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

    /** A file that needs extracting, once read and found new. */
    private record Pending(int index, Read read, Article article) {}

    /**
     * The outcomes of files {@code from} to {@code to}: each is read and checked, then the new ones
     * are extracted together, or sooner when they hold much text (see {@link ArticlePipeline#runIsFull}).
     */
    private Outcome[] extract(Run run, int from, int to, ArticleSink sink) {
        Outcome[] outcomes = new Outcome[to - from];
        List<Pending> pending = new ArrayList<>();
        long chars = 0;
        for (int i = from; i < to; i++) {
            outcomes[i - from] = readAndCheck(run, i, sink, pending);
            if (outcomes[i - from] == null) chars += pending.get(pending.size() - 1).article().original().length();
            if (ArticlePipeline.runIsFull(pending.size(), chars)) {
                extractPending(run, from, pending, outcomes, sink);
                pending.clear();
                chars = 0;
            }
        }
        extractPending(run, from, pending, outcomes, sink);
        return outcomes;
    }

    private void extractPending(Run run, int from, List<Pending> pending, Outcome[] outcomes, ArticleSink sink) {
        if (pending.isEmpty()) return;
        List<Article> articles = new ArrayList<>(pending.size());
        for (Pending p : pending) articles.add(p.article());
        List<ArticlePipeline.Extraction> extracted = pipelines.get().extract(articles);
        for (int k = 0; k < pending.size(); k++) {
            Pending p = pending.get(k);
            Path f = run.files.get(p.index());
            try {
                outcomes[p.index() - from] = new Extracted(p.read(), extracted.get(k).graph());
            } catch (UnreadableArticleException e) {
                outcomes[p.index() - from] = new Failed(p.read(), "cdkg: " + f + " " + e.getMessage() + keptNote(run.iris[p.index()], sink));
            } catch (RuntimeException | StackOverflowError e) {
                outcomes[p.index() - from] = new Failed(p.read(), couldNotExtract(f, e, run.iris[p.index()], sink));
            }
        }
    }

    /** The outcome of a file that needs no extracting, or null after adding it to {@code pending}. */
    private Outcome readAndCheck(Run run, int i, ArticleSink sink, List<Pending> pending) {
        Path f = run.files.get(i);
        String iri = run.iris[i];
        if (run.sameIriAs[i] != null)
            return new Failed(Read.NOTHING, "cdkg: " + f + " would get the same article IRI as " + run.sameIriAs[i]
                    + " (an article's IRI comes from its file name alone, not its folder), so one would replace the other; rename one of them");
        Read read = Read.NOTHING;
        try {
            Article article = pipelines.get().read(f);
            String hash = article.contentHash();
            read = new Read(hash, List.copyOf(article.warnings()));
            run.firstWithHash.merge(hash, i, Math::min);
            if (sink.isCurrent(iri, hash)) return new Unchanged(read);
            // A file before this one has the same bytes: whichever is kept, this one need not be extracted.
            if (run.firstWithHash.get(hash) < i) return new Duplicate(read, null, null);
            Map.Entry<String, String> stored = storedCopy(run, iri, hash, sink);
            if (stored != null) return new Duplicate(read, stored.getKey(), stored.getValue());
            pending.add(new Pending(i, read, article));
            return null;
        } catch (UnreadableArticleException e) {
            return new Failed(read, "cdkg: " + f + " " + e.getMessage() + keptNote(iri, sink));
        } catch (RuntimeException | StackOverflowError e) {
            return new Failed(read, couldNotExtract(f, e, iri, sink));
        }
    }

    private static String couldNotExtract(Path f, Throwable e, String iri, ArticleSink sink) {
        return "cdkg: " + f + " could not be extracted (" + oneLine(e) + "); it was skipped, the others were loaded" + keptNote(iri, sink);
    }

    /** A failed file whose article was stored by an earlier run leaves that graph as it was: say so. */
    private static String keptNote(String iri, ArticleSink sink) {
        return sink.has(iri) ? " (the store keeps the version loaded earlier)" : "";
    }

    /**
     * A stored article (other than this file's own) with the same bytes that stays in the store:
     * one no file of this run replaces, or one whose file in this run still has these bytes or
     * can no longer be read.
     * Returns its IRI and the name to report it by, or null.
     */
    private Map.Entry<String, String> storedCopy(Run run, String iri, String hash, ArticleSink sink) {
        for (Map.Entry<String, String> stored : sink.articlesWithContent(hash).entrySet()) {
            if (stored.getKey().equals(iri)) continue;
            Path inRun = run.byIri.get(stored.getKey());
            if (inRun == null) return stored;
            String now = hashOf(inRun);
            if (hash.equals(now)) return Map.entry(stored.getKey(), inRun.toString());
            // A file that can no longer be read leaves its stored graph as it was (see keptNote), so that copy stays too.
            if (now == null) return stored;
        }
        return null;
    }

    /** The content hash of a file, or null if it cannot be read as an article. */
    private String hashOf(Path f) {
        try {
            return pipelines.get().read(f).contentHash();
        } catch (UnreadableArticleException | RuntimeException e) {
            return null;
        }
    }

    private static Outcome[] await(Future<Outcome[]> f) {
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
