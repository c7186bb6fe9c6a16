package org.cdkg.bench;

import com.hankcs.hanlp.seg.Segment;
import org.cdkg.clean.ArticleCleaner;
import org.cdkg.document.Article;
import org.cdkg.document.Sentence;
import org.cdkg.graph.GraphBuilder;
import org.cdkg.pipeline.ArticlePipeline;
import org.cdkg.read.ArticleReader;
import org.cdkg.read.UnreadableArticleException;
import org.cdkg.recognise.ChineseSegmenter;
import org.cdkg.recognise.EntityRecognizer;
import org.cdkg.recognise.Gazetteer;
import org.cdkg.relate.DateExtractor;
import org.cdkg.relate.FactExtractor;
import org.cdkg.relate.MeetingExtractor;
import org.cdkg.relate.PositionExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Time per article of each pipeline stage over the bundled example articles, and of HanLP's
 * NER-enabled segmenter alone as the baseline for the segment stage; and the whole pipeline, one
 * article at a time and with the five articles taken through the stages together.
 *
 * <p>Run: {@code mvn -Pbench -DskipTests package && java -jar target/cdkg-bench.jar}
 * (JMH options go after the jar, e.g. {@code -f 1 -wi 1 -i 2}, or a regex such as {@code recognise}).
 *
 * <p>Every stage annotates the {@link Article} it is given, so each benchmark gets fresh articles
 * that the earlier stages have already run on, prepared outside the timed region
 * ({@link Level#Invocation}); one invocation covers all five articles, hence
 * {@link OperationsPerInvocation}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Dfile.encoding=UTF-8"})
@OperationsPerInvocation(StageBenchmark.ARTICLES)
public class StageBenchmark {
    /** The examples listed in examples/articles/index.txt; a constant because JMH divides by it. */
    static final int ARTICLES = 5;
    private static final String EXAMPLES = "/examples/articles/";

    /** The stages, built once per trial as {@link ArticlePipeline} builds them, and the raw example files. */
    @State(Scope.Thread)
    public static class Stages {
        final Gazetteer gazetteer = Gazetteer.bundled();
        final ArticleReader reader = new ArticleReader();
        final ArticleCleaner cleaner = new ArticleCleaner();
        // Also puts the gazetteer's names into HanLP's custom dictionary, which the baseline's
        // segmenter then sees too, as it does inside the pipeline.
        final ChineseSegmenter segmenter = new ChineseSegmenter(gazetteer);
        final EntityRecognizer recognizer = new EntityRecognizer(gazetteer);
        final DateExtractor dates = new DateExtractor();
        final MeetingExtractor meetings = new MeetingExtractor(gazetteer);
        final PositionExtractor positions = new PositionExtractor();
        final FactExtractor facts = new FactExtractor(gazetteer);
        final GraphBuilder graphs = new GraphBuilder();
        final ArticlePipeline pipeline = new ArticlePipeline(gazetteer);
        // The configuration the segment stage uses, so the baseline does the same work.
        final Segment segment = ChineseSegmenter.hanlpSegment();

        final List<String> names = new ArrayList<>();
        final List<byte[]> files = new ArrayList<>();

        /** From the classpath rather than the working directory, so the bench jar runs anywhere. */
        @Setup(Level.Trial)
        public void load() {
            for (String line : new String(resource("index.txt"), StandardCharsets.UTF_8).split("\\R")) {
                if (line.isBlank()) continue;
                names.add(line.strip());
                files.add(resource(line.strip()));
            }
            if (files.size() != ARTICLES)
                throw new IllegalStateException(EXAMPLES + "index.txt lists " + files.size() + " articles; set StageBenchmark.ARTICLES to match");
        }

        private static byte[] resource(String name) {
            try (InputStream in = StageBenchmark.class.getResourceAsStream(EXAMPLES + name)) {
                if (in == null) throw new IllegalStateException(EXAMPLES + name + " is missing from the jar; build with mvn -Pbench package");
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Article read(int i) {
            try {
                return reader.read(names.get(i), files.get(i));
            } catch (UnreadableArticleException e) {
                throw new IllegalStateException(names.get(i) + " " + e.getMessage(), e);
            }
        }

        /** Fresh articles that have been through every stage before {@code stage}. */
        List<Article> before(String stage) {
            List<Article> out = new ArrayList<>(ARTICLES);
            for (int i = 0; i < ARTICLES; i++) {
                Article a = read(i);
                if (stage.equals("clean")) { out.add(a); continue; }
                cleaner.clean(a);
                if (stage.equals("segment")) { out.add(a); continue; }
                segmenter.segment(a);
                if (stage.equals("recognise")) { out.add(a); continue; }
                recognizer.recognise(a);
                if (stage.equals("relate")) { out.add(a); continue; }
                relate(a);
                out.add(a);
            }
            return out;
        }

        /** The relate stage, in ArticlePipeline's order. */
        void relate(Article a) {
            dates.extract(a);
            meetings.extract(a);
            positions.extract(a);
            facts.extract(a);
        }
    }

    @State(Scope.Thread)
    public static class ToClean {
        List<Article> articles;

        @Setup(Level.Invocation)
        public void prepare(Stages s) { articles = s.before("clean"); }
    }

    @State(Scope.Thread)
    public static class ToSegment {
        List<Article> articles;

        @Setup(Level.Invocation)
        public void prepare(Stages s) { articles = s.before("segment"); }
    }

    @State(Scope.Thread)
    public static class ToRecognise {
        List<Article> articles;

        @Setup(Level.Invocation)
        public void prepare(Stages s) { articles = s.before("recognise"); }
    }

    @State(Scope.Thread)
    public static class ToRelate {
        List<Article> articles;

        @Setup(Level.Invocation)
        public void prepare(Stages s) { articles = s.before("relate"); }
    }

    @State(Scope.Thread)
    public static class ToGraph {
        List<Article> articles;

        @Setup(Level.Invocation)
        public void prepare(Stages s) { articles = s.before("graph"); }
    }

    /**
     * The Chinese sentences of the cleaned, simplified text, cut exactly as the recognise stage
     * cuts them before segmenting; strings are immutable, so one set serves the whole trial.
     */
    @State(Scope.Thread)
    public static class Sentences {
        final List<String> sentences = new ArrayList<>();

        @Setup(Level.Trial)
        public void prepare(Stages s) {
            for (Article a : s.before("segment"))
                for (Sentence sentence : a.sentences())
                    if (sentence.lang() == Sentence.Lang.ZH)
                        sentences.add(a.simplified().substring(sentence.start(), sentence.end()));
        }
    }

    @Benchmark
    public void read(Stages s, Blackhole bh) {
        for (int i = 0; i < ARTICLES; i++) bh.consume(s.read(i));
    }

    @Benchmark
    public void clean(Stages s, ToClean in, Blackhole bh) {
        for (Article a : in.articles) {
            s.cleaner.clean(a);
            bh.consume(a.simplified());
        }
    }

    @Benchmark
    public void segment(Stages s, ToSegment in, Blackhole bh) {
        for (Article a : in.articles) {
            s.segmenter.segment(a);
            bh.consume(a);
        }
    }

    @Benchmark
    public void recognise(Stages s, ToRecognise in, Blackhole bh) {
        for (Article a : in.articles) {
            s.recognizer.recognise(a);
            bh.consume(a.mentions().size());
        }
    }

    @Benchmark
    public void relate(Stages s, ToRelate in, Blackhole bh) {
        for (Article a : in.articles) {
            s.relate(a);
            bh.consume(a.facts().size() + a.meetings().size());
        }
    }

    @Benchmark
    public void graph(Stages s, ToGraph in, Blackhole bh) {
        for (Article a : in.articles) bh.consume(s.graphs.build(a));
    }

    /** read → clean → segment → recognise → relate → graph, from the file's bytes, one article at a time. */
    @Benchmark
    public void pipeline(Stages s, Blackhole bh) {
        for (int i = 0; i < ARTICLES; i++) bh.consume(s.pipeline.process(s.read(i)));
    }

    /** The same, with the five articles taken through the stages together, as the corpus loader does with its runs. */
    @Benchmark
    public void pipelineTogether(Stages s, Blackhole bh) throws Exception {
        List<Article> articles = new ArrayList<>(ARTICLES);
        for (int i = 0; i < ARTICLES; i++) articles.add(s.read(i));
        for (ArticlePipeline.Extraction x : s.pipeline.extract(articles)) bh.consume(x.graph());
    }

    /** The baseline for segment and recognise: HanLP's segmenter with its recognisers on, nothing of ours. */
    @Benchmark
    public void hanlpSegment(Stages s, Sentences in, Blackhole bh) {
        for (String sentence : in.sentences) bh.consume(s.segment.seg(sentence));
    }
}
