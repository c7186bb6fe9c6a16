package org.cdkg.pipeline;

import org.cdkg.clean.ArticleCleaner;
import org.cdkg.document.Article;
import org.cdkg.graph.ArticleGraph;
import org.cdkg.graph.GraphBuilder;
import org.cdkg.read.ArticleLimits;
import org.cdkg.read.ArticleReader;
import org.cdkg.read.UnreadableArticleException;
import org.cdkg.recognise.ChineseSegmenter;
import org.cdkg.recognise.EntityRecognizer;
import org.cdkg.recognise.Gazetteer;
import org.cdkg.relate.DateExtractor;
import org.cdkg.relate.FactExtractor;
import org.cdkg.relate.MeetingExtractor;
import org.cdkg.relate.PositionExtractor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The stages in the order data flows through them: read → clean → recognise (segment, then
 * recognise) → relate → graph. Each adds its annotations to the one {@link Article}; the result
 * is the article's graph.
 * <p>
 * Several articles can go through together, one stage at a time over all of them: each stage's
 * code and data (HanLP's dictionaries above all, which are far larger than the CPU caches) then
 * stay warm from one article to the next instead of being pushed out by the other stages. An
 * article's graph is the same either way; only the order of the work changes.
 */
public final class ArticlePipeline {
    /** How many articles a caller should hand {@link #extract(List)} at a time: past this, the gain is gone and only memory grows. */
    public static final int BATCH = 32;
    /**
     * Characters of file text a run holds at most before it is extracted, whatever its length:
     * a run of 32 files near the 64 MB limit would otherwise hold gigabytes at once.
     */
    public static final long BATCH_CHARS = 4_000_000;

    /** Whether a run of articles read so far, with this much original text, should be extracted before more is read. */
    public static boolean runIsFull(int articles, long chars) {
        return articles >= BATCH || chars >= BATCH_CHARS;
    }

    private final ArticleReader reader = new ArticleReader();
    private final ArticleCleaner cleaner = new ArticleCleaner();
    private final ChineseSegmenter segmenter;
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
        this.segmenter = new ChineseSegmenter(gazetteer);
        this.recognizer = new EntityRecognizer(gazetteer);
        this.facts = new FactExtractor(gazetteer);
        this.meetings = new MeetingExtractor(gazetteer);
    }

    /** What became of one article of a batch: its graph, or why it has none. */
    public static final class Extraction {
        private final Article article;
        private ArticleGraph graph;
        private Throwable failure;

        private Extraction(Article article) {
            this.article = article;
        }

        public Article article() { return article; }

        /** The article's graph; throws what refused or broke this article, if anything did. */
        public ArticleGraph graph() throws UnreadableArticleException {
            if (failure instanceof UnreadableArticleException refused) throw refused;
            if (failure instanceof RuntimeException broken) throw broken;
            if (failure instanceof Error broken) throw broken;
            return graph;
        }
    }

    /** One stage's work on one article. */
    @FunctionalInterface
    private interface Stage {
        void run(Article a) throws UnreadableArticleException;
    }

    public Article read(Path file) throws UnreadableArticleException {
        return reader.read(file);
    }

    public ArticleGraph process(Path file) throws UnreadableArticleException {
        return process(read(file));
    }

    /** Runs every stage after reading, whatever the text: it never refuses an article. */
    public ArticleGraph process(Article a) {
        try {
            return run(List.of(a), false).get(0).graph();
        } catch (UnreadableArticleException e) {
            throw new IllegalStateException("unreachable: processing refuses no article", e);
        }
    }

    /**
     * Runs every stage after reading, as a corpus is loaded: an article with no text left after
     * cleaning, or with more than {@link ArticleLimits#MAX_TEXT_CHARS}, is refused before the
     * costly stages, so it never reaches the store.
     */
    public ArticleGraph extract(Article a) throws UnreadableArticleException {
        return extract(List.of(a)).get(0).graph();
    }

    /**
     * {@link #extract(Article)} for several articles at once, stage by stage. Each article's
     * outcome is its own: one that is refused, or breaks a stage, drops out and the others go on.
     */
    public List<Extraction> extract(List<Article> articles) {
        return run(articles, true);
    }

    private List<Extraction> run(List<Article> articles, boolean refuseEmpty) {
        List<Extraction> batch = new ArrayList<>(articles.size());
        for (Article a : articles) batch.add(new Extraction(a));
        each(batch, a -> {
            cleaner.clean(a);
            if (refuseEmpty) refuseUnfit(a);
        });
        each(batch, segmenter::segment);
        each(batch, recognizer::recognise);
        each(batch, dates::extract);
        each(batch, meetings::extract);
        each(batch, positions::extract);
        each(batch, facts::extract);
        for (Extraction x : batch) {
            if (x.failure != null) continue;
            try {
                x.graph = graphs.build(x.article);
            } catch (RuntimeException | StackOverflowError e) {
                x.failure = e;
            }
        }
        return batch;
    }

    private static void refuseUnfit(Article a) throws UnreadableArticleException {
        if (a.body().text().isBlank())
            throw new UnreadableArticleException("has no article text once markup, menus and boilerplate are removed; check that it is an article page, not an index, a redirect or an error page");
        ArticleLimits.checkText(a.body().text().length());
    }

    /** Runs a stage over the articles still in the batch; deep recursion in a regex on one odd text is that article's failure. */
    private static void each(List<Extraction> batch, Stage stage) {
        for (Extraction x : batch) {
            if (x.failure != null) continue;
            try {
                stage.run(x.article);
            } catch (UnreadableArticleException | RuntimeException | StackOverflowError e) {
                x.failure = e;
            }
        }
    }
}
