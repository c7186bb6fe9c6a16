package org.cdkg.pipeline;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class BatchPlanTest {
    private static List<int[]> runs(int files, int workers) {
        BatchPlan plan = new BatchPlan(files, workers);
        List<int[]> out = new ArrayList<>();
        for (int[] r = plan.next(); r != null; r = plan.next()) out.add(r);
        return out;
    }

    @Test
    void everyFileOnceInConsecutiveRunsThatShrinkTowardsTheEnd() {
        for (int files : new int[]{1, 7, 100, 1000, 100_003})
            for (int workers : new int[]{1, 2, 8}) {
                List<int[]> runs = runs(files, workers);
                int expectedStart = 0;
                for (int[] r : runs) {
                    assertEquals(expectedStart, r[0], "consecutive");
                    assertTrue(r[1] > r[0] && r[1] - r[0] <= ArticlePipeline.BATCH, "between one file and a batch");
                    expectedStart = r[1];
                }
                assertEquals(files, expectedStart, "every file handed out");
                if (files >= 4 * workers * ArticlePipeline.BATCH) {
                    assertEquals(ArticlePipeline.BATCH, runs.get(0)[1] - runs.get(0)[0], "full batches while plenty is left");
                    int[] last = runs.get(runs.size() - 1);
                    assertEquals(1, last[1] - last[0], "the last run is a single file");
                }
            }
        assertTrue(runs(0, 2).isEmpty());
    }

    @Test
    void aRunEndsAtABatchOrAtItsShareOfText() {
        assertFalse(ArticlePipeline.runIsFull(ArticlePipeline.BATCH - 1, ArticlePipeline.BATCH_CHARS - 1));
        assertTrue(ArticlePipeline.runIsFull(ArticlePipeline.BATCH, 0));
        assertTrue(ArticlePipeline.runIsFull(1, ArticlePipeline.BATCH_CHARS), "one huge file is a run of its own");
    }
}
