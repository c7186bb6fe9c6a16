package org.cdkg.pipeline;

import org.cdkg.document.Article;
import org.cdkg.graph.ArticleGraph;
import org.cdkg.graph.GraphBuilder;
import org.cdkg.read.UnreadableArticleException;
import org.cdkg.store.GraphStore;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Extracts a corpus into a store, one article at a time: an article whose file is unchanged
 * since it was loaded is skipped; a new or changed one replaces its graph in one transaction;
 * a bad one is reported on one line and the rest go on.
 */
public final class CorpusLoader {
    private final ArticlePipeline pipeline;
    private final PrintStream errors;

    public CorpusLoader(ArticlePipeline pipeline, PrintStream errors) {
        this.pipeline = pipeline;
        this.errors = errors;
    }

    public RunSummary load(List<Path> roots, GraphStore store) {
        RunSummary summary = new RunSummary();
        store.ensureOntology();
        for (Path f : Corpus.files(roots)) load(f, store, summary);
        return summary;
    }

    private void load(Path f, GraphStore store, RunSummary summary) {
        try {
            Article article = pipeline.read(f);
            if (store.isCurrent(GraphBuilder.articleIri(article.fileName()), article.contentHash())) {
                summary.unchanged();
                return;
            }
            ArticleGraph g = pipeline.process(article);
            store.replaceArticle(g.iri(), g.model());
            summary.extracted();
        } catch (UnreadableArticleException e) {
            errors.println("cdkg: " + f + " " + e.getMessage());
            summary.failed();
        } catch (RuntimeException e) {
            errors.println("cdkg: " + f + " could not be extracted (" + oneLine(e) + "); it was skipped, the others were loaded");
            summary.failed();
        }
    }

    static String oneLine(Throwable t) {
        String m = t.getMessage();
        return (m == null || m.isBlank() ? t.getClass().getSimpleName() : m).replace('\n', ' ');
    }
}
