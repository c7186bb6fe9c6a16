package org.cdkg.pipeline;

/** Counts of one run over a corpus, for the closing line and the exit code. */
public final class RunSummary {
    private int extracted, unchanged, failed;

    public void extracted() { extracted++; }
    public void unchanged() { unchanged++; }
    public void failed() { failed++; }
    public int failures() { return failed; }
    public int extractedCount() { return extracted; }
    public int unchangedCount() { return unchanged; }

    @Override
    public String toString() {
        return extracted + " extracted, " + unchanged + " unchanged, " + failed + " failed";
    }
}
