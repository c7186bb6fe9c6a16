package org.cdkg;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import org.cdkg.read.ArticleReader;
import org.cdkg.read.UnreadableArticleException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Generators of the text articles are made of, and of the text they should never be broken by:
 * news prose in both scripts with dates and names, markup, reading annotations, front matter,
 * and arbitrary Unicode (emoji, RTL, control characters, unassigned planes). Shared by the
 * property tests of several stages.
 */
public final class MessyText {
    private MessyText() {}

    /** Pieces of real articles: the stages have rules for each, so random text alone rarely reaches them. */
    private static final List<String> NEWS = List.of(
            "中国", "美国", "气候", "變化", "谈判", "会议", "會談", "生态环境部", "解振华", "约翰·克里", "克里", "特使",
            "巴黎协定", "《巴黎協定》", "联合国气候变化框架公约", "第二十八届缔约方大会", "COP28", "迪拜", "北京", "举行",
            "表示", "双方", "同意", "加强合作", "新华社北京1月12日电", "1月12日电", "记者", "来源：新华社", "責任編輯：王",
            "态(tài)", "態(tài)", "环(huán)", "國(guó)", "(NDC)", "2024年5月10日", "2023年11月15日至17日", "7月16—19日",
            "12日", "二〇二三年七月十六日至十九日", "今年5月7日", "去年11月", "本月12日", "昨天", "次日", "同日", "周二",
            "September 4-6, 2024", "4-7 November 2023", "on Monday", "the next day", "Beijing, 4 July 2023 – ",
            "John Kerry", "Xie Zhenhua", "Special Envoy", "Paris Agreement", "U.S.", "Mr.", "Dr. Smith", "Sept.",
            "2024-05-10 21:36", "15/11/2023 - 15:55", "Fri, 10 May 2024 21:36:00 GMT", "2023-11-15T15:55:00+01:00",
            "http://www.chinanews.com/gn/2024/01-12/1.shtml", "【来源】", "分享", "相关阅读", "版权声明",
            "联系我们|网站地图|关于我们", "本+文`內.容.來.自", "By Asia Climate Wire staff | January 25, 2024");

    private static final List<String> PUNCTUATION = List.of(
            "。", "，", "！", "？", "；", "：", "、", ".", ",", "!", "?", ";", ":", "“", "”", "「", "」", "《", "》",
            "(", ")", "（", "）", "·", "—", "–", "-", "~", "…", "'", "’", "\"", "%", "%zz", "%E4%B8", "<>\"{}|\\^`");

    private static final List<String> SPACE = List.of(
            " ", "  ", "\n", "\n\n", "\r\n", "\r", "\t", "\u3000", "\u00a0", "\u200b", "\ufeff", "\u2028", "\u0085");

    private static final List<String> MARKUP = List.of(
            "<p>", "</p>", "<div>", "</div>", "<div class=\"share-bar\">", "<br>", "<br/>", "<h1>", "</h1>", "<li>", "<ul>",
            "</ul>", "<a href=\"/x\">", "</a>", "<script>var a = '<p>';</script>", "<style>p{}</style>", "<!-- comment -->",
            "<!--", "-->", "<nav>", "</nav>", "<table><tr><td>", "</td></tr></table>", "<pre>", "</pre>", "<", ">", "</",
            "&amp;", "&lt;", "&nbsp;", "&#20013;", "&#x4E2D;", "&#55296;", "&#xDC00;", "&#xD83D;&#xDE00;", "&#128512;",
            "&#0;", "&#1114112;", "&#x110000;", "&#999999;", "&bogus;", "&amp", "&",
            "[链接](https://example.org/a)", "![图](https://example.org/p.png)", "**", "__", "# ", "## ", "> ", "- ", "* ",
            "\n---\n", "\n===\n", "------");

    private static final List<String> EXOTIC = List.of(
            "😀", "👨‍👩‍👧", "🇨🇳", "\uD83C\uDF0D", "𠀀", "𪚥", "مرحبا", "שלום", "\u202e", "\u200f", "\u0000", "\u0001",
            "\u0007", "\u001b", "\u007f", "\u0080", "\u009f", "e\u0301", "Путин", "Ελλάδα", "２０２４年５月６日", "ＡＢＣ",
            "\uFFFD", "\uFFFF", "\uFFFE", "\uE000", "\uDB80\uDC00");

    /** One Unicode scalar value of any plane, never a lone surrogate. */
    public static Arbitrary<String> anyCodePoint() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(0x20, 0x7E)),
                Tuple.of(4, Arbitraries.integers().between(0x4E00, 0x9FFF)),
                Tuple.of(2, Arbitraries.integers().between(0, 0xFFFF)),
                Tuple.of(1, Arbitraries.integers().between(0x10000, 0x10FFFF))
        ).filter(cp -> cp < 0xD800 || cp > 0xDFFF).map(Character::toString);
    }

    /** Strings of Unicode scalar values (what a decoded file can hold). */
    public static Arbitrary<String> unicode(int maxCodePoints) {
        return anyCodePoint().list().ofMaxSize(maxCodePoints).map(l -> String.join("", l));
    }

    /** Strings of arbitrary UTF-16 units, lone surrogates included (what a Java string can hold). */
    public static Arbitrary<String> anyChars(int maxLength) {
        return Arbitraries.strings().all().ofMaxLength(maxLength);
    }

    private static Arbitrary<String> fragment() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(NEWS)),
                Tuple.of(4, Arbitraries.integers().between(0x4E00, 0x9FFF).map(Character::toString)
                        .list().ofMinSize(1).ofMaxSize(12).map(l -> String.join("", l))),
                Tuple.of(3, Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(10)),
                Tuple.of(2, Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(5)),
                Tuple.of(4, Arbitraries.of(PUNCTUATION)),
                Tuple.of(4, Arbitraries.of(SPACE)),
                Tuple.of(3, Arbitraries.of(MARKUP)),
                Tuple.of(2, Arbitraries.of(EXOTIC)),
                Tuple.of(2, unicode(6)));
    }

    /** A body: fragments run together. */
    public static Arbitrary<String> body(int maxFragments) {
        return fragment().list().ofMaxSize(maxFragments).map(l -> String.join("", l));
    }

    /** A whole file: a bare body, an HTML page around one, or Markdown under YAML front matter. */
    public static Arbitrary<String> document(int maxFragments) {
        Arbitrary<String> b = body(maxFragments);
        Arbitrary<String> short_ = body(4);
        Arbitrary<String> html = Combinators.combine(short_, short_, b).as((title, meta, content) ->
                "<html><head><title>" + title + "</title><meta property=\"og:title\" content=\"" + meta + "\">"
                        + "<meta property=\"article:published_time\" content=\"" + meta + "\"></head><body><article><p>"
                        + content + "</p></article></body></html>");
        Arbitrary<String> frontMatter = Combinators.combine(short_, short_, short_, b).as((title, date, url, content) ->
                "---\ntitle: " + title + "\ndate: " + date + "\nurl: https://example.org/" + url + "\nsource: " + title
                        + "\n---\n" + content);
        return Arbitraries.frequencyOf(Tuple.of(3, b), Tuple.of(2, html), Tuple.of(2, frontMatter), Tuple.of(1, unicode(80)),
                Tuple.of(3, mutatedArticles()));
    }

    /** The project's own test articles and examples, decoded as the reader decodes them. */
    private static List<String> realArticles() {
        List<String> texts = new ArrayList<>();
        for (String dir : List.of("src/test/resources/articles", "examples/articles")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path f : files.filter(f -> !f.toString().endsWith(".json")).sorted().toList())
                    texts.add(new ArticleReader().read(f).original());
            } catch (IOException | UnreadableArticleException missing) {
                // Run from elsewhere than the project root: the generated text alone has to do.
            }
        }
        if (texts.isEmpty()) texts.add("2024年9月4日至6日，中美气候变化工作组会议在北京召开。会议由刘振民与波德斯塔共同主持。");
        return texts;
    }

    /**
     * A stretch of a real article with messy fragments dropped into it: random text alone rarely
     * gets as far as a meeting, a fact or a post, and these do.
     */
    public static Arbitrary<String> mutatedArticles() {
        List<String> seeds = realArticles();
        return Arbitraries.of(seeds).flatMap(text -> Combinators.combine(
                Arbitraries.integers().between(0, text.length()),
                Arbitraries.integers().between(1, 2500),
                Combinators.combine(Arbitraries.doubles().between(0, 1), fragment()).as(Tuple::of).list().ofMaxSize(8)
        ).as((start, length, inserts) -> {
            int from = start, to = Math.min(text.length(), start + length);
            // Cut between characters, not inside a surrogate pair.
            if (from > 0 && from < text.length() && Character.isLowSurrogate(text.charAt(from))) from--;
            if (to < text.length() && to > 0 && Character.isLowSurrogate(text.charAt(to))) to++;
            StringBuilder b = new StringBuilder(text.substring(from, to));
            for (Tuple.Tuple2<Double, String> in : inserts) {
                int at = (int) (in.get1() * b.length());
                if (at > 0 && at < b.length() && Character.isLowSurrogate(b.charAt(at))) at--;
                b.insert(at, in.get2());
            }
            return b.toString();
        }));
    }

    /** The index of the first unpaired surrogate in {@code s}, or -1. */
    public static int loneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) { i++; continue; }
                return i;
            }
            if (Character.isLowSurrogate(c)) return i;
        }
        return -1;
    }
}
