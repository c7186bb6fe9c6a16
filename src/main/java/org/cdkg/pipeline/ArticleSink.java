package org.cdkg.pipeline;

import org.cdkg.graph.ArticleGraph;

import java.util.Map;

/** Where a {@link CorpusLoader} puts the article graphs it extracts, in file order, on one thread. */
public interface ArticleSink {
    /**
     * Whether an article with this IRI and content hash is already there, so it need not be
     * extracted. Called from the extraction workers, so it must be safe to call concurrently.
     */
    default boolean isCurrent(String articleIri, String contentHash) {
        return false;
    }

    /**
     * The articles already there (before this run) whose file had these bytes: IRI to file name.
     * Called from the extraction workers, so it must be safe to call concurrently.
     */
    default Map<String, String> articlesWithContent(String contentHash) {
        return Map.of();
    }

    /** Whether an article with this IRI is already there. Safe to call concurrently. */
    default boolean has(String articleIri) {
        return false;
    }

    void write(ArticleGraph graph);

    /** Removes an article written before this run; returns whether there was one. Called in file order, like {@link #write}. */
    default boolean remove(String articleIri) {
        return false;
    }

    /** Called once after the last article; not called when the run stops on an error. */
    default void finish() {}

    /** Called instead of {@link #finish()} when the run stops on an error: nothing unfinished may be kept. */
    default void abandon() {}
}
