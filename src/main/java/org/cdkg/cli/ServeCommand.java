package org.cdkg.cli;

import org.cdkg.pipeline.ArticlePipeline;
import org.cdkg.pipeline.CorpusLoader;
import org.cdkg.pipeline.RunSummary;
import org.cdkg.serve.CdkgServer;
import org.cdkg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "serve", description = "Extract a corpus into a TDB2 store and serve it with Fuseki at /cdkg/sparql.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "DIR", description = "Articles to read (default: none for an existing store, which is served as it is; the bundled examples for a new one).")
    Path corpus;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "store", description = "TDB2 store directory (default: ${DEFAULT-VALUE}); a re-used store skips unchanged articles.")
    Path store;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "localhost", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "File holding the password of the user 'cdkg', the only one allowed to update the store over HTTP (or set CDKG_PASSWORD).")
    Path passwordFile;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--batch", paramLabel = "N",
            description = "Articles per write transaction when loading into a store that has articles (default: ${DEFAULT-VALUE}); a crash loses at most one batch, which the next run redoes.")
    int batch = CorpusLoader.DEFAULT_BATCH;

    @Option(names = "--prune",
            description = "After loading, remove from the store every article whose file is no longer in the corpus, so that the store mirrors it.")
    boolean prune;

    @Option(names = "--bulk-min-articles", paramLabel = "N",
            description = "A corpus of at least N articles going into an empty store is extracted to a file and loaded with TDB2's bulk loader (default: ${DEFAULT-VALUE}).")
    int bulkMinArticles = CorpusLoader.BULK_MIN_ARTICLES;

    @Override
    public Integer call() throws Exception {
        // Without --corpus an existing store is served as it is; a new one gets the bundled examples.
        if (prune && corpus == null) throw new IllegalArgumentException("--prune needs --corpus DIR: the corpus the store should mirror");
        boolean existing = Files.isDirectory(store) && !isEmpty(store);
        RunSummary summary = new RunSummary();
        if (corpus != null || !existing) {
            Path articles = corpus != null ? corpus : bundledExamples();
            try (GraphStore gs = GraphStore.open(store)) {
                summary = new CorpusLoader(ArticlePipeline::new, threads, batch, bulkMinArticles, System.err).load(List.of(articles), gs, prune);
            }
        }
        String password = writerPassword();
        CdkgServer server = CdkgServer.start(store, new CdkgServer.Options(host, port, password, null));
        if (password == null)
            System.err.println("cdkg: updates over HTTP are refused; to allow the user 'cdkg' to make them, start with --password-file FILE or set CDKG_PASSWORD");
        System.out.println("cdkg ready: " + server.sparqlUrl() + " (" + summary + "; full-text index: " + indexWork(server.searchIndexWork()) + ")");
        server.join();
        return 0;
    }

    private static String indexWork(String work) {
        return switch (work) {
            case "nothing" -> "up to date";
            case "added" -> "new articles added";
            default -> "rebuilt";
        };
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private String writerPassword() throws IOException {
        if (passwordFile != null) {
            if (!Files.isRegularFile(passwordFile)) throw new IllegalArgumentException(passwordFile + " does not exist; give a file holding the password");
            String p = Files.readString(passwordFile).strip();
            if (p.isEmpty()) throw new IllegalArgumentException(passwordFile + " is empty; put the password in it");
            return p;
        }
        String env = System.getenv("CDKG_PASSWORD");
        return env == null || env.isBlank() ? null : env.strip();
    }

    /** The example articles ship inside the jar; they are copied out so the corpus reader sees plain files. */
    private static Path bundledExamples() throws IOException {
        Path dir = Files.createTempDirectory("cdkg-examples");
        dir.toFile().deleteOnExit();
        try (InputStream idx = ServeCommand.class.getResourceAsStream("/examples/articles/index.txt")) {
            if (idx == null) throw new IllegalStateException("the bundled examples are missing from this jar; pass --corpus DIR");
            for (String name : new String(idx.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
                if (name.isBlank()) continue;
                try (InputStream in = ServeCommand.class.getResourceAsStream("/examples/articles/" + name.strip())) {
                    if (in == null) continue;
                    Path f = dir.resolve(name.strip());
                    Files.copy(in, f);
                    f.toFile().deleteOnExit();
                }
            }
        }
        return dir;
    }
}
