package org.cdkg.serve;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.FusekiException;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.tdb2.assembler.VocabTDB2;
import org.cdkg.store.GraphStore;
import org.cdkg.store.ReadsNeverAbort;
import org.cdkg.store.StoreException;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The public, read-only SPARQL service over a cdkg store: Fuseki configured by the packaged
 * {@value #CONFIG_RESOURCE}, the same file a stock Fuseki can serve, pointed at the store.
 */
public final class CdkgServer implements AutoCloseable {
    /** Classpath location of the Fuseki configuration. */
    public static final String CONFIG_RESOURCE = "fuseki-config/cdkg.ttl";
    /** Resolves the configuration's relative IRIs ({@code <#service>}); any fixed base would do. */
    private static final String CONFIG_BASE = "urn:x-cdkg:fuseki-config";

    private final FusekiServer server;
    private final String host;
    private final SearchIndex.Work indexing;

    private CdkgServer(FusekiServer server, String host, SearchIndex.Work indexing) {
        this.server = server;
        this.host = host;
        this.indexing = indexing;
    }

    /** What the start did to the full-text index: nothing, added new articles, or rebuilt it. */
    public String searchIndexWork() {
        return indexing.name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Serves the store in {@code storeDir} on {@code host}:{@code port}; port 0 picks a free port.
     *
     * @throws StoreException if there is no usable store in {@code storeDir}
     * @throws IllegalStateException if the address cannot be listened on, e.g. the port is taken
     */
    public static CdkgServer start(Path storeDir, String host, int port) {
        return start(storeDir, new Options(host, port, null, null));
    }

    /**
     * How to serve: address and port; the password of the user "cdkg", who alone may use the
     * update, upload and graph-write endpoints (null: every write is refused, there is no default
     * password); and the query time limit (null: the one in fuseki-config/cdkg.ttl).
     */
    public record Options(String host, int port, String writerPassword, java.time.Duration queryTimeout) {}

    public static CdkgServer start(Path storeDir, Options options) {
        String host = options.host();
        int port = options.port();
        String writerPassword = options.writerPassword();
        if (!Files.isDirectory(storeDir))
            throw new StoreException("there is no store in " + storeDir + "; fill one first with cdkg load or cdkg serve, or give the right directory");
        Path location;
        String fingerprint;
        // Opening the store gives clear errors for a wrong or busy directory. TDB2 then hands the
        // Fuseki assembler the same database, so writes through a GraphStore in this JVM are served.
        try (GraphStore store = GraphStore.open(storeDir)) {
            location = store.directory();
            fingerprint = store.fingerprint();
        }
        Model config = readConfig();
        pointAt(config, location);
        if (options.queryTimeout() != null) limitQueries(config, options.queryTimeout());
        refuseRemoteJsonLdContexts();
        GraphStore store = GraphStore.open(location);
        LinkedDataServlet linkedData = new LinkedDataServlet(store.dataset(), readOntology());
        FusekiServer server;
        try {
            FusekiServer.Builder builder = FusekiServer.create()
                    .port(port)
                    .enableCors(true, null)
                    // Before the configuration, whose update endpoint then gets it: SPARQL Update without LOAD.
                    .registerOperation(org.apache.jena.fuseki.server.Operation.Update,
                            org.apache.jena.riot.WebContent.contentTypeSPARQLUpdate, new UpdateGuard())
                    .parseConfig(config)
                    .passwordFile(passwordFile(writerPassword).toString())
                    .auth(AuthScheme.BASIC)
                    .addFilter("/" + DATASET + "/*", new SparqlGuard())
                    .addFilter(AdminGuard.ADMIN_PATHS, new AdminGuard());
            for (String path : LINKED_DATA_PATHS) builder.addServlet(path, linkedData);
            QueryWorkbench.addTo(builder);
            server = builder.build();
        } catch (org.apache.jena.assembler.exceptions.AssemblerException e) {
            store.close();
            // Lucene allows one writer per index: a second server on the same store cannot open it.
            throw new StoreException("cannot open the full-text index of " + location + " (" + rootCause(e)
                    + "); another server is probably serving this store: stop it, or serve another store", e);
        }
        readsNeverAbort(server);
        DatasetGraphText searchable = searchable(server);
        SearchIndex.Work indexing = SearchIndex.bringUpToDate(searchable, location.resolve(TEXT_INDEX + ".state"), searchConfiguration(), fingerprint);
        QueryWorkbench.routeUiCalls(server.getJettyServer(), DATASET);
        bindTo(server, host);
        try {
            server.start();
        } catch (FusekiException e) {
            server.stop();
            store.close();
            throw new IllegalStateException("cannot serve on " + host + ":" + port + " (" + e.getMessage()
                    + "); choose another port or host, or stop the program using it", e);
        }
        return new CdkgServer(server, host, indexing);
    }

    /** Where the linked-data servlet answers: entity IRIs and documents, the ontology, VoID, dumps, the start page. */
    private static final java.util.List<String> LINKED_DATA_PATHS = java.util.List.of(
            "/id/*", "/doc/*", "/ontology", "/.well-known/void", "/dump.trig.gz", "/dump.nq.gz", "/web/*", "/webjars/*", "");

    /**
     * The Jetty password file for the writer "cdkg". Without a password the file names no one,
     * so authentication is still demanded and always fails.
     */
    private static Path passwordFile(String password) {
        try {
            Path f = Files.createTempFile("cdkg-users", ".properties");
            f.toFile().deleteOnExit();
            try {
                Files.setPosixFilePermissions(f, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Not a POSIX file system: the temporary directory's own protection applies.
            }
            Files.writeString(f, password == null || password.isEmpty() ? "" : "cdkg: " + password + "\n");
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the server's password file", e);
        }
    }

    /** JSON-LD sent to the server (uploads) may name remote contexts; the server never fetches them. */
    private static void refuseRemoteJsonLdContexts() {
        com.apicatalog.jsonld.JsonLdOptions options = new com.apicatalog.jsonld.JsonLdOptions();
        options.setDocumentLoader((url, loaderOptions) -> {
            throw new com.apicatalog.jsonld.JsonLdError(com.apicatalog.jsonld.JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                    "cdkg does not fetch remote JSON-LD contexts (" + url + "); inline the context");
        });
        org.apache.jena.riot.RIOT.getContext().set(org.apache.jena.riot.lang.LangJSONLD11.JSONLD_OPTIONS, options);
    }

    private static Model readOntology() {
        try (InputStream in = CdkgServer.class.getClassLoader().getResourceAsStream(org.cdkg.graph.Cdo.ONTOLOGY_RESOURCE)) {
            if (in == null) throw new IllegalStateException("the ontology is not on the classpath; rebuild cdkg");
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).base(org.cdkg.graph.Cdo.ONTOLOGY_IRI).parse(m);
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Model readConfig() {
        try (InputStream in = CdkgServer.class.getClassLoader().getResourceAsStream(CONFIG_RESOURCE)) {
            if (in == null)
                throw new IllegalStateException(CONFIG_RESOURCE + " is not on the classpath; rebuild cdkg so that it is packaged");
            Model config = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).base(CONFIG_BASE).parse(config);
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the configured query time limit (the ja:context entry named arq:queryTimeout). */
    private static void limitQueries(Model config, java.time.Duration limit) {
        var name = config.createProperty("http://jena.hpl.hp.com/2005/11/Assembler#cxtName");
        var value = config.createProperty("http://jena.hpl.hp.com/2005/11/Assembler#cxtValue");
        List<Statement> entries = config.listStatements(null, name, "arq:queryTimeout").toList();
        if (entries.size() != 1)
            throw new IllegalStateException(CONFIG_RESOURCE + " must have exactly one arq:queryTimeout, it has " + entries.size());
        entries.get(0).getSubject().removeAll(value).addProperty(value, Long.toString(limit.toMillis()));
    }

    /**
     * Replaces the configuration's tdb2:location and text:directory (relative, for a stock Fuseki)
     * with the store's path and its text index inside it.
     */
    private static void pointAt(Model config, Path location) {
        List<Statement> locations = config.listStatements(null, VocabTDB2.pLocation, (RDFNode) null).toList();
        if (locations.size() != 1)
            throw new IllegalStateException(CONFIG_RESOURCE + " must have exactly one tdb2:location, it has " + locations.size());
        locations.get(0).changeObject(location.toString());
        List<Statement> index = config.listStatements(null, TextVocab.pDirectory, (RDFNode) null).toList();
        if (index.size() != 1)
            throw new IllegalStateException(CONFIG_RESOURCE + " must have exactly one text:directory, it has " + index.size());
        index.get(0).changeObject(location.resolve(TEXT_INDEX).toString());
    }

    private static String rootCause(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage().lines().findFirst().orElse(""));
    }

    /** The name fuseki-config/cdkg.ttl gives the dataset: its endpoints are under /cdkg/. */
    static final String DATASET = "cdkg";

    /** The Lucene index sits inside the store directory, next to TDB2's own files. */
    static final String TEXT_INDEX = "text-index";

    /** The served dataset's full-text layer. */
    /** Fuseki's requests reach the store through {@link ReadsNeverAbort}, as cdkg's own do (see there). */
    private static void readsNeverAbort(FusekiServer server) {
        org.apache.jena.fuseki.server.DataAccessPointRegistry registry = server.getDataAccessPointRegistry();
        org.apache.jena.fuseki.server.DataService served = registry.get("/" + DATASET).getDataService();
        org.apache.jena.fuseki.server.DataService.Builder rebuilt = org.apache.jena.fuseki.server.DataService
                .newBuilder(new ReadsNeverAbort(served.getDataset()))
                .setAuthPolicy(served.authPolicy())
                .setPlainOperationChooser(served.getDefaultOperationChooser());
        served.getEndpoints().forEach(rebuilt::addEndpoint);
        org.apache.jena.fuseki.server.DataService service = rebuilt.build();
        service.goActive();
        registry.put("/" + DATASET, new org.apache.jena.fuseki.server.DataAccessPoint("/" + DATASET, service));
    }

    private static DatasetGraphText searchable(FusekiServer server) {
        DatasetGraph served = server.getDataAccessPointRegistry().get("/" + DATASET).getDataService().getDataset();
        DatasetGraph unwrapped = served;
        while (!(unwrapped instanceof DatasetGraphText) && unwrapped instanceof org.apache.jena.sparql.core.DatasetGraphWrapper w) unwrapped = w.getWrapped();
        if (!(unwrapped instanceof DatasetGraphText text))
            throw new IllegalStateException(CONFIG_RESOURCE + " must serve a text:TextDataset");
        return text;
    }

    /** A digest of what decides the index's content: the Fuseki configuration and the ontology. */
    private static String searchConfiguration() {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (String resource : List.of(CONFIG_RESOURCE, org.cdkg.graph.Cdo.ONTOLOGY_RESOURCE))
                try (InputStream in = CdkgServer.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) throw new IllegalStateException(resource + " is not on the classpath; rebuild cdkg");
                    sha.update(in.readAllBytes());
                }
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Fuseki can only bind to localhost or to every interface ({@code loopback}); setting the
     * host on its Jetty connectors before the start binds to exactly the address asked for.
     */
    private static void bindTo(FusekiServer server, String host) {
        for (Connector connector : server.getJettyServer().getConnectors())
            if (connector instanceof ServerConnector serverConnector)
                serverConnector.setHost(host);
    }

    /** The port actually listened on, which differs from the one asked for when that was 0. */
    public int port() {
        return server.getHttpPort();
    }

    public String sparqlUrl() {
        String authority = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + authority + ":" + port() + "/cdkg/sparql";
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        // The index stays open: jena-text enlists it in TDB2's transactions, which outlive the server
        // in this JVM, so its write lock is released only when the JVM ends.
        server.stop();
    }
}
