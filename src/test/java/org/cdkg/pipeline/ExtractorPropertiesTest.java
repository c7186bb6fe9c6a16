package org.cdkg.pipeline;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Statement;
import org.cdkg.MessyText;
import org.cdkg.RdfChecks;
import org.cdkg.document.Article;
import org.cdkg.document.SourceFormat;
import org.cdkg.graph.ArticleGraph;
import org.cdkg.graph.GraphBuilder;
import org.cdkg.graph.Oa;
import org.cdkg.read.ArticleReader;
import org.cdkg.read.UnreadableArticleException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The whole extractor on text no one wrote on purpose: it never throws, and the graph it makes
 * always has valid IRIs and well-formed literals, writes as N-Triples and reads back the same,
 * points its evidence inside the file, and comes out the same every time.
 */
class ExtractorPropertiesTest {
    /** One pipeline for every try: the gazetteer and HanLP's dictionaries take seconds to load. */
    private static final ArticlePipeline PIPELINE = new ArticlePipeline();
    private static final ArticleReader READER = new ArticleReader();

    @Provide
    Arbitrary<String> documents() {
        return MessyText.document(60);
    }

    @Provide
    Arbitrary<String> bodies() {
        return MessyText.body(60);
    }

    @Provide
    Arbitrary<SourceFormat> formats() {
        return Arbitraries.of(SourceFormat.class);
    }

    @Provide
    Arbitrary<String> fileNames() {
        Arbitrary<String> plain = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').withChars("-_.").ofMinLength(1).ofMaxLength(20)
                .map(s -> s + ".txt");
        return Arbitraries.frequencyOf(Tuple.of(2, plain), Tuple.of(1, MessyText.unicode(12)), Tuple.of(1, MessyText.body(3)))
                .filter(s -> !s.isEmpty());
    }

    /** What a file on disk can be called: no slash or NUL, at most 255 bytes. */
    @Provide
    Arbitrary<String> diskFileNames() {
        return fileNames().map(s -> s.replace('/', '_').replace('\u0000', '_'))
                .filter(s -> !s.isBlank() && !s.equals(".") && !s.equals("..") && s.getBytes(StandardCharsets.UTF_8).length <= 200);
    }

    @Property(tries = 150)
    void anyFileGivesAGraphThatRoundTrips(@ForAll("documents") String text, @ForAll("fileNames") String fileName) {
        Article a = read(fileName, text);
        ArticleGraph g = PIPELINE.process(a);
        checkGraph(a, g);
        // How far into the stages the generated text gets: shown in the report, so thin coverage is visible.
        Statistics.label("mentions").collect(!a.mentions().isEmpty());
        Statistics.label("dates").collect(!a.dates().isEmpty());
        Statistics.label("meetings or facts").collect(!a.meetings().isEmpty() || !a.facts().isEmpty() || !a.positions().isEmpty());
    }

    /** Any text forced into any format, control characters included (the reader would refuse some files as binary). */
    @Property(tries = 100)
    void anyTextInAnyFormatGivesAGraphThatRoundTrips(@ForAll("bodies") String text, @ForAll("formats") SourceFormat format) {
        Article a = new Article("p.txt", "0", text, StandardCharsets.UTF_8, format, null, 0);
        ArticleGraph g = PIPELINE.process(a);
        checkGraph(a, g);
    }

    @Property(tries = 30)
    void filesOnDiskGiveAGraphThatRoundTrips(@ForAll("documents") String text, @ForAll("diskFileNames") String fileName) throws IOException {
        Path dir = Files.createTempDirectory("cdkg-properties");
        try {
            Path file = dir.resolve(fileName);
            Files.write(file, text.getBytes(StandardCharsets.UTF_8));
            Article a;
            try {
                a = PIPELINE.read(file);
            } catch (UnreadableArticleException refused) {
                Assume.that(false);
                return;
            }
            checkGraph(a, PIPELINE.process(a));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try { Files.delete(p); } catch (IOException e) { throw new UncheckedIOException(e); }
                });
            }
        }
    }

    @Property(tries = 50)
    void extractionIsDeterministic(@ForAll("documents") String text) {
        Model first = PIPELINE.process(read("d.txt", text)).model();
        Model second = new ArticlePipeline().process(read("d.txt", text)).model();
        assertTrue(first.isIsomorphicWith(second), "the same file gave two different graphs");
    }

    private static Article read(String fileName, String text) {
        try {
            return READER.read(fileName, text.getBytes(StandardCharsets.UTF_8));
        } catch (UnreadableArticleException refused) {
            // Empty, blank and binary files are refused by design; that is the reader's answer, not a failure.
            Assume.that(false);
            return null;
        }
    }

    private static void checkGraph(Article a, ArticleGraph g) {
        assertEquals(GraphBuilder.articleIri(a.fileName()), g.iri());
        RdfChecks.roundTrips(g.model());
        // Evidence offsets are code points of the original file, and a span runs forwards.
        int length = a.original().codePointCount(0, a.original().length());
        for (Statement s : g.model().listStatements(null, Oa.start, (org.apache.jena.rdf.model.RDFNode) null).toList()) {
            long start = s.getLong(), end = s.getSubject().getProperty(Oa.end).getLong();
            assertTrue(0 <= start && start <= end && end <= length,
                    "evidence [" + start + ", " + end + ") outside a file of " + length + " code points");
        }
    }
}
