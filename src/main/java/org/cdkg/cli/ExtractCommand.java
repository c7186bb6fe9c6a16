package org.cdkg.cli;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.cdkg.graph.ArticleGraph;
import org.cdkg.pipeline.ArticlePipeline;
import org.cdkg.pipeline.Corpus;
import org.cdkg.pipeline.RunSummary;
import org.cdkg.read.UnreadableArticleException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "extract", description = "Extract articles to a TriG file (one named graph per article), without serving.")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR|FILE", description = "Article files or directories of them.")
    List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the TriG.")
    Path out;

    @Override
    public Integer call() throws Exception {
        ArticlePipeline pipeline = new ArticlePipeline();
        Dataset ds = DatasetFactory.create();
        ds.getDefaultModel().setNsPrefixes(org.cdkg.graph.Prefixes.map());
        RunSummary summary = new RunSummary();
        for (Path f : Corpus.files(inputs)) {
            try {
                ArticleGraph g = pipeline.process(f);
                ds.addNamedModel(g.iri(), g.model());
                summary.extracted();
            } catch (UnreadableArticleException e) {
                System.err.println("cdkg: " + f + " " + e.getMessage());
                summary.failed();
            } catch (RuntimeException e) {
                System.err.println("cdkg: " + f + " could not be extracted (" + Main.oneLine(e) + "); it was skipped, the others were extracted");
                summary.failed();
            }
        }
        Path tmp = out.resolveSibling(out.getFileName() + ".part");
        try (OutputStream os = Files.newOutputStream(tmp)) {
            RDFDataMgr.write(os, ds, Lang.TRIG);
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.err.println("cdkg: " + summary + "; wrote " + out);
        return summary.failures() == 0 ? 0 : 1;
    }
}
