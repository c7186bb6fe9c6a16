package org.cdkg.pipeline;

/**
 * Counts of one run over a corpus, for the closing line and the exit code. Every file is
 * counted once, as extracted, unchanged, duplicate or failed; files loaded despite a warning
 * are counted again under "with warnings". Articles removed by pruning are counted apart.
 */
public final class RunSummary {
    private int extracted, unchanged, duplicates, failed, warned, removed;

    public void extracted() { extracted++; }
    public void unchanged() { unchanged++; }
    public void duplicate() { duplicates++; }
    public void failed() { failed++; }
    public void warned() { warned++; }
    /** An article whose file has left the corpus was removed from the store (pruning). */
    public void removed() { removed++; }
    public int removedCount() { return removed; }
    public int failures() { return failed; }
    public int extractedCount() { return extracted; }
    public int unchangedCount() { return unchanged; }
    public int duplicateCount() { return duplicates; }
    public int warningCount() { return warned; }

    @Override
    public String toString() {
        return extracted + " extracted, " + unchanged + " unchanged, " + duplicates + (duplicates == 1 ? " duplicate, " : " duplicates, ")
                + failed + " failed" + (warned > 0 ? ", " + warned + " with warnings" : "") + (removed > 0 ? ", " + removed + " removed" : "");
    }
}
