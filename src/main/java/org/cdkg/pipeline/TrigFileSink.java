package org.cdkg.pipeline;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.cdkg.graph.ArticleGraph;
import org.cdkg.graph.Prefixes;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes article graphs to a TriG file as they come, one block per article, so a corpus of any
 * size is written in constant memory. The file appears under its name only when complete.
 */
public final class TrigFileSink implements ArticleSink, AutoCloseable {
    private final Path target;
    private final Path partial;
    private final OutputStream out;
    private final StreamRDF stream;
    private boolean finished;

    public TrigFileSink(Path target) {
        this.target = target;
        this.partial = target.resolveSibling(target.getFileName() + ".part");
        try {
            this.out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + partial + " (" + e.getMessage() + "); check the directory exists and is writable", e);
        }
        this.stream = StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS);
        stream.start();
        Prefixes.map().forEach(stream::prefix);
    }

    @Override
    public void write(ArticleGraph graph) {
        Node name = NodeFactory.createURI(graph.iri());
        graph.model().getGraph().find().forEachRemaining(t -> stream.quad(org.apache.jena.sparql.core.Quad.create(name, t)));
    }

    /** Completes the file and gives it its name. */
    @Override
    public void finish() {
        if (finished) return;
        finished = true;
        stream.finish();
        try {
            out.close();
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish " + target + " (" + e.getMessage() + ")", e);
        }
    }

    /** Abandons an unfinished file, so nothing half-written is left under the target's name. */
    @Override
    public void close() {
        if (finished) return;
        try {
            out.close();
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
