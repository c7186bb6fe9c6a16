package org.cdkg.pipeline;

import org.cdkg.document.Article;
import org.cdkg.read.ArticleReader;

import java.nio.charset.StandardCharsets;

/** Runs the real pipeline (bundled gazetteer, HanLP) over a text written in a test. */
public final class Extracted {
    private static ArticlePipeline pipeline;

    private Extracted() {}

    public static synchronized Article from(String fileName, String text) {
        if (pipeline == null) pipeline = new ArticlePipeline();
        try {
            Article a = new ArticleReader().read(fileName, text.getBytes(StandardCharsets.UTF_8));
            pipeline.process(a);
            return a;
        } catch (Exception e) {
            throw new AssertionError("pipeline failed on test text " + fileName, e);
        }
    }
}
