package org.cdkg.cli;

import org.cdkg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "load", description = "Load TriG or N-Quads files into a TDB2 store (each named graph replaces the one of the same name).")
final class LoadCommand implements Callable<Integer> {
    @Option(names = "--store", required = true, paramLabel = "DIR", description = "TDB2 store directory (created if missing).")
    Path store;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Option(names = "--bulk", description = "Stream the files into a new, empty store with TDB2's bulk loader: much faster for large dumps.")
    boolean bulk;

    @Override
    public Integer call() {
        try (GraphStore gs = GraphStore.open(store)) {
            if (bulk) gs.bulkLoad(files);
            gs.ensureOntology();
            if (!bulk) for (Path f : files) gs.loadQuads(f);
            System.err.println("cdkg: " + gs.articleCount() + " articles, " + gs.quadCount() + " quads in " + store);
        }
        return 0;
    }
}
