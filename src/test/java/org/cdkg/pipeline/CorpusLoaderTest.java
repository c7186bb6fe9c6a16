package org.cdkg.pipeline;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.cdkg.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Parallel extraction: the same store and messages whatever the thread count and batch size. */
class CorpusLoaderTest {
    static final List<Path> CORPUS = List.of(Path.of("examples/articles"), Path.of("src/test/resources/articles"));

    @TempDir
    Path dir;

    private record Run(Dataset graphs, String messages, RunSummary summary) {}

    private Run load(String name, int threads, int batch, List<Path> corpus) {
        return load(name, threads, batch, Integer.MAX_VALUE, corpus);
    }

    private Run load(String name, int threads, int batch, int bulkMinArticles, List<Path> corpus) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Dataset copy = DatasetFactory.create();
        RunSummary summary;
        try (GraphStore store = GraphStore.open(dir.resolve(name))) {
            summary = new CorpusLoader(ArticlePipeline::new, threads, batch, bulkMinArticles, new PrintStream(err, true, StandardCharsets.UTF_8)).load(corpus, store);
            Txn.executeRead(store.dataset(), () -> store.dataset().listNames().forEachRemaining(
                    g -> copy.addNamedModel(g, store.dataset().getNamedModel(g))));
        }
        // Progress lines depend on the batch size; every other message must not.
        String messages = err.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.endsWith("stored so far")).map(l -> l + "\n").collect(java.util.stream.Collectors.joining());
        return new Run(copy, messages, summary);
    }

    private static void assertSameGraphs(Dataset a, Dataset b) {
        List<String> names = new ArrayList<>();
        a.listNames().forEachRemaining(names::add);
        List<String> other = new ArrayList<>();
        b.listNames().forEachRemaining(other::add);
        assertEquals(names.stream().sorted().toList(), other.stream().sorted().toList());
        for (String g : names) {
            Model x = a.getNamedModel(g), y = b.getNamedModel(g);
            assertTrue(x.isIsomorphicWith(y), "graph " + g + " differs");
        }
    }

    private Path corpusWithABadFile() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (Path root : CORPUS)
            try (var files = Files.list(root)) {
                for (Path f : files.filter(Files::isRegularFile).toList())
                    if (!f.getFileName().toString().equals("index.txt"))
                        Files.copy(f, corpus.resolve(f.getFileName()));
            }
        Files.write(corpus.resolve("zz-binary.txt"), new byte[]{0, 1, 2, 3});
        return corpus;
    }

    @Test
    void sameStoreWhateverTheThreadCountAndBatchSize() throws Exception {
        Path corpus = corpusWithABadFile();
        Run one = load("one", 1, 1, List.of(corpus));
        Run three = load("three", 3, 7, List.of(corpus));
        assertTrue(one.summary().extractedCount() > 20, one.summary().toString());
        assertEquals(one.summary().toString(), three.summary().toString());
        assertEquals(one.messages(), three.messages(), "the same messages in the same order");
        assertTrue(one.messages().contains("zz-binary.txt"), one.messages());
        assertSameGraphs(one.graphs(), three.graphs());
    }

    @Test
    void bulkPathForALargeCorpusInAnEmptyStoreGivesTheSameStoreAndMessages() throws Exception {
        Path corpus = corpusWithABadFile();
        Run transactions = load("transactions", 2, 64, List.of(corpus));
        // A stale intermediate file from a killed bulk load must not be loaded or left behind.
        Path stale = Files.writeString(dir.resolve(".bulk.cdkg-bulk.trig"), "GRAPH <urn:stale> { <urn:s> <urn:p> <urn:o> . }");

        Run bulk = load("bulk", 2, 64, 10, List.of(corpus));

        assertEquals(transactions.summary().toString(), bulk.summary().toString());
        assertEquals(transactions.messages(), bulk.messages());
        assertSameGraphs(transactions.graphs(), bulk.graphs());
        assertFalse(Files.exists(stale), "the intermediate file is deleted");
        try (var left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().contains("cdkg-bulk")));
        }
    }

    @Test
    void pruningRemovesArticlesWhoseFilesLeftTheCorpusAndNothingElse() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("mirror"));
        List<Path> examples;
        try (var files = Files.list(Path.of("examples/articles"))) {
            examples = files.filter(f -> f.toString().endsWith(".txt") && !f.getFileName().toString().equals("index.txt")).sorted().toList();
        }
        for (Path f : examples) Files.copy(f, corpus.resolve(f.getFileName()));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream messages = new PrintStream(err, true, StandardCharsets.UTF_8);
        try (GraphStore store = GraphStore.open(dir.resolve("pruned"))) {
            CorpusLoader loader = new CorpusLoader(ArticlePipeline::new, 2, messages);
            loader.load(List.of(corpus), store);
            int all = store.articles().size();
            assertEquals(examples.size(), all);

            Path gone = corpus.resolve(examples.get(0).getFileName());
            String goneIri = org.cdkg.graph.GraphBuilder.articleIri(gone.getFileName().toString());
            Files.delete(gone);
            loader.load(List.of(corpus), store);
            assertTrue(store.articles().containsKey(goneIri), "without --prune a stored article stays");

            RunSummary pruned = loader.load(List.of(corpus), store, true);
            assertEquals(1, pruned.removedCount(), pruned.toString());
            assertTrue(pruned.toString().endsWith(", 1 removed"), pruned.toString());
            assertFalse(store.articles().containsKey(goneIri));
            assertEquals(all - 1, store.articles().size());
            assertTrue(store.hasArticle(org.cdkg.graph.Cdo.ONTOLOGY_IRI), "the ontology graph is not an article and stays");
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("removed " + goneIri), err.toString(StandardCharsets.UTF_8));

            Path empty = Files.createDirectories(dir.resolve("empty"));
            assertThrows(IllegalArgumentException.class, () -> loader.load(List.of(empty), store, true));
            assertEquals(all - 1, store.articles().size(), "an empty corpus never empties the store");
        }
    }

    @Test
    void trigFileHoldsEveryArticleAndAppearsOnlyWhenComplete() {
        Path out = dir.resolve("graph.trig");
        RunSummary summary;
        try (TrigFileSink sink = new TrigFileSink(out)) {
            summary = new CorpusLoader(ArticlePipeline::new, 2, System.err).load(List.of(Path.of("examples/articles")), sink);
        }
        assertEquals(5, summary.extractedCount());
        assertFalse(Files.exists(dir.resolve("graph.trig.part")));
        Dataset written = RDFDataMgr.loadDataset(out.toString());
        Run stored = load("stored", 1, 64, List.of(Path.of("examples/articles")));
        stored.graphs().removeNamedModel(org.cdkg.graph.Cdo.ONTOLOGY_IRI);
        assertSameGraphs(stored.graphs(), written);

        Path abandoned = dir.resolve("abandoned.trig");
        try (TrigFileSink sink = new TrigFileSink(abandoned)) {
            assertTrue(Files.exists(dir.resolve("abandoned.trig.part")));
        }
        assertFalse(Files.exists(abandoned) || Files.exists(dir.resolve("abandoned.trig.part")), "an unfinished file is removed");
    }
}
