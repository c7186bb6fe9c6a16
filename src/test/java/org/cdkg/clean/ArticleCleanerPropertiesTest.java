package org.cdkg.clean;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.cdkg.MessyText;
import org.cdkg.document.Article;
import org.cdkg.document.Metadata;
import org.cdkg.document.Sentence;
import org.cdkg.document.SourceFormat;
import org.cdkg.read.ArticleReader;
import org.cdkg.read.UnreadableArticleException;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * What the cleaner promises whatever it is given: it does not throw, the simplified copy keeps
 * the body's offsets, sentences are ordered, disjoint, trimmed spans of the body, every body
 * character points back into the original (at itself, unless it was decoded or folded), and the
 * same file always cleans the same way.
 */
class ArticleCleanerPropertiesTest {
    /** One cleaner for all tries: loading the rules and HanLP's conversion tables is the slow part. */
    private static final ArticleCleaner CLEANER = new ArticleCleaner();
    private static final ArticleReader READER = new ArticleReader();

    @Provide
    Arbitrary<String> documents() {
        return MessyText.document(40);
    }

    @Provide
    Arbitrary<String> bodies() {
        return MessyText.body(40);
    }

    @Provide
    Arbitrary<SourceFormat> formats() {
        return Arbitraries.of(SourceFormat.class);
    }

    @Provide
    Arbitrary<String> anyChars() {
        return MessyText.anyChars(300);
    }

    /** The file as the reader makes it; a blank or binary file is refused, which is the reader's documented answer. */
    private static Article read(String text) {
        try {
            return READER.read("p.txt", text.getBytes(StandardCharsets.UTF_8));
        } catch (UnreadableArticleException refused) {
            Assume.that(false);
            return null;
        }
    }

    @Property(tries = 300)
    void cleaningAFileKeepsItsPromises(@ForAll("documents") String text) {
        Article a = read(text);
        CLEANER.clean(a);
        checkCleaned(a);
    }

    /** Formats forced on any text, control characters included (the reader would refuse some as binary). */
    @Property(tries = 300)
    void cleaningAnyTextInAnyFormatKeepsItsPromises(@ForAll("bodies") String text, @ForAll("formats") SourceFormat format) {
        Article a = new Article("p.txt", "0", text, StandardCharsets.UTF_8, format, null, 0);
        CLEANER.clean(a);
        checkCleaned(a);
    }

    @Property(tries = 200)
    void cleaningIsDeterministic(@ForAll("documents") String text) {
        Article first = read(text), second = read(text);
        CLEANER.clean(first);
        new ArticleCleaner().clean(second);
        assertEquals(first.body().text(), second.body().text());
        assertEquals(first.simplified(), second.simplified());
        assertArrayEquals(origins(first), origins(second));
        assertEquals(first.sentences(), second.sentences());
        Metadata m1 = first.metadata(), m2 = second.metadata();
        assertEquals(List.of(String.valueOf(m1.title()), String.valueOf(m1.published()), String.valueOf(m1.publishedDateTime()),
                        String.valueOf(m1.sourceUrl()), String.valueOf(m1.publisher()), String.valueOf(m1.author())),
                List.of(String.valueOf(m2.title()), String.valueOf(m2.published()), String.valueOf(m2.publishedDateTime()),
                        String.valueOf(m2.sourceUrl()), String.valueOf(m2.publisher()), String.valueOf(m2.author())));
    }

    /** The simplified copy is what every later stage indexes with the body's offsets. */
    @Property(tries = 300)
    void simplifyingKeepsLengthAndPairs(@ForAll("anyChars") String s) {
        String simplified = ArticleCleaner.simplify(s);
        assertEquals(s.length(), simplified.length());
        if (MessyText.loneSurrogate(s) < 0) assertEquals(-1, MessyText.loneSurrogate(simplified), "a surrogate pair was split");
        assertEquals(simplified, ArticleCleaner.simplify(s));
    }

    @Property(tries = 500)
    void splittingAnyTextGivesOrderedTrimmedSpans(@ForAll("anyChars") String s) {
        checkSentences(new SentenceSplitter().split(s), s);
    }

    @Property(tries = 500)
    void pinyinAnnotationsAreParenthesisedSpans(@ForAll("bodies") String s) {
        for (int i = 0; i <= s.length(); i++) {
            int n = PinyinAnnotations.annotationAt(s, i);
            assertTrue(n >= 0 && i + n <= s.length(), "annotation runs past the text at " + i);
            if (n > 0) {
                assertTrue("(（".indexOf(s.charAt(i)) >= 0 && ")）".indexOf(s.charAt(i + n - 1)) >= 0, s.substring(i, i + n));
            }
        }
    }

    private static void checkCleaned(Article a) {
        String body = a.body().text(), original = a.original();
        assertEquals(body.length(), a.simplified().length(), "simplified copy must keep offsets");
        checkSentences(a.sentences(), a.simplified());
        for (int i = 0; i < body.length(); i++) {
            int o = a.body().originOf(i);
            assertTrue(o >= a.bodyStart() && o < original.length(),
                    "character " + i + " points to " + o + ", outside the body [" + a.bodyStart() + ", " + original.length() + ")");
            if (i > 0 && a.format() != SourceFormat.HTML) assertTrue(o >= a.body().originOf(i - 1), "plain text keeps its order at " + i);
            char c = body.charAt(i), at = original.charAt(o);
            // A kept character is itself in the original, unless it is a line break or space the cleaner
            // put in, a decoded character reference, or a character jsoup replaced.
            boolean inserted = c == '\n' || c == ' ', decoded = at == '&', replaced = c == '\uFFFD';
            if (!inserted && !decoded && !replaced)
                if (at != c) fail(String.format("character %d (U+%04X) of the body points to %d, U+%04X in the original", i, (int) c, o, (int) at));
        }
        // Labels, quotes and the body itself become RDF literals, which cannot hold half a surrogate pair.
        assertEquals(-1, MessyText.loneSurrogate(body), "body holds an unpaired surrogate");
        Metadata m = a.metadata();
        for (String field : new String[]{m.title(), m.sourceUrl(), m.publisher(), m.author()})
            if (field != null) assertEquals(-1, MessyText.loneSurrogate(field), "metadata holds an unpaired surrogate: " + field);
        if (m.publishedDateTime() != null) {
            assertTrue(XSDDatatype.XSDdateTime.isValid(m.publishedDateTime()), "not an xsd:dateTime: " + m.publishedDateTime());
            assertTrue(m.publishedDateTime().startsWith(m.published().toString()), m.publishedDateTime() + " is not on " + m.published());
        }
        if (m.published() != null) assertTrue(XSDDatatype.XSDdate.isValid(m.published().toString()), "not an xsd:date: " + m.published());
    }

    private static void checkSentences(List<Sentence> sentences, String text) {
        int lastEnd = 0;
        for (int k = 0; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            assertEquals(k, s.index(), "sentences are numbered in order");
            assertTrue(s.start() >= lastEnd && s.start() < s.end() && s.end() <= text.length(),
                    "sentence " + k + " [" + s.start() + ", " + s.end() + ") after " + lastEnd + " in a text of " + text.length());
            String t = text.substring(s.start(), s.end());
            assertFalse(Character.isWhitespace(t.charAt(0)) || Character.isWhitespace(t.charAt(t.length() - 1)), "untrimmed: " + t);
            // A sentence runs over a line break only where the break wraps Chinese text: Han characters either side.
            for (int j = t.indexOf('\n'); j >= 0; j = t.indexOf('\n', j + 1))
                assertTrue(j > 0 && j + 1 < t.length() && Character.UnicodeScript.of(t.charAt(j - 1)) == Character.UnicodeScript.HAN
                        && Character.UnicodeScript.of(t.charAt(j + 1)) == Character.UnicodeScript.HAN, "a sentence runs over a line break that wraps no Chinese: " + t);
            lastEnd = s.end();
        }
    }

    private static int[] origins(Article a) {
        int[] o = new int[a.body().text().length()];
        Arrays.setAll(o, a.body()::originOf);
        return o;
    }
}
