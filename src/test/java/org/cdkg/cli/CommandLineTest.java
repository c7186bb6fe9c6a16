package org.cdkg.cli;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The commands as a user runs them: exit codes, one-line errors, files that really parse. */
class CommandLineTest {
    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static int names(Dataset ds) {
        int n = 0;
        for (var it = ds.listModelNames(); it.hasNext(); it.next()) n++;
        return n;
    }

    @Test
    void extractWritesOneNamedGraphPerArticle() {
        Path out = dir.resolve("graph.trig");
        CliRun r = run("extract", "examples/articles", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        Dataset ds = RDFDataMgr.loadDataset(out.toString());
        assertEquals(5, names(ds));
        assertTrue(r.err().contains("5 extracted, 0 unchanged, 0 duplicates, 0 failed"), r.err());
    }

    @Test
    void extractReportsBadFilesOnOneLineAndExitsNonZero() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("c"));
        Files.writeString(corpus.resolve("good.txt"), "2019年3月4日，中美双方在北京举行会谈。");
        Files.write(corpus.resolve("bad name 坏.bin"), new byte[]{0, 1, 2, 3, 4});
        Path out = dir.resolve("out.trig");
        CliRun r = run("extract", corpus.toString(), "--out", out.toString());
        assertEquals(1, r.code());
        List<String> lines = r.err().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.contains("bad name 坏.bin") && l.contains("binary")), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
        assertEquals(1, names(RDFDataMgr.loadDataset(out.toString())));
    }

    @Test
    void loadThenQueryPrintsATable() throws Exception {
        Path trig = dir.resolve("g.trig");
        assertEquals(0, run("extract", "examples/articles/004_ea12142fd580669e.txt", "--out", trig.toString()).code());
        Path store = dir.resolve("store");
        assertEquals(0, run("load", "--store", store.toString(), trig.toString()).code());
        CliRun q = run("query", "--store", store.toString(), "queries/who-succeeded-whom.rq");
        assertEquals(0, q.code(), q.err());
        assertTrue(q.out().contains("刘振民") && q.out().contains("解振华"), q.out());
    }

    @Test
    void compactShrinksAStoreThatKeepsAnsweringTheSame() throws Exception {
        Path trig = dir.resolve("g.trig");
        assertEquals(0, run("extract", "examples/articles", "--out", trig.toString()).code());
        Path store = dir.resolve("store");
        // Every load is a transaction that replaces the same graphs, leaving copied blocks behind.
        for (int i = 0; i < 8; i++) assertEquals(0, run("load", "--store", store.toString(), trig.toString()).code());
        String before = run("query", "--store", store.toString(), "queries/who-co-chaired-which-meeting.rq").out();

        CliRun c = run("compact", "--store", store.toString());

        assertEquals(0, c.code(), c.err());
        assertTrue(c.err().matches("(?s)cdkg: compacted .* from [\\d,]+ MB to [\\d,]+ MB \\(5 articles\\)\\s*"), c.err());
        assertEquals(before, run("query", "--store", store.toString(), "queries/who-co-chaired-which-meeting.rq").out());
        try (var dirs = Files.list(store)) {
            assertEquals(List.of("Data-0002"), dirs.map(d -> d.getFileName().toString()).filter(n -> n.startsWith("Data-")).toList());
        }
        CliRun missing = run("compact", "--store", dir.resolve("nothing-here").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().strip().startsWith("cdkg: there is no store in"), missing.err());
        assertFalse(Files.exists(dir.resolve("nothing-here")), "compact never creates a store");
    }

    @Test
    void missingQueryFileIsOneClearLine() {
        CliRun r = run("query", "--store", dir.resolve("s").toString(), dir.resolve("nope.rq").toString());
        assertNotEquals(0, r.code());
        assertTrue(r.err().strip().startsWith("cdkg: ") && r.err().contains("nope.rq"), r.err());
        assertEquals(1, r.err().strip().lines().count());
    }
}
