package org.cdkg.pipeline;

/**
 * Cuts {@code files} files into runs of consecutive files for {@code workers} workers, each run
 * taken through the stages together by one worker: full {@link ArticlePipeline#BATCH}es while
 * plenty is left, then smaller runs, so that the workers finish together instead of one working
 * alone through a last full batch. Safe to share between the workers.
 */
public final class BatchPlan {
    private final int files;
    private final int workers;
    private int next;

    public BatchPlan(int files, int workers) {
        if (files < 0 || workers < 1) throw new IllegalArgumentException("files must be at least 0 and workers at least 1");
        this.files = files;
        this.workers = workers;
    }

    /** The next run as {from, to}, or null when every file has been handed out. */
    public synchronized int[] next() {
        if (next >= files) return null;
        // A quarter of each worker's share of what is left, at most a batch: the runs shrink as the end nears.
        int size = Math.max(1, Math.min(ArticlePipeline.BATCH, (files - next) / (4 * workers)));
        int[] run = {next, next + size};
        next += size;
        return run;
    }
}
