package org.cdkg.cli;

import org.cdkg.pipeline.ArticlePipeline;
import org.cdkg.pipeline.CorpusLoader;
import org.cdkg.pipeline.TrigFileSink;
import org.cdkg.pipeline.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "extract", description = "Extract articles to a TriG file (one named graph per article), without serving.")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR|FILE", description = "Article files or directories of them.")
    List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the TriG.")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        RunSummary summary;
        try (TrigFileSink sink = new TrigFileSink(out)) {
            summary = new CorpusLoader(ArticlePipeline::new, threads, System.err).load(inputs, sink);
        }
        System.err.println("cdkg: " + summary + "; wrote " + out);
        return summary.failures() == 0 ? 0 : 1;
    }
}
