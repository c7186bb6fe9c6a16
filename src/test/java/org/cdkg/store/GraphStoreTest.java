package org.cdkg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.cdkg.graph.Cdo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.*;

class GraphStoreTest {
    private static final String A = Cdo.ID_NS + "article/a";
    private static final String B = Cdo.ID_NS + "article/b";

    @TempDir
    Path tmp;
    private Path storeDir;
    private GraphStore store;

    @BeforeEach
    void openStore() {
        storeDir = tmp.resolve("store");
        store = GraphStore.open(storeDir);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    /** An article graph as the build stage writes it: the article node with its hash and title. */
    private static Model article(String iri, String hash, String title) {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(iri)
                .addProperty(RDF.type, Cdo.Article)
                .addProperty(Cdo.contentHash, hash)
                .addProperty(Cdo.sourceFile, "000_" + hash + ".txt")
                .addProperty(DCTerms.title, title);
        return m;
    }

    private Model stored(String iri) {
        return Txn.calculateRead(store.dataset(), () -> {
            Model copy = ModelFactory.createDefaultModel();
            copy.add(store.dataset().getNamedModel(iri));
            return copy;
        });
    }

    @Test
    void replacedArticleIsCurrentOnlyForItsHash() {
        store.replaceArticle(A, article(A, "aaa", "first"));

        assertTrue(store.isCurrent(A, "aaa"));
        assertFalse(store.isCurrent(A, "bbb"));
        assertFalse(store.isCurrent(B, "aaa"));
        assertEquals(1, store.articleCount());
        assertEquals(4, store.quadCount());
    }

    @Test
    void replacingTwiceKeepsOnlyTheSecondVersion() {
        store.replaceArticle(A, article(A, "aaa", "first"));
        Model second = article(A, "bbb", "second");
        store.replaceArticle(A, second);

        assertTrue(stored(A).isIsomorphicWith(second));
        assertFalse(store.isCurrent(A, "aaa"));
        assertTrue(store.isCurrent(A, "bbb"));
    }

    @Test
    void failedReplaceLeavesThePreviousVersionIntact() {
        Model first = article(A, "aaa", "first");
        store.replaceArticle(A, first);
        Model broken = ModelFactory.createModelForGraph(new FailingGraph(article(A, "bbb", "second").getGraph(), 2));

        assertThrows(IllegalStateException.class, () -> store.replaceArticle(A, broken));

        assertTrue(stored(A).isIsomorphicWith(first));
        assertTrue(store.isCurrent(A, "aaa"));
    }

    /** A graph whose iterators fail after {@code limit} triples, as a writer crashing mid-article would. */
    private static final class FailingGraph extends GraphBase {
        private final Graph source;
        private final int limit;

        FailingGraph(Graph source, int limit) {
            this.source = source;
            this.limit = limit;
        }

        @Override
        protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
            Iterator<Triple> triples = source.find(pattern);
            return WrappedIterator.create(new Iterator<>() {
                private int served;

                @Override
                public boolean hasNext() {
                    return triples.hasNext();
                }

                @Override
                public Triple next() {
                    if (served++ == limit) throw new IllegalStateException("failing after " + limit + " triples");
                    return triples.next();
                }
            });
        }
    }

    @Test
    void removedArticleIsGone() {
        store.replaceArticle(A, article(A, "aaa", "first"));
        store.removeArticle(A);

        assertFalse(store.isCurrent(A, "aaa"));
        assertEquals(0, store.quadCount());
    }

    @Test
    void loadedQuadsReplaceGraphsOfTheSameName() throws IOException {
        store.replaceArticle(A, article(A, "aaa", "old title"));
        Path trig = tmp.resolve("articles.trig");
        Files.writeString(trig, """
                PREFIX cdo: <https://w3id.org/cdkg/ontology#>
                GRAPH <%s> { <%s> a cdo:Article ; cdo:contentHash "a2" . }
                GRAPH <%s> { <%s> a cdo:Article ; cdo:contentHash "b1" . }
                """.formatted(A, A, B, B));

        store.loadQuads(trig);

        assertTrue(store.isCurrent(A, "a2"));
        assertTrue(store.isCurrent(B, "b1"));
        assertFalse(stored(A).contains(null, DCTerms.title), "the old graph of A must be replaced, not merged");
        assertEquals(2, store.articleCount());
        assertEquals(4, store.quadCount());
    }

    @Test
    void loadsGzippedNQuads() throws IOException {
        Path nq = tmp.resolve("articles.nq.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(nq))) {
            out.write(("<%s> <%s> <%s> <%s> .%n".formatted(A, RDF.type.getURI(), Cdo.Article.getURI(), A))
                    .getBytes(StandardCharsets.UTF_8));
        }

        store.loadQuads(nq);

        assertEquals(1, store.articleCount());
    }

    @Test
    void loadRejectsDefaultGraphTriplesAndWritesNothing() throws IOException {
        Path trig = tmp.resolve("mixed.trig");
        Files.writeString(trig, """
                <https://example.org/s> <https://example.org/p> "in the default graph" .
                GRAPH <%s> { <%s> a <%s> . }
                """.formatted(A, A, Cdo.Article.getURI()));

        StoreException e = assertThrows(StoreException.class, () -> store.loadQuads(trig));

        assertTrue(e.getMessage().contains("named graphs"), e.getMessage());
        assertEquals(0, store.quadCount());
    }

    @Test
    void loadRejectsSyntaxErrorsAndWritesNothing() throws IOException {
        Path trig = tmp.resolve("broken.trig");
        Files.writeString(trig, "GRAPH <%s> { <%s> a <%s> . } GRAPH <%s> { <%s> a ".formatted(A, A, Cdo.Article.getURI(), B, B));

        assertThrows(StoreException.class, () -> store.loadQuads(trig));
        assertEquals(0, store.quadCount());
    }

    @Test
    void loadRejectsTripleFormats() throws IOException {
        Path ttl = Files.writeString(tmp.resolve("article.ttl"), "<https://example.org/s> <https://example.org/p> 1 .");

        assertThrows(StoreException.class, () -> store.loadQuads(ttl));
    }

    @Test
    void ensureOntologyStoresTheClasspathOntologyOnce() throws IOException {
        store.ensureOntology();
        long quads = store.quadCount();
        store.ensureOntology();

        assertEquals(quads, store.quadCount());
        assertTrue(stored(Cdo.ONTOLOGY_IRI).isIsomorphicWith(classpathOntology()));
        assertTrue(quads > 100, "the ontology has hundreds of triples, got " + quads);
    }

    @Test
    void ensureOntologyRepairsAChangedOntologyGraph() throws IOException {
        store.ensureOntology();
        Txn.executeWrite(store.dataset(), () -> {
            Model stored = store.dataset().getNamedModel(Cdo.ONTOLOGY_IRI);
            stored.removeAll(Cdo.Envoy, null, null);
            stored.add(Cdo.Envoy, RDF.type, Cdo.Person);
        });

        store.ensureOntology();

        assertTrue(stored(Cdo.ONTOLOGY_IRI).isIsomorphicWith(classpathOntology()));
    }

    private static Model classpathOntology() throws IOException {
        try (InputStream in = GraphStoreTest.class.getClassLoader().getResourceAsStream(Cdo.ONTOLOGY_RESOURCE)) {
            assertNotNull(in, Cdo.ONTOLOGY_RESOURCE + " must be on the classpath");
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).base(Cdo.ONTOLOGY_IRI).parse(m);
            return m;
        }
    }

    @Test
    void batchIsInvisibleUntilCommittedAndGoneIfAbandoned() {
        store.replaceArticle(A, article(A, "aaa", "first"));
        try (GraphStore.ArticleBatch batch = store.beginArticles()) {
            batch.replace(A, article(A, "bbb", "second"));
            batch.replace(B, article(B, "ccc", "other"));
            assertEquals(2, batch.size());
            // Readers on other threads see the last commit only.
            assertTrue(java.util.concurrent.CompletableFuture.supplyAsync(() -> store.isCurrent(A, "aaa")).join());
        }
        assertTrue(store.isCurrent(A, "aaa"), "an abandoned batch must leave the previous version");
        assertFalse(store.isCurrent(B, "ccc"));

        try (GraphStore.ArticleBatch batch = store.beginArticles()) {
            batch.replace(A, article(A, "bbb", "second"));
            batch.commit();
        }
        assertTrue(store.isCurrent(A, "bbb"));
        assertFalse(store.isCurrent(A, "aaa"));
    }

    @Test
    void compactionKeepsTheDataAndReclaimsTheSpaceOfOldTransactions() {
        // Every small transaction leaves copied blocks behind; compaction keeps only live data.
        for (int i = 0; i < 40; i++) store.replaceArticle(A, article(A, "h" + i, "version " + i));
        store.replaceArticle(B, article(B, "bbb", "other"));
        long quads = store.quadCount();
        long before = store.diskSize();

        long after = store.compact();

        assertTrue(after < before, "compaction should shrink the store: " + before + " -> " + after);
        assertEquals(after, store.diskSize());
        assertEquals(quads, store.quadCount());
        assertTrue(store.isCurrent(A, "h39"));
        assertTrue(stored(B).isIsomorphicWith(article(B, "bbb", "other")));
        try (var dirs = Files.list(storeDir)) {
            assertEquals(1, dirs.filter(d -> d.getFileName().toString().startsWith("Data-")).count(), "the old generation is deleted");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // A small store never reaches the growth threshold, so writers do not compact it.
        assertFalse(store.compactIfGrown());
    }

    @Test
    void fingerprintMovesWithEveryCommitAndOnlyThen() {
        store.replaceArticle(A, article(A, "aaa", "first"));
        String written = store.fingerprint();
        assertTrue(store.isCurrent(A, "aaa"));
        store.close();
        store.releaseToOtherProcesses();
        store = GraphStore.open(storeDir);
        assertTrue(store.isCurrent(A, "aaa"));
        assertEquals(written, store.fingerprint(), "opening, reading and closing change nothing");

        store.replaceArticle(B, article(B, "bbb", "other"));
        assertNotEquals(written, store.fingerprint(), "a commit changes the files");
        String before = store.fingerprint();
        try (GraphStore.ArticleBatch batch = store.beginArticles()) {
            batch.replace(A, article(A, "ccc", "abandoned"));
        }
        assertTrue(store.isCurrent(A, "aaa"));
    }

    @Test
    void dataSurvivesClosingAndReopening() {
        Model a = article(A, "aaa", "first");
        store.replaceArticle(A, a);
        store.close();
        // TDB2 keeps the database cached for the JVM's life; drop it so the reopen reads the disk,
        // as a new process would.
        store.releaseToOtherProcesses();

        store = GraphStore.open(storeDir);

        assertTrue(store.isCurrent(A, "aaa"));
        assertTrue(stored(A).isIsomorphicWith(a));
    }

    @Test
    void openRejectsADirectoryThatIsNotAStore() throws IOException {
        Path notes = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(notes.resolve("readme.txt"), "not a database");

        StoreException e = assertThrows(StoreException.class, () -> GraphStore.open(notes));
        assertTrue(e.getMessage().contains(notes.toRealPath().toString()), e.getMessage());
    }

    @Test
    void openRejectsAFile() throws IOException {
        Path file = Files.writeString(tmp.resolve("store.txt"), "");

        assertThrows(StoreException.class, () -> GraphStore.open(file));
    }

    @Test
    void openRejectsAStoreInUseByAnotherProcess() throws Exception {
        Path shared = tmp.resolve("shared");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldOpen.class.getName(), shared.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("open", out.readLine(), "the other process must open the store");

            StoreException e = assertThrows(StoreException.class, () -> GraphStore.open(shared));
            assertTrue(e.getMessage().contains("another"), e.getMessage());
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(30, TimeUnit.SECONDS)) holder.destroyForcibly();
        }
    }

    /** Run in a child JVM: holds a store open until its standard input closes. */
    static final class HoldOpen {
        public static void main(String[] args) throws IOException {
            try (GraphStore held = GraphStore.open(Path.of(args[0]))) {
                System.out.println("open");
                System.out.flush();
                System.in.readAllBytes();
            }
        }
    }

    @Test
    void articleCountCountsEachArticleOnce() {
        store.replaceArticle(A, article(A, "aaa", "a"));
        Model b = article(B, "bbb", "b");
        // B's graph also mentions A as an article: still two articles.
        Resource a = b.createResource(A).addProperty(RDF.type, Cdo.Article);
        b.getResource(B).addProperty(Cdo.mentions, a);
        store.replaceArticle(B, b);

        assertEquals(2, store.articleCount());
    }

    @Test
    void bulkLoadFillsANewStoreAndRefusesAFilledOne() throws IOException {
        Path trig = tmp.resolve("bulk.trig");
        Files.writeString(trig, "<https://w3id.org/cdkg/id/article/x> { <https://w3id.org/cdkg/id/article/x> a <" + Cdo.Article.getURI() + "> ;"
                + " <" + DCTerms.title.getURI() + "> \"X\" . }\n"
                + "<https://w3id.org/cdkg/id/article/y> { <https://w3id.org/cdkg/id/article/y> a <" + Cdo.Article.getURI() + "> . }\n");
        try (GraphStore bulk = GraphStore.open(tmp.resolve("bulk-store"))) {
            assertEquals(3, bulk.bulkLoad(java.util.List.of(trig)));
            assertEquals(2, bulk.articleCount());
            StoreException again = assertThrows(StoreException.class, () -> bulk.bulkLoad(java.util.List.of(trig)));
            assertTrue(again.getMessage().contains("already holds articles"), again.getMessage());
        }
    }

    @Test
    void bulkLoadOfABrokenFileLeavesTheStoreEmpty() throws IOException {
        Path trig = tmp.resolve("broken.trig");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2000; i++)
            text.append("<urn:x-test:g").append(i).append("> { <urn:x-test:s").append(i).append("> a <").append(Cdo.Article.getURI()).append("> . }\n");
        text.append("<urn:x-test:bad> { this is not trig }\n");
        Files.writeString(trig, text);
        try (GraphStore bulk = GraphStore.open(tmp.resolve("broken-store"))) {
            StoreException e = assertThrows(StoreException.class, () -> bulk.bulkLoad(java.util.List.of(trig)));
            assertTrue(e.getMessage().contains("broken.trig"), e.getMessage());
            assertEquals(0, bulk.quadCount(), "nothing half-loaded");
        }
    }
}
