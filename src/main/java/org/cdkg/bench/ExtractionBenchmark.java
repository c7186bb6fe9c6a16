package org.cdkg.bench;

import com.hankcs.hanlp.seg.Segment;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.cdkg.document.Article;
import org.cdkg.document.Sentence;
import org.cdkg.graph.ArticleGraph;
import org.cdkg.pipeline.ArticlePipeline;
import org.cdkg.read.UnreadableArticleException;
import org.cdkg.recognise.EntityRecognizer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Whole-pipeline extraction against HanLP's NER-enabled segmenter alone, on the same text in the
 * same run: the cleaned, simplified text of each article, sentence by sentence, which is what the
 * recognise stage hands HanLP. Characters are counted in that text for both.
 */
public final class ExtractionBenchmark {
    /** Throughput of one measured run. */
    public record Throughput(String what, int threads, int articles, long chars, double seconds) {
        public double charsPerSecond() { return chars / seconds; }
        public double articlesPerSecond() { return articles / seconds; }
    }

    /** The figures of one benchmark: HanLP alone, and the pipeline at each thread count. */
    public record Result(Throughput hanlp, List<Throughput> pipeline, boolean sameOutputAtEveryThreadCount) {}

    private final List<Path> files;
    private final int rounds;

    /** @param rounds how many times each measurement goes over the files; the first pass warms up and is not counted */
    public ExtractionBenchmark(List<Path> files, int rounds) {
        if (files.isEmpty()) throw new IllegalArgumentException("no articles to benchmark");
        this.files = List.copyOf(files);
        this.rounds = Math.max(1, rounds);
    }

    public Result run(int... threadCounts) throws Exception {
        List<String> sentences = new ArrayList<>();
        long chars = 0;
        ArticlePipeline preparer = new ArticlePipeline();
        int readable = 0;
        for (Path f : files) {
            try {
                Article a = preparer.read(f);
                preparer.process(a);
                readable++;
                chars += a.simplified().length();
                for (Sentence s : a.sentences()) sentences.add(a.simplified().substring(s.start(), s.end()));
            } catch (UnreadableArticleException | RuntimeException e) {
                // Counted by neither side: both measure the same readable articles.
            }
        }
        Throughput hanlp = hanlp(sentences, readable, chars);
        List<Throughput> runs = new ArrayList<>();
        String[] reference = null;
        boolean same = true;
        for (int t : threadCounts) {
            String[] digests = new String[files.size()];
            runs.add(pipeline(t, digests, readable, chars));
            if (reference == null) reference = digests;
            else same &= Arrays.equals(reference, digests);
        }
        return new Result(hanlp, runs, same);
    }

    private Throughput hanlp(List<String> sentences, int articles, long chars) {
        Segment segment = EntityRecognizer.hanlpSegment();
        long checksum = 0;
        for (String s : sentences) checksum += segment.seg(s).size();
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++)
            for (String s : sentences) checksum += segment.seg(s).size();
        double seconds = (System.nanoTime() - start) / 1e9 / rounds;
        if (checksum < 0) throw new IllegalStateException("unreachable: keeps the segmentation from being optimised away");
        return new Throughput("HanLP NER segmenter", 1, articles, chars, seconds);
    }

    /** Each thread has its own pipeline and takes the next file; digests record each article's graph. */
    private Throughput pipeline(int threads, String[] digests, int articles, long chars) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        ThreadLocal<ArticlePipeline> pipelines = ThreadLocal.withInitial(ArticlePipeline::new);
        try {
            // The warm-up pass records the digests, so that writing them out is not timed.
            passOver(pool, threads, pipelines, digests);
            long start = System.nanoTime();
            for (int r = 0; r < rounds; r++) passOver(pool, threads, pipelines, null);
            double seconds = (System.nanoTime() - start) / 1e9 / rounds;
            return new Throughput("cdkg pipeline", threads, articles, chars, seconds);
        } finally {
            pool.shutdownNow();
        }
    }

    private void passOver(ExecutorService pool, int threads, ThreadLocal<ArticlePipeline> pipelines, String[] digests) throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++)
            workers.add(pool.submit(() -> {
                ArticlePipeline p = pipelines.get();
                for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                    try {
                        ArticleGraph g = p.process(files.get(i));
                        if (digests != null) digests[i] = digest(g.model());
                    } catch (UnreadableArticleException | RuntimeException e) {
                        if (digests != null) digests[i] = "failed";
                    }
                }
                return null;
            }));
        for (Future<?> w : workers) w.get();
    }

    /** A digest of the graph's sorted N-Triples: equal graphs (cdkg mints no blank nodes) give equal digests. */
    static String digest(Model m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, m, RDFFormat.NTRIPLES_UTF8);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        Arrays.sort(lines);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String l : lines) sha.update(l.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
