package org.cdkg.cli;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The commands as a user runs them: exit codes, one-line errors, files that really parse. */
class CommandLineTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        java.io.PrintStream oldOut = System.out, oldErr = System.err;
        java.io.ByteArrayOutputStream sysOut = new java.io.ByteArrayOutputStream(), sysErr = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(sysOut, true, StandardCharsets.UTF_8));
        System.setErr(new java.io.PrintStream(sysErr, true, StandardCharsets.UTF_8));
        try {
            int code = cl.execute(args);
            return new Run(code, out + sysOut.toString(StandardCharsets.UTF_8), err + sysErr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private static int names(Dataset ds) {
        int n = 0;
        for (var it = ds.listModelNames(); it.hasNext(); it.next()) n++;
        return n;
    }

    @Test
    void extractWritesOneNamedGraphPerArticle() {
        Path out = dir.resolve("graph.trig");
        Run r = run("extract", "examples/articles", "--out", out.toString());
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
        Run r = run("extract", corpus.toString(), "--out", out.toString());
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
        Run q = run("query", "--store", store.toString(), "queries/who-succeeded-whom.rq");
        assertEquals(0, q.code(), q.err());
        assertTrue(q.out().contains("刘振民") && q.out().contains("解振华"), q.out());
    }

    @Test
    void missingQueryFileIsOneClearLine() {
        Run r = run("query", "--store", dir.resolve("s").toString(), dir.resolve("nope.rq").toString());
        assertNotEquals(0, r.code());
        assertTrue(r.err().strip().startsWith("cdkg: ") && r.err().contains("nope.rq"), r.err());
        assertEquals(1, r.err().strip().lines().count());
    }
}
