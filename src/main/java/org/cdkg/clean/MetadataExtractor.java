package org.cdkg.clean;

import org.cdkg.document.Metadata;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Collects title, date, address and publisher from wherever the article carries them:
 * front matter, HTML head, a linked heading, source lines, timestamps, the address itself
 * and the dateline. Sources are offered from the most to the least reliable.
 */
final class MetadataExtractor {
    private static final List<String> TITLE_KEYS = List.of("title", "headline");
    private static final List<String> DATE_KEYS = List.of("date", "published", "pubDate", "publishDate", "published_at", "datePublished");
    private static final List<String> URL_KEYS = List.of("url", "link", "source_url", "sourceUrl", "canonical", "permalink", "original", "source", "original_url");
    private static final List<String> PUBLISHER_KEYS = List.of("publisher", "source", "site", "author", "media");
    private static final Pattern EN_DATELINE = Pattern.compile("^\\s*\\p{Lu}[\\p{L} .'-]{1,40},\\s+((?:\\d{1,2}\\s+\\p{L}+\\.?|\\p{L}+\\.?\\s+\\d{1,2}),?\\s+\\d{4})\\s*[–—-]");
    private static final Pattern BARE_URL = Pattern.compile("https?://\\S+");
    private static final Pattern HEAD_MARKERS = Pattern.compile(
            "来源|來源|作者|编辑|編輯|责任编辑|發布|发布|发表时间|時間|时间|日期|(?i:\\bpublished\\b|\\bupdated\\b|\\bby\\b|\\bGMT\\b|\\bUTC\\b|\\bposted\\b|\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b)");
    /** Dates, times, separators and metadata words: what a pure timestamp line consists of. */
    private static final Pattern HEAD_NOISE = Pattern.compile(
            "\\d+|[-/.:：|｜,年月日　\\s]|GMT|UTC|[+]\\d+|(?i:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|am|pm|published|updated|on)");
    private static final Pattern SOURCE = Pattern.compile("(?:来源|來源|Source)\\s*[:：]\\s*([^\\s　|｜]{2,30})");
    private static final Pattern AUTHOR = Pattern.compile("(?:作者|記者|记者)\\s*[:：]?\\s*([^\\s　|｜]{2,20})|(?:^|[·|｜]\\s*)[Bb]y\\s+([^|｜·]{2,60}?)\\s*(?:[|｜·]|$)");
    private static final Pattern DATELINE = Pattern.compile("^\\s*\\S{0,12}?(\\d{1,2})月(\\d{1,2})日电");

    /** What a page's HTML says about it, parsed once; the indexes below name them. */
    private static final Evaluator[] HEAD_SELECTORS = Stream.of("meta[property=og:title]", "h1",
            "meta[property=article:published_time]", "meta[name=pubdate]", "meta[name=publishdate]", "meta[itemprop=datePublished]", "meta[name=date]",
            "time[datetime]", "link[rel=canonical]", "meta[property=og:url]", "meta[property=og:site_name]", "meta[name=author]")
            .map(QueryParser::parse).toArray(Evaluator[]::new);
    private static final int OG_TITLE = 0, H1 = 1, PUBLISHED_TIME = 2, DATE = 6, TIME = 7, CANONICAL = 8, OG_URL = 9, OG_SITE_NAME = 10, AUTHOR_META = 11;

    private final Metadata meta;
    private String headingTitle;
    private int datelineMonth, datelineDay;

    MetadataExtractor(Metadata meta) {
        this.meta = meta;
    }

    void fromFrontMatter(Map<String, Object> fm) {
        if (fm == null || fm.isEmpty()) return;
        for (String k : TITLE_KEYS) meta.offerTitle(str(fm.get(k)));
        for (String k : DATE_KEYS) {
            PublicationDates.Stamp st = PublicationDates.parse(str(fm.get(k)));
            if (st != null) meta.offerPublished(st.date(), st.dateTime());
        }
        for (String k : URL_KEYS) if (isHttp(str(fm.get(k)))) meta.offerSourceUrl(str(fm.get(k)));
        for (String k : PUBLISHER_KEYS) {
            String v = str(fm.get(k));
            if (v != null && !isHttp(v)) meta.offerPublisher(v);
        }
    }

    void fromHtml(Document doc) {
        Element[] first = firstOfEach(doc);
        meta.offerTitle(attr(first[OG_TITLE], "content"));
        Element h1 = first[H1];
        if (h1 != null) meta.offerTitle(h1.text());
        if (!doc.title().isBlank()) meta.offerTitle(doc.title());
        for (int date = PUBLISHED_TIME; date <= DATE; date++) {
            PublicationDates.Stamp st = PublicationDates.parse(attr(first[date], "content"));
            if (st != null) meta.offerPublished(st.date(), st.dateTime());
        }
        Element time = first[TIME];
        if (time != null) {
            PublicationDates.Stamp st = PublicationDates.parse(time.attr("datetime"));
            if (st != null) meta.offerPublished(st.date(), st.dateTime());
        }
        String canonical = attr(first[CANONICAL], "href");
        if (isHttp(canonical)) meta.offerSourceUrl(canonical);
        String og = attr(first[OG_URL], "content");
        if (isHttp(og)) meta.offerSourceUrl(og);
        meta.offerPublisher(attr(first[OG_SITE_NAME], "content"));
        meta.offerAuthor(attr(first[AUTHOR_META], "content"));
    }

    /** The first element (in document order) each of {@link #HEAD_SELECTORS} selects, all found in one walk over the page. */
    private static Element[] firstOfEach(Document doc) {
        Element[] first = new Element[HEAD_SELECTORS.length];
        int missing = first.length;
        for (Element e : doc.getAllElements()) {
            for (int i = 0; i < first.length; i++)
                if (first[i] == null && HEAD_SELECTORS[i].matches(doc, e)) { first[i] = e; missing--; }
            if (missing == 0) break;
        }
        return first;
    }

    /** A page saved as Markdown often starts with its title linked to its own address. */
    void fromHeadingLink(String title, String url) {
        if (isHttp(url)) {
            meta.offerSourceUrl(url);
            headingTitle = title;
        }
    }

    void markTitleLine(String line) {
        if (headingTitle != null) meta.offerTitle(line);
    }

    /** Returns true when the line is metadata and not body text. */
    boolean fromLine(String line, LineMatchers patterns) {
        Matcher m = patterns.firstFound(line);
        if (m != null) {
            String url = group(m, "url"), publisher = group(m, "publisher"), date = group(m, "date"), title = group(m, "title");
            if (url != null) meta.offerSourceUrl(url);
            if (publisher != null) meta.offerPublisher(publisher);
            if (title != null) meta.offerTitle(title);
            if (date != null) {
                PublicationDates.Stamp st = PublicationDates.parse(date);
                if (st != null) meta.offerPublished(st.date(), st.dateTime());
            }
            return true;
        }
        return false;
    }

    /**
     * A line near the top that carries the page's own date, source or author ("2024-05-10 21:36
     * 来源：新华社", "By Asia Climate Wire staff | January 25, 2024", "Published 21 January 2026",
     * a bare address) is metadata; returns true when it is, so it leaves the body.
     */
    boolean fromHeadLine(String line) {
        String s = line.strip();
        if (s.length() > 160) return false;
        if (BARE_URL.matcher(s).matches()) {
            meta.offerSourceUrl(s);
            return true;
        }
        if (!PublicationDates.hasDate(s)) return false;
        // A sentence that ends, or holds a full stop, is running text that happens to hold a date and a word
        // such as 发布: "2019年8月16日，…会议在巴西圣保罗举行。会上，…并发布联合声明。"
        if (s.indexOf('。') >= 0) return false;
        String rest = HEAD_NOISE.matcher(s).replaceAll(" ").strip();
        boolean marked = HEAD_MARKERS.matcher(s).find();
        if (!marked && rest.length() > 12) return false;
        PublicationDates.Stamp st = PublicationDates.parse(s);
        if (st == null) return false;
        meta.offerPublished(st.date(), st.dateTime());
        Matcher src = SOURCE.matcher(s);
        if (src.find()) meta.offerPublisher(src.group(1));
        Matcher by = AUTHOR.matcher(s);
        if (by.find()) meta.offerAuthor((by.group(1) != null ? by.group(1) : by.group(2)).strip());
        return true;
    }


    /**
     * The length of a timestamp that opens a line of running text ("date 2025-12-18 環境部長…"),
     * after offering its date as the page's; 0 when the line does not open with one.
     */
    int datePrefix(String line, List<java.util.regex.Pattern> prefixes) {
        for (java.util.regex.Pattern p : prefixes) {
            Matcher m = p.matcher(line);
            if (!m.lookingAt()) continue;
            PublicationDates.Stamp st = PublicationDates.parse(m.group("date"));
            if (st == null) continue;
            meta.offerPublished(st.date(), st.dateTime());
            return m.end();
        }
        return 0;
    }

    /** Last resorts, once the body is known: a heading line as title, the dateline, the date in the address. */
    void fromBody(List<Line> lines) {
        for (int i = 0; i < Math.min(lines.size(), 3); i++) {
            Matcher m = DATELINE.matcher(lines.get(i).string());
            if (m.find()) {
                datelineMonth = Integer.parseInt(m.group(1));
                datelineDay = Integer.parseInt(m.group(2));
                break;
            }
        }
        for (Line l : lines) {
            String s = l.string();
            if (looksLikeHeading(s)) { meta.offerTitle(s); break; }
        }
        // "Durban, 19 May 2018 – …": an English dateline with a year dates the article when nothing else does.
        for (int i = 0; i < Math.min(lines.size(), 4) && meta.published() == null; i++) {
            Matcher m = EN_DATELINE.matcher(lines.get(i).string());
            if (m.find()) {
                PublicationDates.Stamp st = PublicationDates.parse(m.group(1));
                if (st != null) meta.offerPublished(st.date(), null);
            }
        }
        LocalDate fromUrl = PublicationDates.fromUrl(meta.sourceUrl());
        if (fromUrl != null && (datelineMonth == 0 || fromUrl.getMonthValue() == datelineMonth)) meta.offerPublished(fromUrl, null);
        if (meta.published() != null || datelineMonth == 0) return;
        // A dateline gives month and day only; without a year it cannot stand as a date.
    }

    private static boolean looksLikeHeading(String s) {
        if (s.length() < 6 || s.length() > 120) return false;
        char last = s.charAt(s.length() - 1);
        if ("。.!！?？;；:：,，、".indexOf(last) >= 0) return false;
        boolean han = s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return han || s.indexOf(' ') > 0;
    }

    private static String group(Matcher m, String name) {
        try {
            String v = m.group(name);
            return v == null || v.isBlank() ? null : v.strip();
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }

    private static String attr(Element e, String attr) {
        return e == null ? null : e.attr(attr);
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static boolean isHttp(String s) {
        return s != null && (s.startsWith("http://") || s.startsWith("https://"));
    }
}
