package org.cdkg.cli;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.cdkg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "query", description = "Run a SPARQL query file against a store and print a table.")
final class QueryCommand implements Callable<Integer> {
    @Option(names = "--store", required = true, paramLabel = "DIR")
    Path store;

    @Parameters(index = "0", paramLabel = "FILE.rq")
    Path file;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException(file + " does not exist; give a .rq file");
        Query q = QueryFactory.create(Files.readString(file));
        try (GraphStore gs = GraphStore.open(store)) {
            Txn.executeRead(gs.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(gs.dataset()).query(q).set(TDB2.symUnionDefaultGraph, true).build()) {
                    if (q.isSelectType()) ResultSetFormatter.out(System.out, qe.execSelect(), q);
                    else if (q.isAskType()) System.out.println(qe.execAsk());
                    else org.apache.jena.riot.RDFDataMgr.write(System.out, q.isConstructType() ? qe.execConstruct() : qe.execDescribe(), org.apache.jena.riot.Lang.TURTLE);
                }
            });
        }
        return 0;
    }
}
