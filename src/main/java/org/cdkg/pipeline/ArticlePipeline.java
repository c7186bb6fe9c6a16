package org.cdkg.pipeline;

import org.cdkg.clean.ArticleCleaner;
import org.cdkg.document.Article;
import org.cdkg.graph.ArticleGraph;
import org.cdkg.graph.GraphBuilder;
import org.cdkg.read.ArticleLimits;
import org.cdkg.read.ArticleReader;
import org.cdkg.read.UnreadableArticleException;
import org.cdkg.recognise.EntityRecognizer;
import org.cdkg.recognise.Gazetteer;
import org.cdkg.relate.DateExtractor;
import org.cdkg.relate.FactExtractor;
import org.cdkg.relate.MeetingExtractor;
import org.cdkg.relate.PositionExtractor;

import java.nio.file.Path;

/**
 * The stages in the order data flows through them: read → clean → recognise → relate → graph.
 * Each adds its annotations to the one {@link Article}; the result is the article's graph.
 */
public final class ArticlePipeline {
    private final ArticleReader reader = new ArticleReader();
    private final ArticleCleaner cleaner = new ArticleCleaner();
    private final EntityRecognizer recognizer;
    private final DateExtractor dates = new DateExtractor();
    private final MeetingExtractor meetings;
    private final PositionExtractor positions = new PositionExtractor();
    private final FactExtractor facts;
    private final GraphBuilder graphs = new GraphBuilder();

    public ArticlePipeline() {
        this(Gazetteer.bundled());
    }

    public ArticlePipeline(Gazetteer gazetteer) {
        this.recognizer = new EntityRecognizer(gazetteer);
        this.facts = new FactExtractor(gazetteer);
        this.meetings = new MeetingExtractor(gazetteer);
    }

    public Article read(Path file) throws UnreadableArticleException {
        return reader.read(file);
    }

    /** Runs every stage after reading, whatever the text: it never refuses an article. */
    public ArticleGraph process(Article a) {
        cleaner.clean(a);
        return analyse(a);
    }

    /**
     * Runs every stage after reading, as a corpus is loaded: an article with no text left after
     * cleaning, or with more than {@link ArticleLimits#MAX_TEXT_CHARS}, is refused before the
     * costly stages, so it never reaches the store.
     */
    public ArticleGraph extract(Article a) throws UnreadableArticleException {
        cleaner.clean(a);
        if (a.body().text().isBlank())
            throw new UnreadableArticleException("has no article text once markup, menus and boilerplate are removed; check that it is an article page, not an index, a redirect or an error page");
        ArticleLimits.checkText(a.body().text().length());
        return analyse(a);
    }

    private ArticleGraph analyse(Article a) {
        recognizer.recognise(a);
        dates.extract(a);
        meetings.extract(a);
        positions.extract(a);
        facts.extract(a);
        return graphs.build(a);
    }

    public ArticleGraph process(Path file) throws UnreadableArticleException {
        return process(read(file));
    }
}
