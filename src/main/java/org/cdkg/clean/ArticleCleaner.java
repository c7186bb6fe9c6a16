package org.cdkg.clean;

import com.hankcs.hanlp.HanLP;
import org.cdkg.document.Article;
import org.cdkg.document.CleanText;
import org.cdkg.document.FoundAnywhere;
import org.cdkg.document.Metadata;
import org.cdkg.document.PrefilteredPattern;
import org.cdkg.document.Scripts;
import org.cdkg.document.SourceFormat;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Second stage: reduces an article to its readable body. Markup, menus, share buttons,
 * related-article lists, footers and reading annotations go; every kept character remembers
 * its offset in the original. Also collects the article's metadata and splits sentences.
 */
public final class ArticleCleaner {
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
            "tr", "table", "section", "article", "blockquote", "pre", "dd", "dt", "dl", "header", "figure", "figcaption",
            "hr", "main", "body", "title");
    private static final Pattern MD_LINK = Pattern.compile("!?\\[([^\\]\\n]{0,300})\\]\\((https?://[^)\\s]+|/[^)\\s]*)\\)");
    private static final Pattern MD_DECORATION = Pattern.compile("^\\s{0,3}(#{1,6}\\s+|>\\s*|[-*+]\\s+)|\\*\\*|__");
    private static final Pattern SETEXT = Pattern.compile("^\\s*(-{3,}|={3,})\\s*$");
    private static final Pattern TAG_OR_COMMENT = Pattern.compile("<!--.*?-->|</?[a-zA-Z][^<>]{0,2000}>", Pattern.DOTALL);
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    // Searched only where a match can start: a line or page has few of these characters.
    private static final PrefilteredPattern MD_LINK_IN_LINE = new PrefilteredPattern(MD_LINK, "![");
    private static final PrefilteredPattern MD_DECORATION_IN_LINE = new PrefilteredPattern(MD_DECORATION, " \t\n\u000B\f\r#>-*+_");
    private static final PrefilteredPattern TAG_OR_COMMENT_IN_TEXT = new PrefilteredPattern(TAG_OR_COMMENT, "<");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,6}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    /** A character reference as jsoup reads one in text: the semicolon is optional. */
    private static final Pattern REFERENCE = Pattern.compile("&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);?");

    private final BoilerplateRules rules;
    private final SentenceSplitter splitter = new SentenceSplitter();

    public ArticleCleaner() {
        this(BoilerplateRules.load());
    }

    public ArticleCleaner(BoilerplateRules rules) {
        this.rules = rules;
    }

    public void clean(Article article) {
        Metadata meta = article.metadata();
        MetadataExtractor metadata = new MetadataExtractor(meta);
        metadata.fromFrontMatter(article.frontMatter());
        List<Line> lines;
        if (article.format() == SourceFormat.HTML) {
            Document doc = parseHtml(article);
            metadata.fromHtml(doc);
            lines = htmlLines(doc, article.original().substring(article.bodyStart()), article.bodyStart());
        } else {
            lines = textLines(article.original(), article.bodyStart());
        }
        lines = rewriteInline(lines, metadata);
        List<Line> kept = filter(lines, metadata, new LineMatchers(rules.metadataLines));
        metadata.fromBody(kept);

        CleanText.Builder b = new CleanText.Builder();
        for (Line l : kept) {
            if (b.length() > 0) b.append('\n', b.lastOrigin() + 1);
            l.appendTo(b);
        }
        CleanText body = b.build();
        article.body(body, simplify(body.text()));
        article.sentences().addAll(splitter.split(article.simplified(), article.body()));
    }

    /** The body in simplified script with the same length, so offsets stay valid. */
    static String simplify(String text) {
        String s = HanLP.convertToSimplifiedChinese(text);
        if (s.length() == text.length()) return s;
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String c = HanLP.convertToSimplifiedChinese(String.valueOf(text.charAt(i)));
            out.append(c.length() == 1 ? c.charAt(0) : text.charAt(i));
        }
        return out.toString();
    }

    private static Document parseHtml(Article a) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        return parser.parseInput(a.original().substring(a.bodyStart()), "");
    }

    private List<Line> htmlLines(Document doc, String src, int base) {
        List<Line> lines = new ArrayList<>();
        Line[] cur = {new Line()};
        Set<Element> dropped = new java.util.HashSet<>();
        if (rules.unparsableSelector != null)
            throw new IllegalStateException("boilerplate selector does not parse: " + rules.unparsableSelector, rules.selectorError);
        // One walk over the page finds the dropped tags and the lists, rather than one walk for each tag.
        List<Element> lists = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            if (rules.dropElements.contains(e.normalName())) dropped.add(e);
            if (e.nameIs("ul") || e.nameIs("ol")) lists.add(e);
        }
        // A list whose every item is just a link is a menu or a list of other articles; so is a list of
        // five or more short lines with no sentence in them (a "hot news" column).
        for (Element list : lists) {
            var items = list.children().select("li");
            boolean links = items.size() >= 2 && items.stream().allMatch(li -> !li.select("a").isEmpty() && li.text().strip().equals(li.select("a").text().strip()));
            boolean headlines = items.size() >= 5 && items.stream().allMatch(li -> li.text().length() <= 40 && li.text().indexOf('。') < 0);
            if (links || headlines) dropped.add(list);
        }
        for (int i = 0; i < rules.dropSelectors.size(); i++) {
            try {
                dropped.addAll(doc.select(rules.dropSelectors.get(i)));
            } catch (RuntimeException badSelector) {
                throw new IllegalStateException("boilerplate selector does not parse: " + rules.dropSelectorText.get(i), badSelector);
            }
        }
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (dropped.contains(e) && !e.tagName().equals("body") && !e.tagName().equals("html")) return FilterResult.SKIP_ENTIRELY;
                    if (BLOCKS.contains(e.normalName())) breakLine();
                } else if (node instanceof TextNode t) {
                    appendText(t, src, base, cur[0]);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) breakLine();
                return FilterResult.CONTINUE;
            }

            private void breakLine() {
                if (cur[0].length() > 0) { lines.add(cur[0]); cur[0] = new Line(); }
            }
        }, doc);
        if (cur[0].length() > 0) lines.add(cur[0]);
        // Text nodes may hold several lines of their own (pre-formatted or sloppy markup).
        List<Line> split = new ArrayList<>();
        for (Line l : lines) split.addAll(splitOnNewlines(l));
        return split;
    }

    /** Appends a text node, mapping each decoded character back to its raw position (entities are longer in the raw). */
    private static void appendText(TextNode t, String src, int base, Line line) {
        String decoded = t.getWholeText();
        if (!t.sourceRange().isTracked()) {
            for (int i = 0; i < decoded.length(); i++) line.add(decoded.charAt(i), base);
            return;
        }
        int k = t.sourceRange().startPos(), end = Math.min(src.length(), t.sourceRange().endPos());
        for (int i = 0; i < decoded.length(); i++) {
            // jsoup drops the line break that opens a <pre>, <textarea> or <listing>.
            while (k < end - 1 && decoded.charAt(i) != src.charAt(k) && (src.charAt(k) == '\n' || src.charAt(k) == '\r')) k++;
            int at = base + Math.min(k, Math.max(0, end - 1));
            Matcher e = k < end && src.charAt(k) == '&' ? REFERENCE.matcher(src).region(k, Math.min(end, k + 32)) : null;
            if (e != null && e.lookingAt()) {
                // jsoup decodes what it knows (&amp; &nbsp &#128512;) and keeps the rest raw (&bogus;, the xyz of
                // &ampxyz): what it decoded is the reference less the raw tail both share.
                String raw = e.group(), dec = Parser.unescapeEntities(raw, false);
                int tail = 0;
                while (tail < dec.length() - 1 && tail < raw.length() - 1 && dec.charAt(dec.length() - 1 - tail) == raw.charAt(raw.length() - 1 - tail)) tail++;
                String head = dec.substring(0, dec.length() - tail);
                if (!dec.equals(raw) && decoded.startsWith(head, i)) {
                    for (int j = 0; j < head.length(); j++) line.add(decoded.charAt(i + j), at);
                    i += head.length() - 1;
                    k += raw.length() - tail;
                    continue;
                }
            }
            line.add(decoded.charAt(i), at);
            k++;
        }
    }

    private static List<Line> splitOnNewlines(Line l) {
        List<Line> out = new ArrayList<>();
        Line cur = new Line();
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (c == '\n' || c == '\r') {
                if (cur.length() > 0) out.add(cur);
                cur = new Line();
            } else cur.add(c, l.originOf(i));
        }
        if (cur.length() > 0) out.add(cur);
        return out;
    }

    /** Plain text and Markdown: strips stray tags, comments and entities, then splits lines. */
    private static List<Line> textLines(String original, int from) {
        String s = original.substring(from);
        boolean[] keep = new boolean[s.length()];
        java.util.Arrays.fill(keep, true);
        PrefilteredPattern.Search m = TAG_OR_COMMENT_IN_TEXT.in(s);
        while (m.find()) for (int i = m.start(); i < m.end(); i++) keep[i] = s.charAt(i) == '\n' && m.group().startsWith("<!--");
        Line all = new Line();
        for (int i = 0; i < s.length(); i++) {
            if (!keep[i]) continue;
            if (s.charAt(i) == '&') {
                Matcher e = ENTITY.matcher(s).region(i, Math.min(s.length(), i + 12));
                if (e.lookingAt()) {
                    String dec = Parser.unescapeEntities(e.group(), false);
                    if (dec.length() == 1) {
                        all.add(dec.charAt(0), from + i);
                        for (int j = i; j < e.end(); j++) keep[j] = false;
                        continue;
                    }
                }
            }
            all.add(s.charAt(i), from + i);
        }
        return splitOnNewlines(all);
    }

    /** Markdown links become their text, decorations go, reading annotations go, white space is folded. */
    private static List<Line> rewriteInline(List<Line> lines, MetadataExtractor metadata) {
        List<Line> out = new ArrayList<>();
        for (int li = 0; li < lines.size(); li++) {
            Line l = lines.get(li);
            String s = l.string();
            if (SETEXT.matcher(s).matches()) continue;
            boolean[] keep = new boolean[s.length()];
            java.util.Arrays.fill(keep, true);
            PrefilteredPattern.Search m = MD_LINK_IN_LINE.in(s);
            boolean onlyLink = false;
            while (m.find()) {
                for (int i = m.start(); i < m.end(); i++) keep[i] = i >= m.start(1) && i < m.end(1) && !m.group().startsWith("!");
                if (m.start() == 0 && m.end() == s.strip().length() && out.isEmpty()) {
                    onlyLink = true;
                    metadata.fromHeadingLink(m.group(1), m.group(2));
                }
            }
            PrefilteredPattern.Search d = MD_DECORATION_IN_LINE.in(s);
            while (d.find()) for (int i = d.start(); i < d.end(); i++) keep[i] = false;
            for (int i = 0; i < s.length(); i++) {
                int n = PinyinAnnotations.annotationAt(s, i);
                if (n > 0) { for (int j = i; j < i + n; j++) keep[j] = false; i += n - 1; }
            }
            Line cleaned = l.keep(keep).normalizeSpace();
            if (cleaned.length() > 0) out.add(cleaned);
            if (onlyLink) metadata.markTitleLine(cleaned.string());
        }
        return out;
    }

    private List<Line> filter(List<Line> lines, MetadataExtractor metadata, LineMatchers metadataLines) {
        int total = 0;
        for (Line l : lines) total += l.length();
        List<Line> kept = new ArrayList<>();
        int seen = 0;
        for (Line l : lines) {
            String s = l.string();
            seen += l.length();
            boolean tailMarker = foundAny(rules.tailMarkers, s);
            if (tailMarker && seen > total * 0.3) break;
            if (metadata.fromLine(s, metadataLines)) continue;
            if (kept.size() < 8 && metadata.fromHeadLine(s)) continue;
            int stamp = kept.size() < 8 ? metadata.datePrefix(s, rules.datePrefixes) : 0;
            if (stamp > 0) {
                boolean[] keep = new boolean[l.length()];
                java.util.Arrays.fill(keep, stamp, keep.length, true);
                l = l.keep(keep);
                s = l.string();
            }
            if (tailMarker || foundAny(rules.dropLines, s) || isNavigation(s) || isWatermark(s)) continue;
            kept.add(l);
        }
        return kept;
    }

    private static boolean foundAny(List<FoundAnywhere> patterns, String s) {
        for (FoundAnywhere p : patterns) if (p.in(s)) return true;
        return false;
    }

    /** A line of many short items (site sections, province lists) and no sentence in it. */
    private boolean isNavigation(String s) {
        if (s.indexOf('。') >= 0 || s.indexOf('，') >= 0 && s.length() > 80) return false;
        String[] items = rules.navSeparators.split(s.strip());
        if (SentenceSplitter.language(s, 0, s.length()) == org.cdkg.document.Sentence.Lang.ZH)
            items = rules.navSeparators.split(WHITE_SPACE.matcher(s.strip()).replaceAll("|"));
        int n = 0, len = 0;
        for (String it : items) if (!it.isEmpty()) { n++; len += it.length(); }
        return n >= rules.navMinItems && (double) len / n <= rules.navMaxAverage;
    }

    /** Anti-copy watermarks sprinkle ASCII symbols between characters: 本+文`內.容.來.自. */
    private static boolean isWatermark(String s) {
        int han = 0, sym = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Scripts.isHan(c)) han++;
            else if ("`*^+~|".indexOf(c) >= 0) sym++;
        }
        return han > 0 && sym >= 3 && sym * 4 >= han;
    }
}
