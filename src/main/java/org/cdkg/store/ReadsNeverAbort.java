package org.cdkg.store;

import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;

/**
 * A dataset whose read transactions end instead of aborting. A served store has jena-text's
 * index enlisted in every TDB2 transaction, and jena-text answers any abort, even of a read, by
 * rolling back the one Lucene writer that all transactions share. A reader that failed (a
 * query cut off by the time limit, a client gone mid-answer) could so discard what a concurrent
 * writer had indexed, or make the writer's commit fail; ConcurrentLoadTest caught it.
 * A read changes nothing, so ending it is all an abort of it needs to do.
 */
public final class ReadsNeverAbort extends DatasetGraphWrapper {
    public ReadsNeverAbort(DatasetGraph dsg) {
        super(dsg);
    }

    @Override
    public void abort() {
        if (isInTransaction() && transactionMode() == ReadWrite.READ) end();
        else super.abort();
    }
}
