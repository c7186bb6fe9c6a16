package org.cdkg.bench;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDF;
import org.cdkg.bench.CorpusGenerator.Format;
import org.cdkg.bench.CorpusGenerator.GeneratedArticle;
import org.cdkg.bench.CorpusGenerator.Script;
import org.cdkg.document.Article;
import org.cdkg.document.SourceFormat;
import org.cdkg.pipeline.ArticlePipeline;
import org.cdkg.pipeline.Corpus;
import org.cdkg.read.ArticleReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** The synthetic corpus: reproducible byte for byte, varied as real pages are, and readable by the real pipeline. */
class CorpusGeneratorTest {
    private static final int COUNT = 200;
    private static final String CDO = "https://w3id.org/cdkg/ontology#";
    private static final Pattern PINYIN = Pattern.compile("\\p{IsHan}\\([a-zāáǎàēéěèīíǐìōóǒòūúǔù]{1,6}\\)");

    @TempDir
    static Path dir;
    private static Path corpus;
    private static final List<GeneratedArticle> articles = new ArrayList<>();

    @BeforeAll
    static void generate() throws Exception {
        corpus = dir.resolve("seed42");
        CorpusGenerator.Summary summary = new CorpusGenerator(42).write(corpus, COUNT);
        assertEquals(COUNT, summary.files());
        CorpusGenerator generator = new CorpusGenerator(42);
        long bytes = 0;
        for (int i = 0; i < COUNT; i++) {
            articles.add(generator.article(i));
            bytes += articles.get(i).bytes().length;
        }
        assertEquals(bytes, summary.bytes());
    }

    @Test
    void theSameSeedWritesTheSameBytes() throws Exception {
        Path again = dir.resolve("seed42-again");
        new CorpusGenerator(42).write(again, COUNT);
        List<Path> first = files(corpus), second = files(again);
        assertEquals(first.stream().map(p -> corpus.relativize(p).toString()).toList(),
                second.stream().map(p -> again.relativize(p).toString()).toList());
        for (int i = 0; i < first.size(); i++)
            assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)), first.get(i).toString());
    }

    @Test
    void theParallelWriteHoldsTheArticlesMadeOneByOne() throws Exception {
        for (GeneratedArticle a : articles)
            assertArrayEquals(a.bytes(), Files.readAllBytes(corpus.resolve(a.fileName())), a.fileName());
    }

    @Test
    void anyArticleCanBeRegeneratedAlone() throws Exception {
        GeneratedArticle alone = new CorpusGenerator(42).article(137);
        assertArrayEquals(Files.readAllBytes(corpus.resolve(alone.fileName())), alone.bytes());
    }

    @Test
    void anotherSeedWritesAnotherCorpus() {
        CorpusGenerator other = new CorpusGenerator(43);
        for (int i = 0; i < 50; i++)
            assertFalse(Arrays.equals(articles.get(i).bytes(), other.article(i).bytes()), "article " + i + " is the same for seeds 42 and 43");
    }

    @Test
    void theMixHasEveryFormatScriptAndEncoding() throws Exception {
        Set<Format> formats = EnumSet.noneOf(Format.class);
        Set<Script> scripts = EnumSet.noneOf(Script.class);
        Set<Charset> charsets = new HashSet<>();
        int annotated = 0;
        for (GeneratedArticle a : articles) {
            formats.add(a.format());
            scripts.add(a.script());
            charsets.add(a.charset());
            if (PINYIN.matcher(new String(a.bytes(), a.charset())).find()) annotated++;
        }
        assertEquals(EnumSet.allOf(Format.class), formats);
        assertEquals(EnumSet.allOf(Script.class), scripts);
        assertEquals(Set.of(StandardCharsets.UTF_8, Charset.forName("GB18030"), Charset.forName("Big5")), charsets);
        assertTrue(annotated > 0, "no article carries pinyin annotations such as 態(tài)");
    }

    @Test
    void theReaderTakesEachFileForWhatItWasWrittenAs() throws Exception {
        Map<Format, SourceFormat> expected = Map.of(Format.TEXT, SourceFormat.PLAIN_TEXT, Format.HTML, SourceFormat.HTML,
                Format.MARKDOWN, SourceFormat.MARKDOWN);
        ArticleReader reader = new ArticleReader();
        for (GeneratedArticle a : articles) {
            Article read = reader.read(corpus.resolve(a.fileName()));
            assertEquals(a.charset(), read.charset(), a.fileName());
            assertEquals(expected.get(a.format()), read.format(), a.fileName());
        }
    }

    @Test
    void namesAndTextAreInTheArticlesOwnScript() {
        // Simplified forms that traditional text never uses (氣, 會, 與, 為, 國, 說, 這, 們 there).
        Pattern simplifiedOnly = Pattern.compile("[气会与为国说这们]");
        for (GeneratedArticle a : articles) {
            String text = new String(a.bytes(), a.charset());
            if (a.script() == Script.ENGLISH)
                assertFalse(text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), a.fileName());
            if (a.script() == Script.TRADITIONAL)
                assertFalse(simplifiedOnly.matcher(text).find(), a.fileName() + " has simplified characters");
            assertTrue(text.length() >= 800, a.fileName() + " is only " + text.length() + " characters long");
        }
    }

    @Test
    void largeCorporaAreSpreadOverDirectoriesOfAThousandThatTheCorpusListingFinds() throws Exception {
        Path large = dir.resolve("large");
        new CorpusGenerator(7).write(large, CorpusGenerator.FILES_PER_DIRECTORY + 1);
        try (Stream<Path> first = Files.list(large.resolve("000")); Stream<Path> second = Files.list(large.resolve("001"))) {
            assertEquals(CorpusGenerator.FILES_PER_DIRECTORY, first.count());
            assertEquals(1, second.count());
        }
        assertEquals(CorpusGenerator.FILES_PER_DIRECTORY + 1, Corpus.files(List.of(large)).size());
        assertEquals("001/x.txt", CorpusGenerator.relativePath(1500, 2000, "x.txt"));
        assertEquals("x.txt", CorpusGenerator.relativePath(500, 1000, "x.txt"));
    }

    @Test
    void aDirectoryThatHoldsOtherFilesIsRefused() throws Exception {
        Path used = Files.createDirectories(dir.resolve("used"));
        Files.writeString(used.resolve("notes.txt"), "not an article");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CorpusGenerator(42).write(used, 3));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
    }

    @Test
    void thePipelineExtractsMeetingsAndPeopleFromGeneratedArticles() throws Exception {
        ArticlePipeline pipeline = new ArticlePipeline();
        int withMeeting = 0, withPerson = 0;
        for (Path f : files(corpus)) {
            Model m = pipeline.process(f).model();
            if (m.contains(null, RDF.type, m.createResource(CDO + "Meeting"))) withMeeting++;
            if (m.contains(null, RDF.type, m.createResource(CDO + "Person"))) withPerson++;
        }
        assertTrue(withMeeting >= COUNT / 2, "only " + withMeeting + " of " + COUNT + " articles yield a meeting");
        assertTrue(withPerson >= COUNT * 9 / 10, "only " + withPerson + " of " + COUNT + " articles yield a person");
    }

    private static List<Path> files(Path root) throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
