package org.cdkg.relate;

import org.cdkg.document.Article;
import org.cdkg.document.DateRange;
import org.cdkg.document.DateRange.Basis;
import org.cdkg.document.PrefilteredPattern;
import org.cdkg.relate.rules.DateRules;
import org.cdkg.relate.rules.RulePack;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the calendar dates and date ranges of an article's body: 2024年9月4日至6日, 7月16—19日,
 * 12日, September 4-6, 2024, 4-6 September 2024, 8th April 2021. A date that omits its year or
 * month takes it from the date before it in the article, else from the article's own date,
 * choosing the year that puts it nearest (an event after the article's date is less likely
 * than one before it). Days counted from the article's date (昨天, on Tuesday), from the date
 * just given (当天, the next day) and "recently" (日前) are dates too, each with its
 * {@link Basis}. A dateline (北京1月12日电) sets the context without being a fact of its own.
 * The words (month and weekday names, 去年, 日前) come from the languages' date packs.
 */
public final class DateExtractor {
    private static final String DASH = "(?:至|到|－|-|—|–|~|～|－)";
    // Years of three digits are years of the Republic of China (民国, 114年 = 2025), as Taiwan writes them.
    private static final Pattern ZH = Pattern.compile(
            "(?:(\\d{3,4})年)?(?:(\\d{1,2})月)?(\\d{1,2})[日号]"
                    + "(?:\\s*" + DASH + "\\s*(?:(\\d{3,4})年)?(?:(\\d{1,2})月)?(\\d{1,2})[日号])?"
                    + "|(?:(\\d{3,4})年)?(\\d{1,2})月(\\d{1,2})\\s*" + DASH + "\\s*(\\d{1,2})[日号]");
    /** 二〇二三年七月十六日至十九日, 七月十六日, and a day alone (十七日) that is no length of time (十七日内). */
    private static final Pattern ZH_NUMERALS = Pattern.compile(
            "(?:([〇零一二三四五六七八九]{3,4})年)?(?:([一二三四五六七八九十]{1,3})月|(?<![〇零一二三四五六七八九十月]))([一二三四五六七八九十]{1,3})日(?:至([一二三四五六七八九十]{1,3})日)?(?![内间游以之期前后])");
    /** Years the Republic of China counts from 1912: 民国114年 is 2025. */
    private static final int ROC_EPOCH = 1911;
    /** How months and days are written in numerals: 一 … 九, 十, 十一 … 十九, 二十 … 三十九. */
    private static final Pattern NUMERAL_1_TO_39 = Pattern.compile("[一二三四五六七八九]|[二三]?十[一二三四五六七八九]?");
    private static final String DIGITS = "0123456789";
    /** How far (days) before the article's date a completed date may fall for each day it would fall after it. */
    private static final int FUTURE_WEIGHT = 2;

    private final Map<String, Integer> months = new HashMap<>(), weekdays = new HashMap<>(), relativeDays = new HashMap<>(), yearWords = new HashMap<>();
    private final Set<String> thisMonth = new LinkedHashSet<>(), recently = new LinkedHashSet<>();
    private final PrefilteredPattern enMdy, enDmy, relativeDay, nextDay, sameDay, approximate, zhDigits, zhNumerals, enMonthYear, zhMonthYear;
    private final List<Pattern> datelines = new ArrayList<>();
    /** A year in an event's name (2025中国—东盟环境合作论坛): the last resort for the year of a page without one. */
    private final List<Pattern> eventYears = new ArrayList<>();
    /** Words before a weekday that make it the coming one (next, 下). */
    private final List<String> weekdaysAhead = new ArrayList<>();
    /** Words that put a sentence in the future (will, 将于): its weekday is not yet past. */
    private final List<String> futureMarkers = new ArrayList<>();

    public DateExtractor() {
        this(RulePack.perLanguage("dates", DateRules.class).values());
    }

    DateExtractor(Collection<DateRules> packs) {
        List<String> weekdayForms = new ArrayList<>(), rangeWords = new ArrayList<>(), same = new ArrayList<>(), next = new ArrayList<>();
        for (DateRules r : packs) {
            months.putAll(lower(r.monthNames()));
            relativeDays.putAll(lower(r.relativeDays()));
            yearWords.putAll(r.yearWords());
            thisMonth.addAll(r.thisMonth());
            for (String w : r.recently()) recently.add(w.toLowerCase(Locale.ROOT));
            for (Map.Entry<String, Integer> d : r.weekdays().entrySet()) {
                for (String prefix : r.weekdayPrefixes()) {
                    String form = (prefix + d.getKey()).toLowerCase(Locale.ROOT);
                    weekdays.put(form, d.getValue());
                    weekdayForms.add(form);
                }
                // "on Monday and Tuesday": the second day of a range has no prefix.
                weekdays.put(d.getKey().toLowerCase(Locale.ROOT), d.getValue());
            }
            for (String w : r.weekdaysAhead()) weekdaysAhead.add(w.toLowerCase(Locale.ROOT));
            for (String w : r.futureMarkers()) futureMarkers.add(w.toLowerCase(Locale.ROOT));
            rangeWords.addAll(r.rangeWords());
            same.addAll(r.sameDay());
            next.addAll(r.nextDay());
            for (String p : r.datelines()) datelines.add(Pattern.compile(p));
            for (String p : r.eventYears()) eventYears.add(Pattern.compile(p));
        }
        String monthNames = alternation(months.keySet(), true);
        String month = "(" + monthNames + ")\\.?";
        // The ordinal suffix of a day: "8th April 2021", "April 8th".
        String day = "(\\d{1,2})(?:st|nd|rd|th)?";
        // "14-15 May", "March 25 and 26", "4 to 6 September": a dash, or one of the packs' range words between two days.
        String through = "(?:\\s*(?:-|–|—)\\s*" + (rangeWords.isEmpty() ? "" : "|\\s+(?:" + alternation(rangeWords, true) + ")\\s+") + ")";
        enMdy = prefiltered("(?i)\\b" + month + "\\s+" + day + "(?:" + through + "(?:" + month + "\\s+)?" + day + ")?(?:,?\\s+(\\d{4}))?(?![\\d:])", months.keySet());
        enDmy = new PrefilteredPattern(Pattern.compile("(?i)(?<!\\d)" + day + "(?:" + through + day + ")?\\s+(?:of\\s+)?" + month + "(?:,?\\s+(\\d{4}))?(?![\\d:])"), DIGITS);
        String weekdayAlternation = alternation(weekdayForms, true);
        String relative = alternation(relativeDays.keySet(), true);
        String range = rangeWords.isEmpty() ? "" : "(?:\\s+(?:" + alternation(rangeWords, true) + ")\\s+(" + alternation(weekdays.keySet(), true) + "))?";
        List<String> starts = new ArrayList<>(relativeDays.keySet());
        starts.addAll(weekdayForms);
        relativeDay = prefiltered("(?i)(?<![\\p{IsLatin}])(?:(" + relative + ")|(" + weekdayAlternation + ")" + range + ")(?![\\p{IsLatin}])", starts);
        nextDay = prefiltered("(?i)(?:" + alternation(next, true) + ")", next);
        sameDay = prefiltered("(?i)(?:" + alternation(same, true) + ")", same);
        approximate = prefiltered("(?i)(?<![\\p{IsLatin}])(?:" + alternation(recently, true) + ")(?![\\p{IsLatin}])", recently);
        zhDigits = new PrefilteredPattern(ZH, DIGITS);
        // "2024年4月", "April 2024": no day, so no date, but they say which year the yearless dates around them are in.
        zhMonthYear = new PrefilteredPattern(Pattern.compile("(\\d{4})年(\\d{1,2})月(?!\\d|份?[内间])"), DIGITS);
        enMonthYear = prefiltered("(?i)\\b" + month + "\\s+(\\d{4})\\b", months.keySet());
        zhNumerals = new PrefilteredPattern(ZH_NUMERALS, "〇零一二三四五六七八九十");
    }

    private static Map<String, Integer> lower(Map<String, Integer> m) {
        Map<String, Integer> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), v));
        return out;
    }

    /** Words as a regex alternation, longest first so that the longest one is matched. */
    private static String alternation(Collection<String> words, boolean quote) {
        List<String> l = new ArrayList<>(new LinkedHashSet<>(words));
        l.sort((a, b) -> b.length() - a.length());
        if (l.isEmpty()) return "(?!)";
        StringBuilder b = new StringBuilder();
        for (String w : l) b.append(b.length() == 0 ? "" : "|").append(quote ? Pattern.quote(w) : w);
        return b.toString();
    }

    /** A case-blind pattern searched only where one of the words can start. */
    private static PrefilteredPattern prefiltered(String regex, Collection<String> words) {
        StringBuilder starts = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty()) continue;
            char c = w.charAt(0);
            starts.append(Character.toLowerCase(c)).append(Character.toUpperCase(c));
        }
        return new PrefilteredPattern(Pattern.compile(regex), starts.toString());
    }

    private record Span(int start, int end, int kind) {}

    private static final int KIND_ZH = 0, KIND_MDY = 1, KIND_DMY = 2, KIND_NUMERALS = 3, KIND_ZH_MONTH = 4, KIND_EN_MONTH = 5;

    public void extract(Article a) {
        String t = a.simplified();
        LocalDate published = a.metadata().published();
        List<DateRange> found = new ArrayList<>();
        Matcher dl = dateline(t);
        int datelineEnd = dl == null ? -1 : dl.end();

        List<Span> spans = new ArrayList<>();
        collect(zhDigits, t, KIND_ZH, spans);
        collect(enMdy, t, KIND_MDY, spans);
        collect(enDmy, t, KIND_DMY, spans);
        collect(zhNumerals, t, KIND_NUMERALS, spans);
        collect(zhMonthYear, t, KIND_ZH_MONTH, spans);
        collect(enMonthYear, t, KIND_EN_MONTH, spans);
        // "Beijing, 4 July 2023 – … today": relative days count from the dateline when there is one.
        LocalDate filed = datelineDate(t, published, dl, spans);
        LocalDate anchor = filed != null ? filed : published;
        if (anchor != null) {
            relativeDays(t, anchor, found);
            approximate(t, anchor, found);
        }
        spans.sort((x, y) -> x.start() != y.start() ? x.start() - y.start() : y.end() - x.end());

        int lastEnd = -1;
        // The date a yearless date is read against: the last one found, else the article's own; for a page
        // without a date of its own, the first year the text gives (4月28日，…举行2024年4月例行新闻发布会).
        LocalDate reference = published;
        boolean referenceFromText = false;
        if (published == null) {
            reference = firstYearInText(t, spans);
            if (reference == null) reference = eventYear(t);
            referenceFromText = reference != null;
        }
        int datelineMonth = -1;
        for (Span s : spans) {
            if (s.start() < lastEnd) continue;
            String text = t.substring(s.start(), s.end());
            if (s.kind() == KIND_ZH_MONTH || s.kind() == KIND_EN_MONTH) {
                LocalDate month = monthOf(text, s.kind());
                if (month != null && s.start() >= datelineEnd) { reference = month; referenceFromText = true; }
                lastEnd = s.end();
                continue;
            }
            Parsed p = switch (s.kind()) {
                case KIND_ZH -> zh(text);
                case KIND_MDY -> enMonthDay(text);
                case KIND_DMY -> enDayMonth(text);
                default -> zhNumerals(text);
            };
            if (p == null) continue;
            if (s.start() < datelineEnd || s.kind() != KIND_ZH && englishDateline(t, s.start(), s.end())) {
                if (p.month1 > 0) datelineMonth = p.month1;
                lastEnd = s.end();
                continue;
            }
            DateRange d = resolve(t, s, p, published, reference, referenceFromText, datelineMonth);
            lastEnd = s.end();
            if (d == null) continue;
            found.add(d);
            reference = d.last();
            referenceFromText = true;
        }
        found.sort((x, y) -> x.start() - y.start());
        sameDay(t, found);
        nextDay(t, found);
        a.dates().addAll(found);
    }

    /** The middle of the month a year-month names, or null. */
    private LocalDate monthOf(String text, int kind) {
        Matcher m = (kind == KIND_ZH_MONTH ? zhMonthYear : enMonthYear).pattern().matcher(text);
        if (!m.matches()) return null;
        int year = kind == KIND_ZH_MONTH ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2));
        int month = kind == KIND_ZH_MONTH ? Integer.parseInt(m.group(2)) : month(m.group(1));
        if (month < 1 || month > 12) return null;
        return LocalDate.of(year, month, 15);
    }

    /** The middle of the year the first event name with a year gives (Africa Climate Summit 2023), or null. */
    private LocalDate eventYear(String t) {
        int at = Integer.MAX_VALUE;
        LocalDate found = null;
        for (Pattern p : eventYears) {
            Matcher m = p.matcher(t);
            if (m.find() && m.start() < at) { at = m.start(); found = LocalDate.of(Integer.parseInt(m.group("year")), 7, 1); }
        }
        return found;
    }

    /** The first full date or year-month the text states, as a day; null if none. */
    private LocalDate firstYearInText(String t, List<Span> spans) {
        Span first = null;
        LocalDate at = null;
        for (Span s : spans) {
            String text = t.substring(s.start(), s.end());
            LocalDate d = null;
            if (s.kind() == KIND_ZH_MONTH || s.kind() == KIND_EN_MONTH) d = monthOf(text, s.kind());
            else {
                Parsed p = switch (s.kind()) {
                    case KIND_ZH -> zh(text);
                    case KIND_MDY -> enMonthDay(text);
                    case KIND_DMY -> enDayMonth(text);
                    default -> zhNumerals(text);
                };
                if (p != null && p.year1 > 0 && p.month1 > 0 && p.month1 <= 12 && p.day1 > 0 && p.day1 <= 28) d = LocalDate.of(p.year1, p.month1, p.day1);
            }
            if (d != null && (first == null || s.start() < first.start())) { first = s; at = d; }
        }
        return at;
    }

    private static void collect(PrefilteredPattern p, String t, int kind, List<Span> out) {
        PrefilteredPattern.Search m = p.in(t);
        while (m.find()) out.add(new Span(m.start(), m.end(), kind));
    }

    /** Fills in what a date leaves out and checks that it is a real day; null when it cannot be a date. */
    private DateRange resolve(String t, Span s, Parsed p, LocalDate published, LocalDate reference, boolean referenceFromText, int datelineMonth) {
        // A part that is written counts even when it is 0 (2024年0月5日 is no date), so only an absent one (-1) is filled in.
        if (p.year1 >= 0 && p.month1 >= 0) return range(p.year1, p.month1, p, s, Basis.STATED);
        String prefix = t.substring(Math.max(0, s.start() - 2), s.start());
        if (published != null && p.year1 < 0) {
            // 今年/去年/明年 and 本月 count from the article's own date, not from the last date read.
            Integer shift = yearWords.get(prefix);
            if (shift != null && p.month1 > 0) return range(published.getYear() + shift, p.month1, p, s, Basis.COMPLETED_FROM_ARTICLE_DATE);
            if (thisMonth.contains(prefix) && p.month1 < 0) return range(published.getYear(), published.getMonthValue(), p, s, Basis.COMPLETED_FROM_ARTICLE_DATE);
        }
        if (reference == null) return null;
        Basis basis = referenceFromText ? Basis.COMPLETED_FROM_TEXT : Basis.COMPLETED_FROM_ARTICLE_DATE;
        if (p.year1 >= 0) {
            // 2024年12日: a year and a day without a month; the month is the reference's.
            return range(p.year1, reference.getMonthValue(), p, s, basis);
        }
        int month = p.month1 >= 0 ? p.month1 : !referenceFromText && datelineMonth > 0 ? datelineMonth : reference.getMonthValue();
        if (p.month1 >= 0) {
            // Month and day written: the year that puts the day nearest the reference.
            DateRange best = null;
            long bestScore = Long.MAX_VALUE;
            // "the conference, scheduled for November 7-18": a date said to be ahead is not before the article.
            LocalDate notBefore = published != null && future(t, s.start()) ? published : null;
            for (int y = reference.getYear() - 1; y <= reference.getYear() + 1; y++) {
                DateRange d = range(y, month, p, s, basis);
                if (d == null || notBefore != null && d.last().isBefore(notBefore)) continue;
                long score = Math.abs(d.first().toEpochDay() - reference.toEpochDay());
                if (published != null && d.first().isAfter(published)) score = (d.first().toEpochDay() - published.toEpochDay()) * FUTURE_WEIGHT + (referenceFromText ? score : 0);
                if (score < bestScore) { best = d; bestScore = score; }
            }
            return best;
        }
        // Only the day is written (15日): the reference's month and year.
        return range(reference.getYear(), month, p, s, basis);
    }

    private static DateRange range(int y1, int mo1, Parsed p, Span s, Basis basis) {
        int y2 = p.year2 >= 0 ? p.year2 : y1;
        int mo2 = p.month2 >= 0 ? p.month2 : mo1;
        try {
            LocalDate first = LocalDate.of(y1, mo1, p.day1);
            LocalDate last = p.day2 >= 0 ? LocalDate.of(y2, mo2, p.day2) : first;
            if (last.isBefore(first) && p.month2 < 0 && mo1 < 12) last = LocalDate.of(y2, mo1 + 1, p.day2);
            if (last.isBefore(first) || last.toEpochDay() - first.toEpochDay() > 62) return null;
            return new DateRange(first, last, s.start(), s.end(), basis);
        } catch (DateTimeException impossible) {
            // 2月30日 and the like: not a date, and not a reason to stop reading.
            return null;
        }
    }

    /** The dateline near the start of the text (新华社北京5月10日电), if there is one. */
    private Matcher dateline(String t) {
        String head = t.substring(0, Math.min(t.length(), 60));
        for (Pattern p : datelines) {
            Matcher m = p.matcher(head);
            if (m.find() && m.start() < 40) return m;
        }
        return null;
    }

    /** The date a dateline gives (新华社北京5月10日电, "Beijing, 4 July 2023 –"), the year from the article if it is not written. */
    private LocalDate datelineDate(String t, LocalDate published, Matcher zh, List<Span> spans) {
        if (zh != null && published != null) {
            try {
                return LocalDate.of(published.getYear(), Integer.parseInt(zh.group("month")), Integer.parseInt(zh.group("day")));
            } catch (DateTimeException e) {
                return null;
            }
        }
        // The English dates already found, month-first ones before day-first ones, each kind in text order.
        for (int kind = KIND_MDY; kind <= KIND_DMY; kind++) {
            for (Span span : spans) {
                if (span.kind() != kind || !englishDateline(t, span.start(), span.end())) continue;
                String date = t.substring(span.start(), span.end());
                Parsed d = kind == KIND_MDY ? enMonthDay(date) : enDayMonth(date);
                if (d == null) continue;
                int year = d.year1 >= 0 ? d.year1 : published != null ? published.getYear() : -1;
                if (year < 0) return null;
                try {
                    return LocalDate.of(year, d.month1, d.day1);
                } catch (DateTimeException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** "Xinhua News Agency, Beijing, January 12 (Reporter …) –": place and date of filing, not of an event. */
    private static boolean englishDateline(String t, int start, int end) {
        int lineStart = t.lastIndexOf('\n', start - 1) + 1;
        if (start - lineStart > 80 || !t.substring(lineStart, start).contains(", ")) return false;
        String after = t.substring(end, Math.min(t.length(), end + 3)).stripLeading();
        return after.startsWith("(") || after.startsWith("–") || after.startsWith("—") || after.startsWith("- ");
    }

    /** 昨天, 前天, yesterday, on Monday: days counted back from the article's own date. */
    private void relativeDays(String t, LocalDate anchor, List<DateRange> found) {
        PrefilteredPattern.Search m = relativeDay.in(t);
        while (m.find()) {
            if (m.group(1) != null) {
                int offset = relativeDays.get(m.group(1).toLowerCase(Locale.ROOT));
                // "Met Liu Zhenmin … today," Yadav said in a post: a quote's today is the day it was said, some day up to the article's.
                if (offset <= 0 && quoted(t, m.start())) {
                    found.add(new DateRange(anchor, anchor, m.start(), m.end(), Basis.APPROXIMATE));
                    continue;
                }
                LocalDate d = anchor.plusDays(offset);
                found.add(new DateRange(d, d, m.start(), m.end(), Basis.RELATIVE));
                continue;
            }
            // 周二 / on Tuesday in a news story: the latest such day up to the day of publication;
            // "on Wednesday and Thursday": two days up to it.
            // "on Thursday and Friday" written on the Thursday: the range starts at the first day and runs on from it.
            DayOfWeek first = DayOfWeek.of(weekdays.get(m.group(2).toLowerCase(Locale.ROOT)));
            LocalDate start = ahead(t, m.start()) ? anchor.with(TemporalAdjusters.next(first))
                    : future(t, m.start()) ? anchor.with(TemporalAdjusters.nextOrSame(first))
                    : anchor.with(TemporalAdjusters.previousOrSame(first));
            LocalDate last = start;
            if (m.group(3) != null) last = start.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(weekdays.get(m.group(3).toLowerCase(Locale.ROOT)))));
            found.add(new DateRange(start, last, m.start(), m.end(), Basis.RELATIVE));
        }
    }

    /** Whether {@code at} is inside a quotation opened earlier on its line (“…”, 「…」, "…"). */
    private static boolean quoted(String t, int at) {
        int line = t.lastIndexOf('\n', at - 1) + 1;
        int curly = 0, straight = 0;
        for (int i = line; i < at; i++) {
            char c = t.charAt(i);
            if (c == '“' || c == '「') curly++;
            else if ((c == '”' || c == '」') && curly > 0) curly--;
            else if (c == '"') straight ^= 1;
        }
        return curly > 0 || straight == 1;
    }

    /** Whether a weekday at {@code at} follows a word that points ahead (next Tuesday, 下周二). */
    private boolean ahead(String t, int at) {
        String before = t.substring(Math.max(0, at - 16), at).toLowerCase(Locale.ROOT);
        String trimmed = before.stripTrailing();
        for (String w : weekdaysAhead) {
            if (!trimmed.endsWith(w)) continue;
            int b = trimmed.length() - w.length();
            // A Latin word must start at a word boundary (not "unnext"); 下 of 下周二 needs none.
            if (b == 0 || !latinLetter(w.charAt(0)) || !latinLetter(trimmed.charAt(b - 1))) return true;
        }
        return false;
    }

    /** Whether the clause up to {@code at} speaks of what is to come ("A communiqué is expected Friday"). */
    private boolean future(String t, int at) {
        // Only the clause of the date: "Sharma, who will lead the conference in November, arrived on Monday" is past.
        int from = at;
        while (from > 0 && ".!?。！？\n,;，；".indexOf(t.charAt(from - 1)) < 0) from--;
        String before = t.substring(from, at).toLowerCase(Locale.ROOT);
        for (String w : futureMarkers) {
            for (int i = before.indexOf(w); i >= 0; i = before.indexOf(w, i + 1)) {
                boolean startOk = i == 0 || !latinLetter(w.charAt(0)) || !latinLetter(before.charAt(i - 1));
                int e = i + w.length();
                boolean endOk = e == before.length() || !latinLetter(w.charAt(w.length() - 1)) || !latinLetter(before.charAt(e));
                if (startOk && endOk) return true;
            }
        }
        return false;
    }

    private static boolean latinLetter(char c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    /** 日前, recently: some day not after the article's date. */
    private void approximate(String t, LocalDate anchor, List<DateRange> found) {
        PrefilteredPattern.Search m = approximate.in(t);
        while (m.find()) found.add(new DateRange(anchor, anchor, m.start(), m.end(), Basis.APPROXIMATE));
    }

    /** 次日, the following day: the day after the last exact date before it. */
    private void nextDay(String t, List<DateRange> found) {
        following(nextDay, t, found, 1);
    }

    /** 同日, 当天, the same day: the day of the last exact date before it. */
    private void sameDay(String t, List<DateRange> found) {
        following(sameDay, t, found, 0);
    }

    private static void following(PrefilteredPattern words, String t, List<DateRange> found, int days) {
        PrefilteredPattern.Search m = words.in(t);
        List<DateRange> added = new ArrayList<>();
        while (m.find()) {
            DateRange last = null;
            for (DateRange d : found) if (d.end() <= m.start() && d.exact()) last = d;
            if (last != null) added.add(new DateRange(last.last().plusDays(days), last.last().plusDays(days), m.start(), m.end(), Basis.RELATIVE));
        }
        found.addAll(added);
        found.sort((x, y) -> x.start() - y.start());
    }

    private static Parsed zhNumerals(String s) {
        Matcher m = ZH_NUMERALS.matcher(s);
        if (!m.matches()) return null;
        // 九九 or 一二 is no number; ChineseNumber would read them as 9 and 2.
        for (int g = 2; g <= 4; g++) if (m.group(g) != null && !NUMERAL_1_TO_39.matcher(m.group(g)).matches()) return null;
        StringBuilder y = new StringBuilder();
        if (m.group(1) != null)
            for (char c : m.group(1).toCharArray()) y.append(c == '〇' || c == '零' ? 0 : "一二三四五六七八九".indexOf(c) + 1);
        // A year needs its month: 一一四年十七日 is no date.
        if (y.length() > 0 && m.group(2) == null) return null;
        int mo = m.group(2) == null ? -1 : org.cdkg.recognise.ChineseNumber.parse(m.group(2)), d = org.cdkg.recognise.ChineseNumber.parse(m.group(3));
        int d2 = m.group(4) == null ? -1 : org.cdkg.recognise.ChineseNumber.parse(m.group(4));
        return new Parsed(year(y.length() == 0 ? -1 : Integer.parseInt(y.toString())), mo, d, -1, -1, d2);
    }

    private record Parsed(int year1, int month1, int day1, int year2, int month2, int day2) {}

    private static Parsed zh(String s) {
        Matcher m = ZH.matcher(s);
        if (!m.matches()) return null;
        if (m.group(3) != null)
            return new Parsed(year(num(m.group(1))), num(m.group(2)), num(m.group(3)), year(num(m.group(4))), num(m.group(5)), num(m.group(6)));
        return new Parsed(year(num(m.group(7))), num(m.group(8)), num(m.group(9)), -1, -1, num(m.group(10)));
    }

    private Parsed enMonthDay(String s) {
        Matcher m = enMdy.pattern().matcher(s);
        if (!m.matches()) return null;
        int mo = month(m.group(1));
        int mo2 = m.group(3) == null ? -1 : month(m.group(3));
        return new Parsed(num(m.group(5)), mo, num(m.group(2)), -1, mo2, num(m.group(4)));
    }

    private Parsed enDayMonth(String s) {
        Matcher m = enDmy.pattern().matcher(s);
        if (!m.matches()) return null;
        return new Parsed(num(m.group(4)), month(m.group(3)), num(m.group(1)), -1, -1, num(m.group(2)));
    }

    private int month(String name) {
        Integer m = months.get(name.replace(".", "").toLowerCase(Locale.ROOT));
        return m == null ? -1 : m;
    }

    /** A written year; one of three digits counts from the founding of the Republic of China. */
    private static int year(int written) {
        return written >= 0 && written < 1000 ? written + ROC_EPOCH : written;
    }

    private static int num(String s) {
        return s == null ? -1 : Integer.parseInt(s);
    }
}
