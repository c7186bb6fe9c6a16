package org.cdkg.pipeline;

import org.cdkg.clean.ArticleCleaner;
import org.cdkg.document.Article;
import org.cdkg.graph.ArticleGraph;
import org.cdkg.read.ArticleLimits;
import org.cdkg.read.ArticleReader;
import org.cdkg.read.UnreadableArticleException;
import org.cdkg.recognise.EntityRecognizer;
import org.cdkg.recognise.Gazetteer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Articles taken through the stages together get exactly the graphs they get one at a time. */
class ArticlePipelineTest {
    private static final ArticleReader READER = new ArticleReader();

    private static List<Path> corpus() {
        return Corpus.files(List.of(Path.of("examples/articles"), Path.of("src/test/resources/articles")));
    }

    @Test
    void aBatchGivesEachArticleTheGraphItGetsAlone() throws Exception {
        List<Path> files = corpus();
        assertTrue(files.size() >= 20, "the example and test articles: " + files.size());
        ArticlePipeline alone = new ArticlePipeline();
        List<ArticleGraph> expected = new ArrayList<>();
        for (Path f : files) expected.add(alone.extract(READER.read(f)));

        // A batch with articles that are refused in the middle of it: one with no text once
        // cleaned, one with more text than an article may have.
        List<Article> batch = new ArrayList<>();
        for (Path f : files) batch.add(READER.read(f));
        batch.add(3, READER.read("front-matter-only.md", "---\ntitle: Nothing below\n---\n\n   \n".getBytes(StandardCharsets.UTF_8)));
        batch.add(9, READER.read("too-long.txt", "气候变化谈判。".repeat(ArticleLimits.MAX_TEXT_CHARS / 7 + 10).getBytes(StandardCharsets.UTF_8)));

        List<ArticlePipeline.Extraction> out = new ArticlePipeline().extract(batch);
        assertEquals(batch.size(), out.size());
        UnreadableArticleException empty = assertThrows(UnreadableArticleException.class, () -> out.get(3).graph());
        assertTrue(empty.getMessage().contains("no article text"), empty.getMessage());
        assertThrows(UnreadableArticleException.class, () -> out.get(9).graph());
        out.remove(9);
        out.remove(3);
        for (int i = 0; i < files.size(); i++) {
            ArticleGraph got = out.get(i).graph();
            assertEquals(expected.get(i).iri(), got.iri());
            assertTrue(expected.get(i).model().isIsomorphicWith(got.model()), files.get(i) + " differs in a batch");
        }
    }

    @Test
    void recognitionNeedsTheSegmenterFirst() throws Exception {
        Article a = READER.read("unsegmented.txt", "中国气候变化事务特使解振华出席会议。".getBytes(StandardCharsets.UTF_8));
        new ArticleCleaner().clean(a);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new EntityRecognizer(Gazetteer.bundled()).recognise(a));
        assertTrue(e.getMessage().contains("unsegmented.txt") && e.getMessage().contains("segment"), e.getMessage());
    }
}
