package org.cdkg.cli;

import org.cdkg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "compact", description = "Reclaim the disk space that TDB2 leaves behind after many write transactions (loads compact by themselves once a store has doubled).")
final class CompactCommand implements Callable<Integer> {
    @Option(names = "--store", required = true, paramLabel = "DIR", description = "TDB2 store directory; no server may be using it.")
    Path store;

    @Override
    public Integer call() {
        if (!Files.isDirectory(store))
            throw new IllegalArgumentException("there is no store in " + store + "; give the directory of an existing cdkg store");
        try (GraphStore gs = GraphStore.open(store)) {
            long before = gs.diskSize();
            long after = gs.compact();
            System.err.printf("cdkg: compacted %s from %,d MB to %,d MB (%d articles)%n", store, before >> 20, after >> 20, gs.articleCount());
        }
        return 0;
    }
}
