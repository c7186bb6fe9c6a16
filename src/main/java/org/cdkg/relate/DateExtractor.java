package org.cdkg.relate;

import org.cdkg.document.Article;
import org.cdkg.document.DateRange;
import org.cdkg.document.PrefilteredPattern;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the calendar dates and date ranges of an article's body: 2024年9月4日至6日, 7月16—19日,
 * 12日, September 4-6, 2024, 4-6 September 2024. A date that omits its year or month takes it
 * from the date before it in the article, else from the article's publication date; a
 * dateline (北京1月12日电) sets that context without being a fact of its own.
 */
public final class DateExtractor {
    private static final String DASH = "(?:至|到|－|-|—|–|~|～|－)";
    private static final Pattern ZH = Pattern.compile(
            "(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})[日号]"
                    + "(?:\\s*" + DASH + "\\s*(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})[日号])?"
                    + "|(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})\\s*" + DASH + "\\s*(\\d{1,2})[日号]");
    private static final String MONTHS = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final Pattern EN_MDY = Pattern.compile(MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?"
            + "(?:\\s*(?:-|–|—|to|through)\\s*(?:" + MONTHS + "\\s+)?(\\d{1,2})(?:st|nd|rd|th)?)?(?:,?\\s+(\\d{4}))?(?![\\d:])");
    private static final Pattern EN_DMY = Pattern.compile("(?<!\\d)(\\d{1,2})(?:\\s*(?:-|–|—|to)\\s*(\\d{1,2}))?\\s+" + MONTHS + "(?:,?\\s+(\\d{4}))?(?![\\d:])");
    private static final Pattern ZH_NUMERALS = Pattern.compile(
            "(?:([〇零一二三四五六七八九]{4})年)?([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日(?:至([一二三四五六七八九十]{1,3})日)?");
    /** How months and days are written in numerals: 一 … 九, 十, 十一 … 十九, 二十 … 三十九. */
    private static final Pattern NUMERAL_1_TO_39 = Pattern.compile("[一二三四五六七八九]|[二三]?十[一二三四五六七八九]?");
    private static final String WEEKDAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    private static final Pattern RELATIVE_DAY = Pattern.compile(
            "(前天|昨天|昨日|今天|今日|明天|(?:周|星期|礼拜)[一二三四五六日天])|(?i)\\b(yesterday|today|tomorrow|on (?:" + WEEKDAY + ")(?: (?:and|to|through) (?:" + WEEKDAY + "))?)\\b");
    private static final Pattern NEXT_DAY = Pattern.compile("次日|翌日|第二天|(?i)\\b(the following day|the next day)\\b");
    private static final Pattern SAME_DAY = Pattern.compile("同日|当天|当日|同一天|(?i)\\b(the same day|that day)\\b");
    private static final java.util.Map<String, Integer> YEAR_WORDS = java.util.Map.of("今年", 0, "去年", -1, "前年", -2, "明年", 1);
    private static final Pattern DATELINE = Pattern.compile("(\\d{1,2})月(\\d{1,2})日电");

    // The same patterns searched through a whole article, each only where its first character stands.
    private static final String DIGITS = "0123456789";
    private static final PrefilteredPattern ZH_IN_TEXT = new PrefilteredPattern(ZH, DIGITS);
    private static final PrefilteredPattern EN_MDY_IN_TEXT = new PrefilteredPattern(EN_MDY, "ADFJMNOS");
    private static final PrefilteredPattern EN_DMY_IN_TEXT = new PrefilteredPattern(EN_DMY, DIGITS);
    private static final PrefilteredPattern ZH_NUMERALS_IN_TEXT = new PrefilteredPattern(ZH_NUMERALS, "〇零一二三四五六七八九十");
    private static final PrefilteredPattern RELATIVE_DAY_IN_TEXT = new PrefilteredPattern(RELATIVE_DAY, "前昨今明周星礼YyTtOo");
    private static final PrefilteredPattern NEXT_DAY_IN_TEXT = new PrefilteredPattern(NEXT_DAY, "次翌第Tt");
    private static final PrefilteredPattern SAME_DAY_IN_TEXT = new PrefilteredPattern(SAME_DAY, "同当Tt");
    private static final PrefilteredPattern DATELINE_IN_TEXT = new PrefilteredPattern(DATELINE, DIGITS);

    public void extract(Article a) {
        String t = a.simplified();
        LocalDate context = a.metadata().published();
        List<DateRange> found = new ArrayList<>();
        int datelineEnd = -1;
        PrefilteredPattern.Search dl = DATELINE_IN_TEXT.in(t);
        boolean hasDateline = dl.find() && dl.start() < 40;
        if (hasDateline) datelineEnd = dl.end();

        List<int[]> spans = new ArrayList<>();
        PrefilteredPattern.Search m = ZH_IN_TEXT.in(t);
        while (m.find()) spans.add(new int[]{m.start(), m.end(), 0});
        PrefilteredPattern.Search e1 = EN_MDY_IN_TEXT.in(t);
        while (e1.find()) spans.add(new int[]{e1.start(), e1.end(), 1});
        PrefilteredPattern.Search e2 = EN_DMY_IN_TEXT.in(t);
        while (e2.find()) spans.add(new int[]{e2.start(), e2.end(), 2});
        PrefilteredPattern.Search n = ZH_NUMERALS_IN_TEXT.in(t);
        while (n.find()) spans.add(new int[]{n.start(), n.end(), 3});
        // "Beijing, 4 July 2023 – … today": relative days count from the dateline when there is one.
        LocalDate filed = datelineDate(t, context, hasDateline ? dl : null, spans);
        if (filed != null || context != null) relativeDays(t, filed != null ? filed : context, found);
        spans.sort((x, y) -> x[0] != y[0] ? x[0] - y[0] : y[1] - x[1]);

        int lastEnd = -1;
        int ctxYear = context == null ? -1 : context.getYear(), ctxMonth = context == null ? -1 : context.getMonthValue();
        // Years stated anywhere before a yearless date are the best guess for it.
        for (int[] s : spans) {
            if (s[0] < lastEnd) continue;
            String text = t.substring(s[0], s[1]);
            Parsed p = switch (s[2]) {
                case 0 -> zh(text);
                case 1 -> enMonthDay(text);
                case 2 -> enDayMonth(text);
                default -> zhNumerals(text);
            };
            if (p == null) continue;
            if (s[0] < datelineEnd || s[2] != 0 && englishDateline(t, s[0], s[1])) {
                if (p.month1 > 0) ctxMonth = p.month1;
                lastEnd = s[1];
                continue;
            }
            // A part that is written counts even when it is 0 (2024年0月5日 is no date), so only an absent one (-1) is filled in.
            int y1 = p.year1 >= 0 ? p.year1 : ctxYear;
            int mo1 = p.month1 >= 0 ? p.month1 : ctxMonth;
            String prefix = t.substring(Math.max(0, s[0] - 2), s[0]);
            if (context != null && p.year1 < 0) {
                // 今年/去年/明年 and 本月 count from the article's own date, not from the last date read.
                Integer shift = YEAR_WORDS.get(prefix);
                if (shift != null && p.month1 > 0) y1 = context.getYear() + shift;
                if (prefix.equals("本月") && p.month1 < 0) { y1 = context.getYear(); mo1 = context.getMonthValue(); }
            }
            if (y1 < 0 || mo1 < 0) { lastEnd = s[1]; continue; }
            if (p.year1 < 0 && p.month1 > 0 && context != null && p.year2 < 0 && ctxYear == context.getYear()
                    && p.month1 > context.getMonthValue() + 1 && found.isEmpty()) {
                // An article from January speaking of "12月" means last December.
                y1 = context.getYear() - 1;
            }
            int y2 = p.year2 >= 0 ? p.year2 : y1;
            int mo2 = p.month2 >= 0 ? p.month2 : mo1;
            try {
                LocalDate first = LocalDate.of(y1, mo1, p.day1);
                LocalDate last = p.day2 >= 0 ? LocalDate.of(y2, mo2, p.day2) : first;
                if (last.isBefore(first) && p.month2 < 0 && mo1 < 12) last = LocalDate.of(y2, mo1 + 1, p.day2);
                if (last.isBefore(first) || last.toEpochDay() - first.toEpochDay() > 62) { lastEnd = s[1]; continue; }
                found.add(new DateRange(first, last, s[0], s[1], p.year1 >= 0));
                ctxYear = last.getYear();
                ctxMonth = last.getMonthValue();
            } catch (DateTimeException impossible) {
                // 2月30日 and the like: not a date, and not a reason to stop reading.
            }
            lastEnd = s[1];
        }
        found.sort((x, y) -> x.start() - y.start());
        sameDay(t, found);
        nextDay(t, found);
        a.dates().addAll(found);
    }

    /** The date a dateline gives (新华社北京5月10日电, "Beijing, 4 July 2023 –"), the year from the article if it is not written. */
    private static LocalDate datelineDate(String t, LocalDate published, PrefilteredPattern.Search zh, List<int[]> spans) {
        if (zh != null && published != null) {
            try {
                return LocalDate.of(published.getYear(), Integer.parseInt(zh.group(1)), Integer.parseInt(zh.group(2)));
            } catch (DateTimeException e) {
                return null;
            }
        }
        // The English dates already found, month-first ones before day-first ones, each kind in text order.
        for (int kind = 1; kind <= 2; kind++) {
            for (int[] span : spans) {
                if (span[2] != kind || !englishDateline(t, span[0], span[1])) continue;
                String date = t.substring(span[0], span[1]);
                Parsed d = kind == 1 ? enMonthDay(date) : enDayMonth(date);
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
    private static void relativeDays(String t, LocalDate published, List<DateRange> found) {
        PrefilteredPattern.Search m = RELATIVE_DAY_IN_TEXT.in(t);
        while (m.find()) {
            String w = m.group(1) != null ? m.group(1) : m.group(2).toLowerCase(Locale.ROOT);
            String[] range = w.startsWith("on ") ? w.substring(3).split(" (?:and|to|through) ") : null;
            if (range != null && range.length == 2) {
                // "on Wednesday and Thursday": two days up to the article's date.
                LocalDate last = published.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.valueOf(range[1].toUpperCase(Locale.ROOT))));
                LocalDate first = last.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.valueOf(range[0].toUpperCase(Locale.ROOT))));
                found.add(new DateRange(first, last, m.start(), m.end(), false));
                continue;
            }
            LocalDate d = switch (w) {
                case "前天" -> published.minusDays(2);
                case "昨天", "昨日", "yesterday" -> published.minusDays(1);
                case "今天", "今日", "today" -> published;
                case "明天", "tomorrow" -> published.plusDays(1);
                default -> {
                    // 周二 / on Tuesday in a news story: the latest such day up to the day of publication.
                    java.time.DayOfWeek day = w.startsWith("on ")
                            ? java.time.DayOfWeek.valueOf(w.substring(3).toUpperCase(Locale.ROOT))
                            : chineseWeekday(w.charAt(w.length() - 1));
                    yield published.with(java.time.temporal.TemporalAdjusters.previousOrSame(day));
                }
            };
            found.add(new DateRange(d, d, m.start(), m.end(), false));
        }
    }

    /** 次日, the following day: the day after the last date before it. */
    private static void nextDay(String t, List<DateRange> found) {
        PrefilteredPattern.Search m = NEXT_DAY_IN_TEXT.in(t);
        List<DateRange> added = new ArrayList<>();
        while (m.find()) {
            DateRange last = null;
            for (DateRange d : found) if (d.end() <= m.start()) last = d;
            if (last != null) added.add(new DateRange(last.last().plusDays(1), last.last().plusDays(1), m.start(), m.end(), false));
        }
        found.addAll(added);
        found.sort((x, y) -> x.start() - y.start());
    }

    /** 一 … 六 are Monday to Saturday; 日 and 天 are Sunday. */
    private static java.time.DayOfWeek chineseWeekday(char c) {
        int i = "一二三四五六日".indexOf(c);
        return java.time.DayOfWeek.of(i < 0 ? 7 : i + 1);
    }

    /** 同日, 当天, the same day: the day of the last date before it. */
    private static void sameDay(String t, List<DateRange> found) {
        PrefilteredPattern.Search m = SAME_DAY_IN_TEXT.in(t);
        List<DateRange> added = new ArrayList<>();
        while (m.find()) {
            DateRange last = null;
            for (DateRange d : found) if (d.end() <= m.start()) last = d;
            if (last != null) added.add(new DateRange(last.last(), last.last(), m.start(), m.end(), false));
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
        int mo = org.cdkg.recognise.ChineseNumber.parse(m.group(2)), d = org.cdkg.recognise.ChineseNumber.parse(m.group(3));
        int d2 = m.group(4) == null ? -1 : org.cdkg.recognise.ChineseNumber.parse(m.group(4));
        return new Parsed(y.length() == 0 ? -1 : Integer.parseInt(y.toString()), mo, d, -1, -1, d2);
    }

    private record Parsed(int year1, int month1, int day1, int year2, int month2, int day2) {}

    private static Parsed zh(String s) {
        Matcher m = ZH.matcher(s);
        if (!m.matches()) return null;
        if (m.group(3) != null)
            return new Parsed(num(m.group(1)), num(m.group(2)), num(m.group(3)), num(m.group(4)), num(m.group(5)), num(m.group(6)));
        return new Parsed(num(m.group(7)), num(m.group(8)), num(m.group(9)), -1, -1, num(m.group(10)));
    }

    private static Parsed enMonthDay(String s) {
        Matcher m = EN_MDY.matcher(s);
        if (!m.matches()) return null;
        int mo = month(m.group(1));
        int mo2 = m.group(3) == null ? -1 : month(m.group(3));
        return new Parsed(num(m.group(5)), mo, num(m.group(2)), -1, mo2, num(m.group(4)));
    }

    private static Parsed enDayMonth(String s) {
        Matcher m = EN_DMY.matcher(s);
        if (!m.matches()) return null;
        return new Parsed(num(m.group(4)), month(m.group(3)), num(m.group(1)), -1, -1, num(m.group(2)));
    }

    private static int month(String name) {
        String n = name.replace(".", "").toUpperCase(Locale.ROOT);
        for (Month mo : Month.values()) if (mo.name().startsWith(n.length() >= 3 ? n.substring(0, 3) : n)) return mo.getValue();
        return -1;
    }

    private static int num(String s) {
        return s == null ? -1 : Integer.parseInt(s);
    }
}
