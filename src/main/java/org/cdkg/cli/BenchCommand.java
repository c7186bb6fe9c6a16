package org.cdkg.cli;

import org.cdkg.bench.BenchmarkSuite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "bench", description = "Benchmark extraction (against HanLP), loading, server start-up and queries on a generated corpus; prints Markdown.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--articles", defaultValue = "10000", paramLabel = "N", description = "Size of the generated corpus (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Seed of the corpus (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--work", defaultValue = "bench-work", paramLabel = "DIR", description = "Keeps the corpus and stores between runs (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--sample", defaultValue = "2000", paramLabel = "N", description = "Articles used for extraction throughput (default: ${DEFAULT-VALUE}).")
    int sample;

    @Option(names = "--rounds", defaultValue = "5", paramLabel = "N", description = "Timed passes of each extraction measurement, taking turns; figures are medians (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--threads", defaultValue = "1,2", split = ",", paramLabel = "N,N", description = "Thread counts for extraction throughput (default: ${DEFAULT-VALUE}).")
    int[] threads;

    @Option(names = "--clients", defaultValue = "8", paramLabel = "N", description = "Concurrent query clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--load-seconds", defaultValue = "30", paramLabel = "S", description = "How long the concurrent clients run (default: ${DEFAULT-VALUE}).")
    int loadSeconds;

    @Option(names = "--queries", defaultValue = "queries", paramLabel = "DIR", description = "The query library to time (default: ${DEFAULT-VALUE}).")
    Path queries;

    @Option(names = "--bulk", description = "Also dump the store and time TDB2's bulk loader on the dump.")
    boolean bulk;

    @Option(names = "--reuse-store", description = "If the work directory has the loaded store of this size, only time start-up and queries on it.")
    boolean reuseStore;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the Markdown report to FILE.")
    Path report;

    @Override
    public Integer call() throws Exception {
        if (articles < 1 || sample < 1 || rounds < 1 || clients < 1 || loadSeconds < 1)
            throw new IllegalArgumentException("--articles, --sample, --rounds, --clients and --load-seconds must be at least 1");
        if (!Files.isDirectory(queries))
            throw new IllegalArgumentException(queries + " is not a directory of .rq files; run from the cdkg checkout or give --queries DIR");
        Files.createDirectories(work);
        String markdown = new BenchmarkSuite(new BenchmarkSuite.Settings(articles, seed, work, sample, rounds, threads, clients, loadSeconds, queries, bulk, reuseStore),
                System.out).run();
        if (report != null) Files.writeString(report, markdown);
        return 0;
    }
}
