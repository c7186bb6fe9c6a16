package org.cdkg.bench;

import com.hankcs.hanlp.seg.Segment;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.cdkg.document.Article;
import org.cdkg.document.Sentence;
import org.cdkg.graph.ArticleGraph;
import org.cdkg.pipeline.ArticlePipeline;
import org.cdkg.pipeline.BatchPlan;
import org.cdkg.read.UnreadableArticleException;
import org.cdkg.recognise.ChineseSegmenter;

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

/**
 * Whole-pipeline extraction against HanLP's NER-enabled segmenter alone, on the same text in the
 * same run: the cleaned, simplified text of each article, sentence by sentence (all of it,
 * although the pipeline hands HanLP only the Chinese sentences). Characters are counted in that
 * text for both.
 * <p>
 * The measurements take turns, round after round (HanLP, then the pipeline at each thread count),
 * and each figure is the median over the rounds: on a shared machine whose speed drifts, a ratio
 * of two passes timed minutes apart measures the drift as much as the code.
 */
public final class ExtractionBenchmark {
    /** Throughput of one measurement: the median pass over the rounds. */
    public record Throughput(String what, int threads, int articles, long chars, double seconds) {
        public double charsPerSecond() { return chars / seconds; }
        public double articlesPerSecond() { return articles / seconds; }
    }

    /**
     * The pipeline at one thread count: its median throughput; its speed as a fraction of HanLP's
     * on one core, taken in each round against that round's HanLP pass (median, lowest, highest);
     * and its speed-up over the first thread count, also taken within each round (median).
     */
    public record PipelineRun(Throughput throughput, double ratio, double lowestRatio, double highestRatio, double speedUp) {}

    /** The figures of one benchmark: HanLP alone, and the pipeline at each thread count. */
    public record Result(Throughput hanlp, List<PipelineRun> pipeline, int rounds, boolean sameOutputAtEveryThreadCount) {}

    private final List<Path> files;
    private final int rounds;

    /** @param rounds how many timed passes each measurement makes, taking turns; a first, untimed pass of each warms up */
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
                preparer.extract(a);
                readable++;
                chars += a.simplified().length();
                for (Sentence s : a.sentences()) sentences.add(a.simplified().substring(s.start(), s.end()));
            } catch (UnreadableArticleException | RuntimeException e) {
                // Counted by neither side: both measure the same readable articles.
            }
        }
        Segment segment = ChineseSegmenter.hanlpSegment();
        ExecutorService[] pools = new ExecutorService[threadCounts.length];
        ThreadLocal<ArticlePipeline> pipelines = ThreadLocal.withInitial(ArticlePipeline::new);
        try {
            // Warm-up: every measurement once, untimed; the pipeline passes record each article's graph.
            hanlpPass(segment, sentences);
            String[] reference = null;
            boolean same = true;
            for (int k = 0; k < threadCounts.length; k++) {
                pools[k] = Executors.newFixedThreadPool(threadCounts[k]);
                String[] digests = new String[files.size()];
                passOver(pools[k], threadCounts[k], pipelines, digests);
                if (reference == null) reference = digests;
                else same &= Arrays.equals(reference, digests);
            }
            double[] hanlpSeconds = new double[rounds];
            double[][] pipelineSeconds = new double[threadCounts.length][rounds];
            for (int r = 0; r < rounds; r++) {
                hanlpSeconds[r] = hanlpPass(segment, sentences);
                for (int k = 0; k < threadCounts.length; k++) {
                    long start = System.nanoTime();
                    passOver(pools[k], threadCounts[k], pipelines, null);
                    pipelineSeconds[k][r] = (System.nanoTime() - start) / 1e9;
                }
            }
            Throughput hanlp = new Throughput("HanLP NER segmenter", 1, readable, chars, median(hanlpSeconds));
            List<PipelineRun> runs = new ArrayList<>();
            for (int k = 0; k < threadCounts.length; k++) {
                double[] ratios = new double[rounds], speedUps = new double[rounds];
                for (int r = 0; r < rounds; r++) {
                    ratios[r] = hanlpSeconds[r] / pipelineSeconds[k][r];
                    speedUps[r] = pipelineSeconds[0][r] / pipelineSeconds[k][r];
                }
                Arrays.sort(ratios);
                runs.add(new PipelineRun(new Throughput("cdkg pipeline", threadCounts[k], readable, chars, median(pipelineSeconds[k])),
                        median(ratios), ratios[0], ratios[rounds - 1], median(speedUps)));
            }
            return new Result(hanlp, runs, rounds, same);
        } finally {
            for (ExecutorService pool : pools) if (pool != null) pool.shutdownNow();
        }
    }

    private static double hanlpPass(Segment segment, List<String> sentences) {
        long checksum = 0;
        long start = System.nanoTime();
        for (String s : sentences) checksum += segment.seg(s).size();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (checksum < 0) throw new IllegalStateException("unreachable: keeps the segmentation from being optimised away");
        return seconds;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Each thread has its own pipeline and takes the next run of files, as the corpus loader does; digests record each article's graph. */
    private void passOver(ExecutorService pool, int threads, ThreadLocal<ArticlePipeline> pipelines, String[] digests) throws Exception {
        BatchPlan plan = new BatchPlan(files.size(), threads);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++)
            workers.add(pool.submit(() -> {
                ArticlePipeline p = pipelines.get();
                for (int[] run = plan.next(); run != null; run = plan.next()) {
                    List<Article> batch = new ArrayList<>();
                    List<Integer> where = new ArrayList<>();
                    long chars = 0;
                    for (int i = run[0]; i < run[1]; i++) {
                        try {
                            Article a = p.read(files.get(i));
                            batch.add(a);
                            where.add(i);
                            chars += a.original().length();
                        } catch (UnreadableArticleException | RuntimeException e) {
                            if (digests != null) digests[i] = "failed";
                        }
                        if (ArticlePipeline.runIsFull(batch.size(), chars) || i == run[1] - 1) {
                            extractInto(p, batch, where, digests);
                            batch.clear();
                            where.clear();
                            chars = 0;
                        }
                    }
                }
                return null;
            }));
        for (Future<?> w : workers) w.get();
    }

    private static void extractInto(ArticlePipeline p, List<Article> batch, List<Integer> where, String[] digests) {
        List<ArticlePipeline.Extraction> extracted = p.extract(batch);
        for (int k = 0; k < extracted.size(); k++) {
            try {
                ArticleGraph g = extracted.get(k).graph();
                if (digests != null) digests[where.get(k)] = digest(g.model());
            } catch (UnreadableArticleException | RuntimeException e) {
                if (digests != null) digests[where.get(k)] = "failed";
            }
        }
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
