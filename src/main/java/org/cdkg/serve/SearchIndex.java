package org.cdkg.serve;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.cdkg.graph.Cdo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps the full-text index in step with the store across restarts. cdkg loads articles
 * straight into TDB2, so the index does not see them; a state file beside the index records
 * which article versions (IRI and content hash) it holds and the configuration it was built with.
 * At start, articles that are new since then are indexed; if any was changed or removed, or the
 * configuration or ontology differ, the index is rebuilt. Updates over HTTP go through the
 * served text dataset and are indexed as they happen.
 */
final class SearchIndex {
    private static final String CONFIGURATION = "configuration";
    private static final String STORE = "store";

    /** What {@link #bringUpToDate} did, for the start-up log and the tests. */
    enum Work { NOTHING, ADDED, REBUILT }

    private SearchIndex() {}

    /**
     * @param storeFingerprint what the store's files looked like (see GraphStore.fingerprint), or
     *        null if unknown; when it is the one recorded at the last start, nothing has been
     *        written since, and the store is not read at all, which on a large store is most
     *        of the start-up time
     */
    static Work bringUpToDate(DatasetGraphText text, Path stateFile, String configuration, String storeFingerprint) {
        if (!(text.getTextIndex() instanceof TextIndexLucene lucene))
            throw new IllegalStateException("the full-text index must be a Lucene index");
        Map<String, String> indexed = readState(stateFile);
        if (indexed != null && storeFingerprint != null && storeFingerprint.equals(indexed.get(STORE))
                && configuration.equals(indexed.get(CONFIGURATION)) && lucene.getIndexWriter().getDocStats().numDocs > 0)
            return Work.NOTHING;
        if (indexed != null) indexed.remove(STORE);
        DatasetGraph base = text.getBase();
        Map<String, String> stored = Txn.calculateRead(base, () -> articleVersions(base));
        Work work;
        try {
            boolean lost = indexed != null && indexed.size() > 1 && lucene.getIndexWriter().getDocStats().numDocs == 0;
            if (indexed == null || lost || !configuration.equals(indexed.remove(CONFIGURATION)) || !stillStored(indexed, stored)) {
                lucene.getIndexWriter().deleteAll();
                Txn.executeRead(base, () -> index(lucene, base.find()));
                work = Work.REBUILT;
            } else {
                List<String> added = stored.keySet().stream().filter(a -> !indexed.containsKey(a)).toList();
                if (added.isEmpty()) {
                    writeState(stateFile, configuration, storeFingerprint, stored);
                    return Work.NOTHING;
                }
                Txn.executeRead(base, () -> added.forEach(a -> index(lucene, base.find(nodeOf(a), Node.ANY, Node.ANY, Node.ANY))));
                work = Work.ADDED;
            }
            lucene.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the full-text index", e);
        }
        writeState(stateFile, configuration, storeFingerprint, stored);
        return work;
    }

    /** Every indexed article version is still in the store unchanged. */
    private static boolean stillStored(Map<String, String> indexed, Map<String, String> stored) {
        for (Map.Entry<String, String> e : indexed.entrySet())
            if (!e.getValue().equals(stored.get(e.getKey()))) return false;
        return true;
    }

    private static Node nodeOf(String iri) {
        return org.apache.jena.graph.NodeFactory.createURI(iri);
    }

    /** Article IRI → content hash, for each article graph (the article describes itself in its own graph). */
    private static Map<String, String> articleVersions(DatasetGraph base) {
        Map<String, String> versions = new TreeMap<>();
        Iterator<Quad> quads = base.find(Node.ANY, Node.ANY, Cdo.contentHash.asNode(), Node.ANY);
        while (quads.hasNext()) {
            Quad q = quads.next();
            if (q.getGraph().equals(q.getSubject()) && q.getObject().isLiteral())
                versions.put(q.getSubject().getURI(), q.getObject().getLiteralLexicalForm());
        }
        return versions;
    }

    private static void index(TextIndexLucene lucene, Iterator<Quad> quads) {
        while (quads.hasNext()) {
            Entity entity = TextQueryFuncs.entityFromQuad(lucene.getDocDef(), quads.next());
            if (entity != null) lucene.addEntity(entity);
        }
    }

    /** The state file's entries, or null if there is none (or it cannot be trusted). */
    private static Map<String, String> readState(Path file) {
        if (!Files.isRegularFile(file)) return null;
        Map<String, String> entries = new HashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab < 0) return null;
                entries.put(line.substring(0, tab), line.substring(tab + 1));
            }
        } catch (IOException e) {
            return null;
        }
        return entries.containsKey(CONFIGURATION) ? entries : null;
    }

    /** Written after the index commit, and replaced atomically, so it never claims more than the index holds. */
    private static void writeState(Path file, String configuration, String storeFingerprint, Map<String, String> versions) {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try (BufferedWriter w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            w.write(CONFIGURATION + "\t" + configuration + "\n");
            if (storeFingerprint != null) w.write(STORE + "\t" + storeFingerprint + "\n");
            for (Map.Entry<String, String> e : versions.entrySet()) w.write(e.getKey() + "\t" + e.getValue() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + partial, e);
        }
        try {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
