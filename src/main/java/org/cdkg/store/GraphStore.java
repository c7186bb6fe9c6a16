package org.cdkg.store;

import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDF;
import org.cdkg.graph.Cdo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The TDB2 database that holds the knowledge graph: one named graph per article, named by the
 * article's IRI, and the ontology in the named graph {@value Cdo#ONTOLOGY_IRI}.
 *
 * <p>Each method runs in a transaction of its own, so a failure never leaves an article
 * half-written. TDB2 keeps one connection per directory for the life of the JVM and gives the
 * same database to everyone who opens that directory, so a Fuseki server on the same directory
 * sees each write as soon as it commits; {@link #close()} ends this handle, not the database.
 */
public final class GraphStore implements AutoCloseable {
    /** TDB2 keeps each generation of the database in a directory Data-0001, Data-0002, ... */
    private static final Pattern TDB2_DATA_DIR = Pattern.compile("Data-\\d+");
    /** Written by TDB2 before anything else, so a directory holding only it is still a new store. */
    private static final String TDB2_LOCK_FILE = "tdb.lock";

    /**
     * TDB2 never reuses a block once a later transaction has copied it, so a store written in
     * many transactions grows far past its live data (a 20,000-article corpus loaded in batches
     * reached 19 GB for 1.1 GB of live data). Writers compact once the store has doubled since
     * its last compaction and by at least this much, which keeps the copying proportional to
     * what was written while never compacting after small changes.
     */
    static final long COMPACT_MIN_GROWTH = 256L << 20;

    private final Path directory;
    /** What everyone reads and writes through; see {@link ReadsNeverAbort}. */
    private final Dataset dataset;
    /** TDB2's own dataset, for its loader, compaction and connection management. */
    private final DatasetGraph tdb2;
    /** On-disk size of the database after it was opened or last compacted. */
    private long compactedSize;

    private GraphStore(Path directory, Dataset tdb2) {
        this.directory = directory;
        this.tdb2 = tdb2.asDatasetGraph();
        this.dataset = org.apache.jena.query.DatasetFactory.wrap(new ReadsNeverAbort(this.tdb2));
        this.compactedSize = diskSize();
    }

    /**
     * Opens the store in {@code dir}, creating an empty one if the directory is missing or empty.
     *
     * @throws StoreException if {@code dir} is not a directory, holds something other than a
     *         TDB2 store, or is in use by another process
     */
    public static GraphStore open(Path dir) {
        Path canonical = prepareDirectory(dir);
        try {
            return new GraphStore(canonical, TDB2Factory.connectDataset(Location.create(canonical)));
        } catch (DBOpEnvException e) {
            // TDB2 lets one process at a time use a database: tdb.lock holds the owner's PID.
            throw new StoreException("cannot lock the store " + canonical + " (" + e.getMessage()
                    + "); another cdkg or Fuseki process is probably using it: stop it and try again", e);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the TDB2 store in " + canonical + " (" + e.getMessage()
                    + "); check that it is an intact cdkg store, or build into a new directory", e);
        }
    }

    private static Path prepareDirectory(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir))
            throw new StoreException("the store path " + dir + " is a file, not a directory; give a directory for the store");
        try {
            Files.createDirectories(dir);
            // TDB2 shares a database between openers by canonical path; resolve it once here.
            Path canonical = dir.toRealPath();
            if (!isEmptyOrTdb2(canonical))
                throw new StoreException("the directory " + canonical + " holds files but no TDB2 store; give an empty or new directory, or an existing cdkg store");
            return canonical;
        } catch (IOException e) {
            throw new StoreException("cannot create or read the store directory " + dir + " (" + e.getMessage() + "); check the path and its permissions", e);
        }
    }

    private static boolean isEmptyOrTdb2(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            List<Path> others = entries.filter(p -> !p.getFileName().toString().equals(TDB2_LOCK_FILE)).toList();
            return others.isEmpty() || others.stream().anyMatch(p ->
                    Files.isDirectory(p) && TDB2_DATA_DIR.matcher(p.getFileName().toString()).matches());
        }
    }

    /** The store's directory, as a canonical path. */
    public Path directory() {
        return directory;
    }

    /** The underlying dataset; callers must wrap their own access in a transaction. */
    public Dataset dataset() {
        return dataset;
    }

    /** Whether the article's graph exists and records {@code contentHash}, i.e. it need not be rebuilt. */
    public boolean isCurrent(String articleIri, String contentHash) {
        Node article = NodeFactory.createURI(articleIri);
        Node hash = NodeFactory.createLiteralString(contentHash);
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().contains(article, article, Cdo.contentHash.asNode(), hash));
    }

    /** Whether the store holds a graph named {@code articleIri}. */
    public boolean hasArticle(String articleIri) {
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().containsGraph(NodeFactory.createURI(articleIri)));
    }

    /**
     * The stored articles whose file had exactly these bytes: article IRI to the name of the file
     * it was read from, in IRI order.
     */
    public java.util.SortedMap<String, String> articlesWithContent(String contentHash) {
        Node hash = NodeFactory.createLiteralString(contentHash);
        return Txn.calculateRead(dataset, () -> {
            java.util.SortedMap<String, String> out = new java.util.TreeMap<>();
            DatasetGraph dsg = dataset.asDatasetGraph();
            dsg.find(Node.ANY, Node.ANY, Cdo.contentHash.asNode(), hash).forEachRemaining(q -> {
                if (!q.getGraph().isURI() || !q.getGraph().equals(q.getSubject())) return;
                var file = dsg.find(q.getGraph(), q.getSubject(), Cdo.sourceFile.asNode(), Node.ANY);
                out.put(q.getGraph().getURI(), file.hasNext() ? file.next().getObject().getLiteralLexicalForm() : q.getGraph().getURI());
            });
            return out;
        });
    }

    /** Replaces the article's named graph with {@code graph}, all or nothing. */
    public void replaceArticle(String articleIri, Model graph) {
        Txn.executeWrite(dataset, () -> {
            dataset.removeNamedModel(articleIri);
            dataset.addNamedModel(articleIri, graph);
        });
    }

    /**
     * Starts a write transaction that replaces article graphs one at a time as they come, so a
     * large batch needs no memory for graphs already written. Use it on one thread only.
     */
    public ArticleBatch beginArticles() {
        return new ArticleBatch();
    }

    /**
     * Article graphs written in one TDB2 write transaction: readers see none of them until
     * {@link #commit()}, and {@link #close()} without a commit (or a crash) keeps none of them.
     * Few large transactions matter on TDB2: each commit leaves copies of every index block it
     * touched behind on disk, so a corpus loaded 64 articles per transaction took 3.8 times the
     * disk space of one loaded 1,024 per transaction.
     */
    public final class ArticleBatch implements AutoCloseable {
        private int size;
        private boolean open = true;

        private ArticleBatch() {
            dataset.begin(org.apache.jena.query.TxnType.WRITE);
        }

        public void replace(String articleIri, Model graph) {
            if (!open) throw new IllegalStateException("the batch is already committed or abandoned");
            dataset.removeNamedModel(articleIri);
            dataset.addNamedModel(articleIri, graph);
            size++;
        }

        /** Removes the article's graph; returns whether there was one. */
        public boolean remove(String articleIri) {
            if (!open) throw new IllegalStateException("the batch is already committed or abandoned");
            boolean had = dataset.containsNamedModel(articleIri);
            dataset.removeNamedModel(articleIri);
            return had;
        }

        /** Articles written in this batch so far. */
        public int size() {
            return size;
        }

        public void commit() {
            if (!open) throw new IllegalStateException("the batch is already committed or abandoned");
            open = false;
            dataset.commit();
        }

        /** Abandons the batch unless it was committed. */
        @Override
        public void close() {
            if (!open) return;
            open = false;
            dataset.abort();
            dataset.end();
        }
    }

    public void removeArticle(String articleIri) {
        Txn.executeWrite(dataset, () -> dataset.removeNamedModel(articleIri));
    }

    /** Puts the ontology from the classpath into its named graph, unless the stored one is already the same. */
    public void ensureOntology() {
        Model ontology = readOntology();
        Txn.executeWrite(dataset, () -> {
            if (!dataset.getNamedModel(Cdo.ONTOLOGY_IRI).isIsomorphicWith(ontology))
                dataset.replaceNamedModel(Cdo.ONTOLOGY_IRI, ontology);
        });
    }

    private static Model readOntology() {
        try (InputStream in = GraphStore.class.getClassLoader().getResourceAsStream(Cdo.ONTOLOGY_RESOURCE)) {
            if (in == null)
                throw new StoreException("the ontology " + Cdo.ONTOLOGY_RESOURCE + " is not on the classpath; rebuild cdkg so that it is packaged");
            Model ontology = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).base(Cdo.ONTOLOGY_IRI).parse(ontology);
            return ontology;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads a TriG or N-Quads file (optionally gzipped): each named graph in it replaces the
     * graph of the same name, all in one transaction.
     *
     * @throws StoreException if the file is not a quads format, cannot be read or parsed, or has
     *         triples in its default graph
     */
    public void loadQuads(Path file) {
        Lang lang = RDFLanguages.pathnameToLang(file.toString());
        if (lang == null || !RDFLanguages.isQuads(lang))
            throw new StoreException(file + " is not a TriG or N-Quads file by its extension; give a .trig or .nq file (optionally .gz)");
        // Parse it all before writing, so that a syntax error leaves the store untouched.
        DatasetGraph quads = DatasetGraphFactory.create();
        // IO.openFile decompresses by extension (.gz); RDFParser.source(Path) with a language set read the raw bytes.
        try (InputStream in = IO.openFileBuffered(file.toString())) {
            RDFParser.source(in).lang(lang).base(file.toUri().toString())
                    // Errors end up in the StoreException message; logging them too would say it twice.
                    .errorHandler(ErrorHandlerFactory.errorHandlerWarnOrExceptions(ErrorHandlerFactory.stdLogger))
                    .parse(quads);
        } catch (IOException | RuntimeIOException | RiotException e) {
            throw new StoreException("cannot read " + file + " (" + e.getMessage() + "); fix the file and load it again", e);
        }
        if (!quads.getDefaultGraph().isEmpty())
            throw new StoreException(file + " has triples in the default graph; cdkg stores need named graphs, so put them in GRAPH <article IRI> { ... }");
        DatasetGraph store = dataset.asDatasetGraph();
        Txn.executeWrite(dataset, () -> quads.listGraphNodes().forEachRemaining(name -> {
            store.removeGraph(name);
            store.addGraph(name, quads.getGraph(name));
        }));
    }

    /**
     * Loads large TriG or N-Quads files (optionally gzipped) into an empty store with TDB2's bulk
     * loader, which streams them and builds the indexes in bulk instead of one transaction per
     * graph. The phased loader keeps memory modest (the parallel one wants several GB of heap). It runs as one transaction: a file that does not parse leaves the store empty.
     *
     * @return the number of quads loaded
     * @throws StoreException if the store already holds articles, or a file is not a quads format or does not parse
     */
    public long bulkLoad(List<Path> files) {
        for (Path f : files) {
            Lang lang = RDFLanguages.pathnameToLang(f.toString());
            if (lang == null || !RDFLanguages.isQuads(lang))
                throw new StoreException(f + " is not a TriG or N-Quads file by its extension; give a .trig or .nq file (optionally .gz)");
            if (!Files.isReadable(f)) throw new StoreException("cannot read " + f + "; check the path");
        }
        if (articleCount() > 0)
            throw new StoreException(directory + " already holds articles; bulk loading is for a new store, so load without --bulk or give an empty directory");
        org.apache.jena.tdb2.loader.DataLoader loader = org.apache.jena.tdb2.loader.LoaderFactory.phasedLoader(tdb2, (format, args) -> {});
        loader.startBulk();
        try {
            loader.load(files.stream().map(Path::toString).toList());
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw new StoreException("cannot bulk-load " + files + " (" + e.getMessage() + "); nothing was loaded; fix the file and load again", e);
        }
        return loader.countQuads();
    }

    /** Every stored article: its IRI and the name of the file it was read from. */
    public java.util.SortedMap<String, String> articles() {
        return Txn.calculateRead(dataset, () -> {
            java.util.SortedMap<String, String> out = new java.util.TreeMap<>();
            dataset.asDatasetGraph().find(Node.ANY, Node.ANY, Cdo.sourceFile.asNode(), Node.ANY).forEachRemaining(q -> {
                // The article describes itself in its own graph; other graphs may mention it.
                if (q.getGraph().isURI() && q.getGraph().equals(q.getSubject()) && q.getObject().isLiteral())
                    out.put(q.getSubject().getURI(), q.getObject().getLiteralLexicalForm());
            });
            return out;
        });
    }

    /** The number of distinct articles, over all named graphs. */
    public long articleCount() {
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph()
                .stream(Node.ANY, Node.ANY, RDF.type.asNode(), Cdo.Article.asNode())
                .map(Quad::getSubject)
                .distinct()
                .count());
    }

    public long quadCount() {
        return Txn.calculateRead(dataset, () -> Iter.count(dataset.asDatasetGraph().find()));
    }

    /**
     * A summary of the database files that changes whenever a write commits: TDB2 appends every
     * change to its files, so their sizes and modification times move with each commit, while
     * opening, reading and closing leave them as they were. Lets a reader of the whole store
     * (the full-text index) skip it when nothing changed since it last looked.
     */
    public String fingerprint() {
        Path current = currentGeneration();
        if (current == null) return "empty";
        StringBuilder sb = new StringBuilder(current.getFileName().toString());
        try (Stream<Path> files = Files.list(current)) {
            // The lock file is rewritten by every opener; it says nothing about the data.
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals(TDB2_LOCK_FILE)).sorted().toList())
                sb.append(' ').append(f.getFileName()).append(':').append(Files.size(f)).append(':').append(Files.getLastModifiedTime(f).toMillis());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    private Path currentGeneration() {
        try (Stream<Path> dirs = Files.list(directory)) {
            return dirs.filter(p -> Files.isDirectory(p) && TDB2_DATA_DIR.matcher(p.getFileName().toString()).matches())
                    .max(java.util.Comparator.comparing(p -> p.getFileName().toString())).orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes on disk of the database's current generation (the Data-NNNN directory TDB2 uses). */
    public long diskSize() {
        Path current = currentGeneration();
        if (current == null) return 0;
        try {
            try (Stream<Path> files = Files.list(current)) {
                return files.filter(Files::isRegularFile).mapToLong(f -> {
                    try {
                        return Files.size(f);
                    } catch (IOException e) {
                        return 0; // a file TDB2 replaced while we listed: it no longer counts
                    }
                }).sum();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies the live data into a new generation and deletes the old one. Readers in this JVM
     * (a running server) go on across the switch; it takes about as long as a bulk load of the
     * live data.
     *
     * @return bytes on disk after compaction
     */
    public long compact() {
        org.apache.jena.tdb2.DatabaseMgr.compact(tdb2, true);
        compactedSize = diskSize();
        return compactedSize;
    }

    /** Compacts if the store has at least doubled since it was opened or last compacted; see {@link #COMPACT_MIN_GROWTH}. */
    public boolean compactIfGrown() {
        long now = diskSize();
        if (now < 2 * compactedSize || now - compactedSize < COMPACT_MIN_GROWTH) return false;
        compact();
        return true;
    }

    /**
     * Releases the store from this JVM, so that another process can open it. TDB2 keeps a store
     * open for the JVM's life once used; nothing in this JVM may use it afterwards.
     */
    public void releaseToOtherProcesses() {
        org.apache.jena.tdb2.sys.TDBInternal.expel(tdb2);
    }

    @Override
    public void close() {
        dataset.close();
    }
}
