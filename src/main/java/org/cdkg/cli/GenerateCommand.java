package org.cdkg.cli;

import org.cdkg.bench.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "generate", description = "Write a synthetic corpus of climate-diplomacy articles for benchmarks; the same seed and count always give the same files.")
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--count", required = true, paramLabel = "N", description = "How many articles to write.")
    int count;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "A new or empty directory to write them into; above 1,000 articles they go into subdirectories of 1,000 (000/, 001/, ...).")
    Path out;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Seed of the corpus (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (count < 1) {
            System.err.println("cdkg: --count must be at least 1, not " + count);
            return 2;
        }
        long started = System.nanoTime();
        CorpusGenerator.Summary summary = new CorpusGenerator(seed).write(out, count);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.err.printf(Locale.ROOT, "cdkg: wrote %d articles (%.1f MB) to %s in %.1f s (seed %d)%n",
                summary.files(), summary.bytes() / 1e6, out, seconds, seed);
        return 0;
    }
}
