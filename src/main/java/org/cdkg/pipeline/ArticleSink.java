package org.cdkg.pipeline;

import org.cdkg.graph.ArticleGraph;

/** Where a {@link CorpusLoader} puts the article graphs it extracts, in file order, on one thread. */
public interface ArticleSink {
    /**
     * Whether an article with this IRI and content hash is already there, so it need not be
     * extracted. Called from the extraction workers, so it must be safe to call concurrently.
     */
    default boolean isCurrent(String articleIri, String contentHash) {
        return false;
    }

    void write(ArticleGraph graph);

    /** Called once after the last article; not called when the run stops on an error. */
    default void finish() {}

    /** Called instead of {@link #finish()} when the run stops on an error: nothing unfinished may be kept. */
    default void abandon() {}
}
