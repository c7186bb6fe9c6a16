package org.cdkg.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The benchmark's own arithmetic and its thread-count check, on the example articles (figures are not asserted). */
class ExtractionBenchmarkTest {
    @Test
    void measuresBothSidesOnTheSameTextAndComparesOutputs() throws Exception {
        List<Path> files = org.cdkg.pipeline.Corpus.files(List.of(Path.of("examples/articles")));
        ExtractionBenchmark.Result r = new ExtractionBenchmark(files, 3).run(1, 2);
        assertEquals(5, r.hanlp().articles());
        assertEquals(3, r.rounds());
        assertTrue(r.hanlp().chars() > 5_000, "the cleaned text of five articles");
        assertEquals(List.of(1, 2), r.pipeline().stream().map(p -> p.throughput().threads()).toList());
        for (ExtractionBenchmark.PipelineRun p : r.pipeline()) {
            ExtractionBenchmark.Throughput t = p.throughput();
            assertEquals(r.hanlp().chars(), t.chars(), "the same text on both sides");
            assertTrue(t.seconds() > 0);
            // The median ratio of the rounds lies within their range.
            assertTrue(p.lowestRatio() > 0 && p.lowestRatio() <= p.ratio() && p.ratio() <= p.highestRatio(), p.toString());
            assertTrue(p.speedUp() > 0, p.toString());
        }
        assertEquals(1.0, r.pipeline().get(0).speedUp(), 1e-9, "the first thread count against itself");
        assertTrue(r.sameOutputAtEveryThreadCount());
    }

    @Test
    void percentilesPickTheRankedValue() {
        List<Double> values = List.of(5.0, 1.0, 4.0, 2.0, 3.0, 10.0, 9.0, 8.0, 7.0, 6.0);
        assertEquals(5.0, QueryBenchmark.percentile(values, 50));
        assertEquals(10.0, QueryBenchmark.percentile(values, 99));
        assertTrue(Double.isNaN(QueryBenchmark.percentile(List.of(), 50)));
    }
}
