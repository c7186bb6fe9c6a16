package org.cdkg.cli;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.cdkg.graph.Cdo;
import org.cdkg.graph.GraphBuilder;
import org.cdkg.pipeline.ArticlePipeline;
import org.cdkg.pipeline.CorpusLoader;
import org.cdkg.pipeline.RunSummary;
import org.cdkg.read.ArticleLimits;
import org.cdkg.store.GraphStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.cdkg.cli.BadInput.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * "Nothing lost, nothing let in": the real CLI and the real server fed with the files a corpus
 * really gets. Each bad file gets one line naming it and saying what to do, the good ones are
 * still extracted and served, the closing counts and the exit code say what happened, and no
 * failed or duplicate file leaves a graph behind.
 */
class BadInputTest {
    @TempDir
    static Path shared;
    /** The mixed corpus, written once: two 50 MB files are worth writing only once. */
    static Path corpus;
    /** Every file of the corpus and what must become of it. */
    static final Map<String, Expect> CASES = new LinkedHashMap<>();

    @TempDir
    Path dir;

    enum Fate { EXTRACTED, WARNED, DUPLICATE, FAILED }

    /** What must become of a file, and what its one line must say. */
    record Expect(Fate fate, List<String> says) {}

    /** A line that says what to do: a clause after "; " that starts with one of these verbs. */
    private static final Pattern WHAT_TO_DO = Pattern.compile(".*; (remove|split|fix|re-save|rename|delete|add|check)\\b.*");
    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";

    private static void expect(String file, Fate fate, String... says) {
        assertNull(CASES.put(file, new Expect(fate, List.of(says))), "two cases named " + file);
    }

    @BeforeAll
    static void writeTheCorpus() throws IOException {
        long started = System.nanoTime();
        corpus = Files.createDirectories(shared.resolve("corpus"));

        // Good articles, in every form they come: none of them may get a line.
        utf8(corpus.resolve("good.txt"), ARTICLE);
        expect("good.txt", Fate.EXTRACTED);
        bytes(corpus.resolve("gb18030.txt"), ("中美气候会谈（GB18030）\n" + ARTICLE).getBytes(GB18030));
        expect("gb18030.txt", Fate.EXTRACTED);
        bytes(corpus.resolve("big5.txt"), ("中美氣候會談（Big5）\n" + ARTICLE_HANT).getBytes(BIG5));
        expect("big5.txt", Fate.EXTRACTED);
        bytes(corpus.resolve("gb2312-declared.html"), ("<html><head><meta charset=\"gb2312\"><title>中美气候会谈（声明了编码）</title></head><body><p>"
                + ARTICLE + "</p></body></html>").getBytes(GB18030));
        expect("gb2312-declared.html", Fate.EXTRACTED);
        bytes(corpus.resolve("big5-declared.html"), ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\">"
                + "<title>中美氣候會談（聲明了編碼）</title></head><body><p>" + ARTICLE_HANT + "</p></body></html>").getBytes(BIG5));
        expect("big5-declared.html", Fate.EXTRACTED);
        // Hong Kong pages declare Big5 but use HKSCS characters (嘅) that Big5 lacks.
        bytes(corpus.resolve("hkscs-declared-big5.html"), ("<html><head><meta charset=\"big5\"><title>香港特區政府新聞公報</title></head><body><p>"
                + ARTICLE_HANT + "</p><p>呢個係香港嘅立場。</p></body></html>").getBytes(BIG5_HKSCS));
        expect("hkscs-declared-big5.html", Fate.EXTRACTED);
        utf8(corpus.resolve("malformed.html"), malformedHtml());
        expect("malformed.html", Fate.EXTRACTED);
        utf8(corpus.resolve("deeply-nested.html"), deeplyNested(100_000));
        expect("deeply-nested.html", Fate.EXTRACTED);
        pageWithInlineImage(corpus.resolve("inline-image.html"), 50L << 20);
        expect("inline-image.html", Fate.EXTRACTED);
        pageWithInlineScript(corpus.resolve("inline-script.html"), 20L << 20);
        expect("inline-script.html", Fate.EXTRACTED);
        utf8(corpus.resolve("dates-impossible-zh.txt"), "2024年2月30日，中国气候变化事务特使解振华与美国总统气候问题特使约翰·克里在北京举行会谈。"
                + "2023年13月1日，双方在天津签署联合声明。");
        expect("dates-impossible-zh.txt", Fate.EXTRACTED);
        utf8(corpus.resolve("dates-impossible-en.txt"), "On February 30, 2024, China's climate envoy Xie Zhenhua met US climate envoy John Kerry in Beijing.");
        expect("dates-impossible-en.txt", Fate.EXTRACTED);
        // The same sentences with possible dates: the control that shows those dates would reach the graph.
        utf8(corpus.resolve("dates-possible-en.txt"), "On February 28, 2024, China's climate envoy Xie Zhenhua met US climate envoy John Kerry in Beijing.");
        expect("dates-possible-en.txt", Fate.EXTRACTED);
        utf8(corpus.resolve("dates-yearless.txt"), "2024年2月28日，中国气候变化事务特使解振华与美国总统气候问题特使约翰·克里在北京举行会谈。"
                + "2月30日，双方在天津举行第二轮会谈。");
        expect("dates-yearless.txt", Fate.EXTRACTED);
        utf8(corpus.resolve("date-in-front-matter.md"), "---\ntitle: 前言中的日期不可能\ndate: 2024-02-30\n---\n\n中国气候变化事务特使解振华与美国总统气候问题特使约翰·克里举行视频通话。\n");
        expect("date-in-front-matter.md", Fate.EXTRACTED);
        utf8(corpus.resolve("no-date.txt"), "中国气候变化事务特使解振华与美国总统气候问题特使约翰·克里在北京举行会谈。双方同意加强合作。");
        expect("no-date.txt", Fate.EXTRACTED);
        utf8(corpus.resolve("新闻 稿 🌏.txt"), "新闻稿\n" + ARTICLE);
        expect("新闻 稿 🌏.txt", Fate.EXTRACTED);
        utf8(corpus.resolve("with spaces in its name.md"), "# 中美气候会谈\n\n" + ARTICLE + "\n");
        expect("with spaces in its name.md", Fate.EXTRACTED);
        utf8(corpus.resolve("long-report.txt"), "长篇报告\n" + longText(20_000));
        expect("long-report.txt", Fate.EXTRACTED);
        utf8(Files.createDirectories(corpus.resolve("2023")).resolve("report.txt"), "报告\n" + ARTICLE.replace("北京", "上海"));
        expect("2023/report.txt", Fate.EXTRACTED);

        // Read, with a warning: the article is worth having, its front matter is not.
        utf8(corpus.resolve("bad-yaml.md"), "---\ntitle: [never closed\ndate: 2024-01-01\n---\n\n" + ARTICLE.replace("北京", "广州") + "\n");
        expect("bad-yaml.md", Fate.WARNED, "front matter is not valid YAML (line 3: ", "expected ',' or ']'", "fix the front matter");
        utf8(corpus.resolve("unclosed-front-matter.md"), "---\ntitle: 中美会谈\ndate: 2024-01-01\n\n" + ARTICLE.replace("北京", "南京") + "\n");
        expect("unclosed-front-matter.md", Fate.WARNED, "no closing '---' line", "add the closing");

        // The same bytes under another name: kept once.
        Files.copy(corpus.resolve("good.txt"), corpus.resolve("zz copy of good.txt"));
        expect("zz copy of good.txt", Fate.DUPLICATE, "has the same content as " + corpus.resolve("good.txt") + "; kept once");

        // Bad files.
        bytes(corpus.resolve("empty.txt"));
        expect("empty.txt", Fate.FAILED, "is empty");
        utf8(corpus.resolve("blank.txt"), " \n\t \r\n　\n");
        expect("blank.txt", Fate.FAILED, "white space");
        bytes(corpus.resolve("photo.png"), png());
        expect("photo.png", Fate.FAILED, "binary file (PNG image)");
        bytes(corpus.resolve("random.bin"), randomBytes(4096, 5));
        expect("random.bin", Fate.FAILED, "binary file");
        zip(corpus.resolve("articles.zip"));
        expect("articles.zip", Fate.FAILED, "binary file (ZIP archive");
        bytes(corpus.resolve("utf8-cut-at-end.txt"), dropLast(utf8(ARTICLE), 1));
        expect("utf8-cut-at-end.txt", Fate.FAILED, "not valid UTF-8", "cut off by the end of the file");
        byte[] zhong = utf8("中");
        bytes(corpus.resolve("utf8-cut-in-middle.txt"), utf8Prefix(ARTICLE, 30), new byte[]{zhong[0], zhong[1]}, utf8(ARTICLE.substring(30)));
        expect("utf8-cut-in-middle.txt", Fate.FAILED, "not valid UTF-8 (at byte " + utf8Prefix(ARTICLE, 30).length + ":", "cut off in the middle");
        bytes(corpus.resolve("utf8-overlong.txt"), utf8Prefix(ARTICLE, 30), new byte[]{(byte) 0xC0, (byte) 0xAF}, utf8(ARTICLE.substring(30)));
        expect("utf8-overlong.txt", Fate.FAILED, "not valid UTF-8", "C0 AF, an overlong encoding");
        bytes(corpus.resolve("utf8-surrogate.txt"), utf8Prefix(ARTICLE, 30), new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}, utf8(ARTICLE.substring(30)));
        expect("utf8-surrogate.txt", Fate.FAILED, "not valid UTF-8", "ED A0 80, a UTF-16 surrogate");
        // One damaged spot makes a Big5 file invalid as Big5, but GB18030 still decodes it, as nonsense
        // that is mostly common characters (いァ20237る18ら筿…): it must not be let in as Chinese.
        bytes(corpus.resolve("big5-damaged.txt"), ARTICLE_HANT.substring(0, 20).getBytes(BIG5), new byte[]{(byte) 0x81, 0x30, (byte) 0x81, 0x30},
                ARTICLE_HANT.substring(20).getBytes(BIG5));
        expect("big5-damaged.txt", Fate.FAILED, "is not valid UTF-8", "does not read as GB18030 or Big5 Chinese either");
        bytes(corpus.resolve("utf16-broken.txt"), new byte[]{(byte) 0xFF, (byte) 0xFE, 0x2D, 0x4E, 0x00, (byte) 0xD8, 0x41});
        expect("utf16-broken.txt", Fate.FAILED, "not valid UTF-16LE");
        sparse(corpus.resolve("too-large.html"), ArticleLimits.MAX_FILE_BYTES + 1);
        expect("too-large.html", Fate.FAILED, "is 65 MB, more than the 64 MB");
        repeatedArticle(corpus.resolve("huge-repeated.txt"), 50L << 20);
        expect("huge-repeated.txt", Fate.FAILED, "characters of text, more than the 200,000 an article may have");
        repeatedParagraphs(corpus.resolve("huge-paragraphs.html"), 12L << 20);
        expect("huge-paragraphs.html", Fate.FAILED, "characters of text, more than the 200,000 an article may have", "split it into one file per article");
        utf8(corpus.resolve("over-text-limit.txt"), longText(ArticleLimits.MAX_TEXT_CHARS + 20_000));
        expect("over-text-limit.txt", Fate.FAILED, "characters of text, more than the 200,000 an article may have");
        utf8(corpus.resolve("nothing-left.html"), "<html><head><title>首页</title><script>var s = \"" + ARTICLE + "\";</script></head>"
                + "<body><nav><ul><li><a href=\"/\">首页</a></li><li><a href=\"/news\">新闻</a></li><li><a href=\"/about\">关于</a></li></ul></nav></body></html>");
        expect("nothing-left.html", Fate.FAILED, "has no article text");
        // Articles are named after their file name, so a file of the same name in another folder must not replace the first.
        utf8(Files.createDirectories(corpus.resolve("2024")).resolve("report.txt"), "报告\n" + ARTICLE.replace("北京", "成都"));
        expect("2024/report.txt", Fate.FAILED, "would get the same article IRI as " + corpus.resolve("2023/report.txt"), "rename one of them");

        try (var files = Files.walk(corpus)) {
            assertEquals(CASES.size(), files.filter(Files::isRegularFile).count(), "every file of the corpus has a case");
        }
        System.out.printf("BadInputTest: corpus of %d files written in %.1f s%n", CASES.size(), (System.nanoTime() - started) / 1e9);
    }

    private static long count(Fate fate) {
        return CASES.values().stream().filter(e -> e.fate() == fate).count();
    }

    private static Set<String> namesWhere(java.util.function.Predicate<Fate> fate) {
        return CASES.entrySet().stream().filter(e -> fate.test(e.getValue().fate())).map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The summary the run must end with, from the cases. */
    private static String expectedSummary() {
        long duplicates = count(Fate.DUPLICATE);
        return (count(Fate.EXTRACTED) + count(Fate.WARNED)) + " extracted, 0 unchanged, " + duplicates + (duplicates == 1 ? " duplicate, " : " duplicates, ")
                + count(Fate.FAILED) + " failed, " + count(Fate.WARNED) + " with warnings";
    }

    /** Each file that must have a line has exactly one, saying what its case says and what to do; the others have none. */
    private static void checkLines(List<String> lines) {
        for (Map.Entry<String, Expect> c : CASES.entrySet()) {
            String prefix = "cdkg: " + corpus.resolve(c.getKey()) + " ";
            List<String> own = lines.stream().filter(l -> l.startsWith(prefix)).toList();
            if (c.getValue().fate() == Fate.EXTRACTED) {
                assertEquals(List.of(), own, c.getKey() + " is a good article and gets no line");
                continue;
            }
            assertEquals(1, own.size(), c.getKey() + " gets exactly one line: " + own);
            String line = own.get(0);
            for (String s : c.getValue().says()) assertTrue(line.contains(s), c.getKey() + ": the line should say \"" + s + "\": " + line);
            assertTrue(WHAT_TO_DO.matcher(line).matches(), c.getKey() + ": the line should say what to do: " + line);
        }
        long fileLines = lines.stream().filter(l -> l.startsWith("cdkg: " + corpus + "/")).count();
        assertEquals(count(Fate.WARNED) + count(Fate.DUPLICATE) + count(Fate.FAILED), fileLines, "one line per bad file, nothing else:\n" + String.join("\n", lines));
        for (String l : lines) {
            assertFalse(l.startsWith("\tat ") || l.contains("Exception") || l.contains("Error:"), "no stack traces or exception names: " + l);
        }
    }

    // ------------------------------------------------------------------ extract

    private static CliRun cli(String... args) {
        return CliRun.of(args);
    }

    /** The article IRI of a case, named by its path in the corpus, or of a file name. */
    private static String iri(String file) {
        return GraphBuilder.articleIri(Path.of(file).getFileName().toString());
    }

    private static String body(Dataset ds, String fileName) {
        Model g = ds.getNamedModel(iri(fileName));
        var s = g.getResource(iri(fileName)).getProperty(Cdo.articleBody);
        assertNotNull(s, fileName + " has a body");
        return s.getString();
    }

    /** Every date and date-time literal in the article's graph. */
    private static Set<String> dates(Dataset ds, String fileName) {
        Set<String> out = new TreeSet<>();
        ds.getNamedModel(iri(fileName)).listObjects().forEachRemaining((RDFNode o) -> {
            if (o.isLiteral()) {
                Literal l = o.asLiteral();
                if (l.getDatatypeURI() != null && l.getDatatypeURI().startsWith(XSD + "date")) out.add(l.getLexicalForm());
            }
        });
        return out;
    }

    @Test
    void extractWritesEveryGoodArticleAndGivesEachBadFileOneLine() {
        Path out = dir.resolve("out.trig");
        long started = System.nanoTime();
        CliRun r = cli("extract", corpus.toString(), "--out", out.toString(), "--threads", "2");
        System.out.printf("BadInputTest: extract of the mixed corpus took %.1f s%n", (System.nanoTime() - started) / 1e9);

        assertEquals(1, r.code(), "some files failed, so the exit code says so:\n" + r.err());
        checkLines(r.errLines());
        assertTrue(r.err().contains("cdkg: " + expectedSummary() + "; wrote " + out), r.err());

        Dataset ds = RDFDataMgr.loadDataset(out.toString());
        Set<String> graphs = new TreeSet<>();
        ds.listNames().forEachRemaining(graphs::add);
        Set<String> kept = namesWhere(f -> f == Fate.EXTRACTED || f == Fate.WARNED);
        assertEquals(kept.stream().map(BadInputTest::iri).collect(Collectors.toCollection(TreeSet::new)), graphs,
                "exactly the good articles have graphs; no failed or duplicate file leaves one");
        assertFalse(Files.exists(dir.resolve("out.trig.part")));

        // The legacy encodings were read as what they are.
        assertTrue(body(ds, "gb18030.txt").contains("中国气候变化事务特使解振华"), body(ds, "gb18030.txt"));
        assertTrue(body(ds, "gb2312-declared.html").contains("中国气候变化事务特使解振华"));
        assertTrue(body(ds, "big5.txt").contains("中國氣候變化事務特使解振華"), body(ds, "big5.txt"));
        assertTrue(body(ds, "big5-declared.html").contains("中國氣候變化事務特使解振華"));
        assertTrue(body(ds, "hkscs-declared-big5.html").contains("呢個係香港嘅立場"), body(ds, "hkscs-declared-big5.html"));

        // A page that is 50 MB of inline image is read for its article, and the image stays out.
        String image = body(ds, "inline-image.html");
        assertTrue(image.contains("双方就应对气候变化问题充分交换意见") && image.contains("会谈结束后"), image);
        assertTrue(image.length() < 2_000, "the image is not text: " + image.length() + " characters");
        String script = body(ds, "inline-script.html");
        assertTrue(script.contains("在天津举行会谈") && !script.contains("window.__STATE__") && !script.contains("菜单"), script);
        assertTrue(body(ds, "deeply-nested.html").contains("双方就应对气候变化问题充分交换意见"));
        String malformed = body(ds, "malformed.html");
        assertTrue(malformed.contains("双方同意继续保持沟通") && malformed.contains("会谈取得积极成果"), malformed);
        assertFalse(malformed.contains("这句话在注释里"), "a comment is not text, even an unclosed one");

        // Impossible dates never become dates; the possible ones beside them do.
        assertEquals(Set.of(), dates(ds, "dates-impossible-zh.txt"));
        assertEquals(Set.of(), dates(ds, "dates-impossible-en.txt"));
        assertEquals(Set.of("2024-02-28"), dates(ds, "dates-possible-en.txt"), "the control: a possible date reaches the graph");
        assertEquals(Set.of("2024-02-28"), dates(ds, "dates-yearless.txt"), "2月30日 after 2024年2月28日 is not 1 March");
        assertEquals(Set.of(), dates(ds, "date-in-front-matter.md"));
        assertEquals("前言中的日期不可能", ds.getNamedModel(iri("date-in-front-matter.md")).getResource(iri("date-in-front-matter.md"))
                .getProperty(org.apache.jena.vocabulary.DCTerms.title).getString());
        assertEquals(Set.of(), dates(ds, "no-date.txt"));

        // Names with spaces, Chinese and emoji are kept as they are.
        assertEquals("新闻 稿 🌏.txt", ds.getNamedModel(iri("新闻 稿 🌏.txt")).getResource(iri("新闻 稿 🌏.txt")).getProperty(Cdo.sourceFile).getString());
        assertTrue(body(ds, "bad-yaml.md").contains("广州"), "an article with bad front matter is still read");
    }

    @Test
    void aDuplicateIsKeptOnceAndDoesNotFailTheRun() throws IOException {
        Path c = Files.createDirectories(dir.resolve("c"));
        utf8(c.resolve("a.txt"), ARTICLE);
        Files.copy(c.resolve("a.txt"), c.resolve("b copy.txt"));
        Path out = dir.resolve("d.trig");
        // a.txt named twice (in its directory and on its own) is one file, not a duplicate of itself.
        CliRun r = cli("extract", c.toString(), c.resolve("a.txt").toString(), "--out", out.toString());

        assertEquals(0, r.code(), "nothing was lost, so the run succeeded:\n" + r.err());
        assertEquals(List.of("cdkg: " + c.resolve("b copy.txt") + " has the same content as " + c.resolve("a.txt") + "; kept once, as " + c.resolve("a.txt")
                        + "; delete this copy if you do not need it",
                "cdkg: 1 extracted, 0 unchanged, 1 duplicate, 0 failed; wrote " + out), r.errLines());
        List<String> graphs = new ArrayList<>();
        RDFDataMgr.loadDataset(out.toString()).listNames().forEachRemaining(graphs::add);
        assertEquals(List.of(iri("a.txt")), graphs);
    }

    // ------------------------------------------------------------------ the store, across runs

    private record Load(RunSummary summary, List<String> lines, Map<String, String> stored) {}

    /** One run of the loader into a store, as serve does it: the messages, the counts, and what the store then holds (IRI to hash). */
    private static Load load(Path store, Path... roots) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (GraphStore gs = GraphStore.open(store)) {
            RunSummary s = new CorpusLoader(ArticlePipeline::new, 2, new PrintStream(err, true, StandardCharsets.UTF_8)).load(List.of(roots), gs);
            Map<String, String> stored = Txn.calculateRead(gs.dataset(), () -> {
                Map<String, String> m = new java.util.TreeMap<>();
                gs.dataset().asDatasetGraph().find(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY, Cdo.contentHash.asNode(), org.apache.jena.graph.Node.ANY)
                        .forEachRemaining(q -> m.put(q.getGraph().getURI(), q.getObject().getLiteralLexicalForm()));
                return m;
            });
            return new Load(s, err.toString(StandardCharsets.UTF_8).lines().toList(), stored);
        }
    }

    private static String sha256(Path f) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }

    @Test
    void duplicatesAcrossRunsAndTheStoreAreKeptOnceAndStoredArticlesKeepTheirNames() throws Exception {
        Path store = dir.resolve("store");
        Path first = Files.createDirectories(dir.resolve("first"));
        utf8(first.resolve("a.txt"), ARTICLE);
        utf8(first.resolve("b.txt"), ARTICLE.replace("北京", "天津"));
        String p = sha256(first.resolve("a.txt")), q = sha256(first.resolve("b.txt"));
        Load one = load(store, first);
        assertEquals("2 extracted, 0 unchanged, 0 duplicates, 0 failed", one.summary().toString());
        assertEquals(Map.of(iri("a.txt"), p, iri("b.txt"), q), one.stored());

        // A copy of a stored article in another folder, later: the stored one is the copy kept.
        Path later = Files.createDirectories(dir.resolve("later"));
        Files.copy(first.resolve("a.txt"), later.resolve("x.txt"));
        Load two = load(store, later);
        assertEquals("0 extracted, 0 unchanged, 1 duplicate, 0 failed", two.summary().toString());
        assertEquals(List.of("cdkg: " + later.resolve("x.txt") + " has the same content as a.txt, already in the store; kept once, as a.txt; delete this copy if you do not need it"),
                two.lines());
        assertEquals(one.stored(), two.stored(), "nothing added");

        // A new copy that sorts before the stored original does not take its place.
        Files.copy(first.resolve("a.txt"), first.resolve("0 new copy.txt"));
        Load three = load(store, first);
        assertEquals("0 extracted, 2 unchanged, 1 duplicate, 0 failed", three.summary().toString());
        assertEquals(List.of("cdkg: " + first.resolve("0 new copy.txt") + " has the same content as " + first.resolve("a.txt")
                + ", already in the store; kept once, as " + first.resolve("a.txt") + "; delete this copy if you do not need it"), three.lines());
        assertEquals(one.stored(), three.stored(), "the stored article keeps its name and IRI");
        Files.delete(first.resolve("0 new copy.txt"));

        // b.txt changes into a copy of a.txt: its old graph is stale, and the content is kept once.
        Files.copy(first.resolve("a.txt"), first.resolve("b.txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Load four = load(store, first);
        assertEquals("0 extracted, 1 unchanged, 1 duplicate, 0 failed", four.summary().toString());
        assertEquals(List.of("cdkg: " + first.resolve("b.txt") + " has the same content as " + first.resolve("a.txt") + "; kept once, as " + first.resolve("a.txt")
                + " (the graph stored earlier under this file's name was removed); delete this copy if you do not need it"), four.lines());
        assertEquals(Map.of(iri("a.txt"), p), four.stored());
    }

    @Test
    void aFileThatTurnsBadLeavesTheGraphStoredEarlierAndNothingHalfWritten() throws Exception {
        Path store = dir.resolve("store");
        Path c = Files.createDirectories(dir.resolve("c"));
        utf8(c.resolve("a.txt"), ARTICLE);
        utf8(c.resolve("b.txt"), ARTICLE.replace("北京", "天津"));
        Load one = load(store, c);
        assertEquals(2, one.summary().extractedCount());

        bytes(c.resolve("a.txt"), png());
        utf8(c.resolve("b.txt"), longText(ArticleLimits.MAX_TEXT_CHARS + 1_000));
        utf8(c.resolve("c.txt"), longText(ArticleLimits.MAX_TEXT_CHARS + 2_000));
        Load two = load(store, c);

        assertEquals("0 extracted, 0 unchanged, 0 duplicates, 3 failed", two.summary().toString());
        assertEquals(3, two.lines().size(), String.join("\n", two.lines()));
        assertTrue(two.lines().get(0).startsWith("cdkg: " + c.resolve("a.txt") + " is a binary file (PNG image)")
                && two.lines().get(0).endsWith("(the store keeps the version loaded earlier)"), two.lines().get(0));
        assertTrue(two.lines().get(1).startsWith("cdkg: " + c.resolve("b.txt") + " has ")
                && two.lines().get(1).endsWith("(the store keeps the version loaded earlier)"), two.lines().get(1));
        assertTrue(two.lines().get(2).startsWith("cdkg: " + c.resolve("c.txt") + " has ")
                && two.lines().get(2).endsWith("split it into one file per article"), "c.txt was never stored: " + two.lines().get(2));
        assertEquals(one.stored(), two.stored(), "the earlier graphs stay whole, and the refused article leaves none");
    }

    // ------------------------------------------------------------------ serve

    @Test
    void serveLoadsTheGoodArticlesAndItsReadyLineCountsTheBadOnes() throws Exception {
        Path store = dir.resolve("served-store");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1500m", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--corpus", corpus.toString(), "--store", store.toString(), "--host", "127.0.0.1", "--port", "0", "--threads", "2");
        long started = System.nanoTime();
        Process server = new ProcessBuilder(command).start();
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        Thread drain = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(server.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String l = err.readLine(); l != null; l = err.readLine()) errors.add(l);
            } catch (IOException ended) {
                // the server was stopped
            }
        });
        drain.setDaemon(true);
        drain.start();
        try {
            String ready = null;
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            for (String l = out.readLine(); l != null; l = out.readLine())
                if (l.startsWith("cdkg ready: ")) { ready = l; break; }
            assertNotNull(ready, "the server should get ready:\n" + String.join("\n", errors));
            System.out.printf("BadInputTest: serve --corpus was ready after %.1f s%n", (System.nanoTime() - started) / 1e9);
            assertTrue(server.isAlive(), "serve keeps running whatever the corpus held");
            assertTrue(ready.contains("(" + expectedSummary() + "; full-text index:"), ready);
            List<String> lines;
            synchronized (errors) {
                lines = List.copyOf(errors);
            }
            checkLines(lines);

            String endpoint = ready.substring("cdkg ready: ".length(), ready.indexOf(' ', "cdkg ready: ".length()));
            Set<String> served = new TreeSet<>();
            for (QuerySolution row : select(endpoint, "SELECT ?file WHERE { ?a a <" + Cdo.Article.getURI() + "> ; <" + Cdo.sourceFile.getURI() + "> ?file }"))
                served.add(row.getLiteral("file").getString());
            assertEquals(namesWhere(f -> f == Fate.EXTRACTED || f == Fate.WARNED).stream().map(f -> Path.of(f).getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new)), served, "the server has exactly the good articles");

            Set<String> graphs = new TreeSet<>();
            for (QuerySolution row : select(endpoint, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")) graphs.add(row.getResource("g").getURI());
            Set<String> expected = namesWhere(f -> f == Fate.EXTRACTED || f == Fate.WARNED).stream().map(BadInputTest::iri).collect(Collectors.toCollection(TreeSet::new));
            expected.add(Cdo.ONTOLOGY_IRI);
            assertEquals(expected, graphs, "no failed or duplicate file left a graph, not even part of one");

            List<QuerySolution> big5 = select(endpoint, "SELECT ?body WHERE { <" + iri("big5.txt") + "> <" + Cdo.articleBody.getURI() + "> ?body }");
            assertEquals(1, big5.size());
            assertTrue(big5.get(0).getLiteral("body").getString().contains("中國氣候變化事務特使解振華"));
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static List<QuerySolution> select(String endpoint, String query) throws IOException, InterruptedException {
        return org.cdkg.SparqlResults.select(endpoint, query);
    }

    // ------------------------------------------------------------------ many files

    @Test
    void tenThousandFilesInOneDirectoryAreAllExtracted() throws IOException {
        Path many = Files.createDirectories(dir.resolve("many"));
        long started = System.nanoTime();
        for (int i = 0; i < 10_000; i++) utf8(many.resolve(String.format("article-%05d.txt", i)), tiny(i));
        double written = (System.nanoTime() - started) / 1e9;
        Path out = dir.resolve("many.trig");
        started = System.nanoTime();
        CliRun r = cli("extract", many.toString(), "--out", out.toString(), "--threads", "2");
        System.out.printf("BadInputTest: 10,000 files written in %.1f s, extracted in %.1f s%n", written, (System.nanoTime() - started) / 1e9);

        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("cdkg: 10000 extracted, 0 unchanged, 0 duplicates, 0 failed; wrote " + out), r.errLines());
        // Streamed, to count the graphs without holding them.
        Set<String> graphs = new HashSet<>();
        RDFParser.source(out).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                graphs.add(quad.getGraph().getURI());
            }
        });
        assertEquals(10_000, graphs.size());
        assertTrue(graphs.contains(iri("article-00000.txt")) && graphs.contains(iri("article-09999.txt")));
    }
}
