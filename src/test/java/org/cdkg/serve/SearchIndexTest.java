package org.cdkg.serve;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.lucene.store.FSDirectory;
import org.cdkg.graph.Cdo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The index catching up with a store across restarts. Each "start" opens the same Lucene
 * directory over the same (in-memory) store, as cdkg serve does over TDB2, and closes it after.
 */
class SearchIndexTest {
    private static final String A = Cdo.ID_NS + "article/a";
    private static final String B = Cdo.ID_NS + "article/b";

    @TempDir
    Path dir;
    private final Dataset store = DatasetFactory.createTxnMem();

    private static Model article(String iri, String hash, String title) {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(iri).addProperty(RDF.type, Cdo.Article).addProperty(Cdo.contentHash, hash).addProperty(DCTerms.title, title);
        return m;
    }

    private void put(String iri, Model graph) {
        Txn.executeWrite(store, () -> store.replaceNamedModel(iri, graph));
    }

    /** Starts over the store, brings the index up to date, runs the searches, and closes. */
    private SearchIndex.Work start(String configuration, List<String> words, List<List<String>> found) throws Exception {
        return start(configuration, null, words, found);
    }

    private SearchIndex.Work start(String configuration, String fingerprint, List<String> words, List<List<String>> found) throws Exception {
        EntityDefinition fields = new EntityDefinition("iri", "title", DCTerms.title.asNode());
        TextIndexConfig config = new TextIndexConfig(fields);
        config.setValueStored(true);
        DatasetGraph base = store.asDatasetGraph();
        DatasetGraphText text = (DatasetGraphText) TextDatasetFactory.createLucene(base, FSDirectory.open(dir.resolve("index")), config);
        try {
            SearchIndex.Work work = SearchIndex.bringUpToDate(text, dir.resolve("index.state"), configuration, fingerprint);
            Dataset searchable = DatasetFactory.wrap(text);
            for (String w : words) {
                List<String> hits = new ArrayList<>();
                Txn.executeRead(searchable, () -> {
                    try (QueryExecution qe = QueryExecution.dataset(searchable)
                            .query("PREFIX text: <http://jena.apache.org/text#> SELECT ?s { GRAPH ?g { ?s text:query \"" + w + "\" } }").build()) {
                        qe.execSelect().forEachRemaining(r -> hits.add(r.getResource("s").getURI()));
                    }
                });
                found.add(hits.stream().distinct().sorted().toList());
            }
            return work;
        } finally {
            text.getTextIndex().close();
        }
    }

    @Test
    void indexesNewArticlesOnlyAndRebuildsWhenOneChanged() throws Exception {
        put(A, article(A, "h1", "climate talks"));
        List<List<String>> found = new ArrayList<>();
        assertEquals(SearchIndex.Work.REBUILT, start("c1", List.of("climate"), found));
        assertEquals(List.of(A), found.get(0));

        found.clear();
        assertEquals(SearchIndex.Work.NOTHING, start("c1", List.of("climate"), found));
        assertEquals(List.of(A), found.get(0), "the index kept what it had");

        put(B, article(B, "h2", "methane pledge"));
        found.clear();
        assertEquals(SearchIndex.Work.ADDED, start("c1", List.of("methane", "climate"), found));
        assertEquals(List.of(List.of(B), List.of(A)), found, "the new article was added, the old one not doubled or lost");

        put(A, article(A, "h3", "forest finance"));
        found.clear();
        assertEquals(SearchIndex.Work.REBUILT, start("c1", List.of("climate", "forest"), found));
        assertEquals(List.of(List.of(), List.of(A)), found, "a changed article's old text is gone");

        found.clear();
        assertEquals(SearchIndex.Work.REBUILT, start("c2", List.of("forest"), found), "another configuration rebuilds");

        Files.delete(dir.resolve("index.state"));
        found.clear();
        assertEquals(SearchIndex.Work.REBUILT, start("c2", List.of("forest"), found), "no state file: rebuild");
        assertEquals(List.of(List.of(A)), found);
    }

    @Test
    void anUnchangedStoreFingerprintSkipsReadingTheStore() throws Exception {
        put(A, article(A, "h1", "climate talks"));
        List<List<String>> found = new ArrayList<>();
        assertEquals(SearchIndex.Work.REBUILT, start("c1", "files-1", List.of("climate"), found));

        // The store changes but its fingerprint is claimed unchanged: the index is not looked at
        // again, which shows the store was not read.
        put(B, article(B, "h2", "methane pledge"));
        found.clear();
        assertEquals(SearchIndex.Work.NOTHING, start("c1", "files-1", List.of("methane"), found));
        assertEquals(List.of(List.of()), found);

        // A new fingerprint makes it read the store and catch up.
        found.clear();
        assertEquals(SearchIndex.Work.ADDED, start("c1", "files-2", List.of("methane"), found));
        assertEquals(List.of(List.of(B)), found);
        found.clear();
        assertEquals(SearchIndex.Work.NOTHING, start("c1", "files-2", List.of("methane"), found));
        assertEquals(SearchIndex.Work.REBUILT, start("c2", "files-2", List.of(), found), "another configuration still rebuilds");
    }
}
