package org.cdkg.relate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.cdkg.MessyText;
import org.cdkg.document.Article;
import org.cdkg.document.CleanText;
import org.cdkg.document.DateRange;
import org.cdkg.document.SourceFormat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.cdkg.WrittenDate;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The date extractor reads what a text writes and nothing else: a date that exists is found
 * with its value, one that does not (2月30日, 13月, day 0) is never turned into some other
 * date, and no text makes it throw.
 */
class DateExtractorPropertiesTest {
    private static final String[] EN_SHORT = {"Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."};

    /**
     * Extracts from a body given as is (already clean and simplified), so the text the rules see is
     * exactly the generated one; {@code published} is the article's own date or null.
     */
    private static List<DateRange> extract(String text, LocalDate published) {
        Article a = new Article("d.txt", "0", text, StandardCharsets.UTF_8, SourceFormat.PLAIN_TEXT, null, 0);
        int[] origin = new int[text.length()];
        for (int i = 0; i < origin.length; i++) origin[i] = i;
        a.body(new CleanText(text, origin), text);
        if (published != null) a.metadata().offerPublished(published, null);
        new DateExtractor().extract(a);
        return a.dates();
    }

    @Provide
    Arbitrary<WrittenDate> triples() {
        Arbitrary<Integer> year = Arbitraries.integers().between(1000, 2999);
        Arbitrary<Integer> month = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.integers().between(1, 12)),
                Tuple.of(1, Arbitraries.of(0, 13, 14, 19, 20, 99)));
        Arbitrary<Integer> day = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.integers().between(1, 31)),
                Tuple.of(2, Arbitraries.of(28, 29, 30, 31)), Tuple.of(1, Arbitraries.of(0, 32, 33, 39, 40, 99)));
        return Combinators.combine(year, month, day).as(WrittenDate::new);
    }

    @Provide
    Arbitrary<LocalDate> published() {
        return Arbitraries.oneOf(Arbitraries.just(null),
                Arbitraries.integers().between(0, 3_000_000).map(d -> LocalDate.of(1000, 1, 1).plusDays(d)));
    }

    @Provide
    Arbitrary<String> dateLikeText() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(5)),
                Tuple.of(5, Arbitraries.of("年", "月", "日", "号", "至", "到", "-", "—", "–", "~", "～", "－", "电", " ", "\n",
                        "今年", "去年", "明年", "本月", "昨天", "前天", "今天", "明天", "次日", "同日", "当天", "周一", "星期日",
                        "〇", "零", "一", "二", "三", "九", "十", "北京", "新华社", ", ", "(", "– ", "st", "th", ",", "to", "through",
                        "yesterday", "today", "on Monday", "on Wednesday and Thursday", "on Sunday through Friday",
                        "the next day", "the same day", "Beijing, ", "。", "举行")),
                Tuple.of(3, Arbitraries.of(WrittenDate.ENGLISH_MONTHS)),
                Tuple.of(2, Arbitraries.of(EN_SHORT)),
                Tuple.of(2, MessyText.unicode(3)));
        return piece.list().ofMaxSize(30).map(l -> String.join("", l));
    }

    @Property(tries = 500)
    void anyTextGivesWellFormedRanges(@ForAll("dateLikeText") String text, @ForAll("published") LocalDate published) {
        List<DateRange> found = extract(text, published);
        int lastStart = 0;
        for (DateRange d : found) {
            assertFalse(d.last().isBefore(d.first()), d.toString());
            assertTrue(d.start() >= 0 && d.start() < d.end() && d.end() <= text.length(), "span outside the text: " + d);
            assertTrue(d.start() >= lastStart, "dates are in text order");
            lastStart = d.start();
        }
    }

    @Property(tries = 300)
    void chineseDatesAreReadExactly(@ForAll("triples") WrittenDate t, @ForAll("published") LocalDate published) {
        String text = "双方于" + t.year() + "年" + t.month() + "月" + t.day() + "日举行会谈。";
        checkSingle(text, t, published, "双方于".length());
    }

    /** Leading zeros (2024年05月06日) are common in pages and mean the same. */
    @Property(tries = 200)
    void zeroPaddedChineseDatesAreReadExactly(@ForAll("triples") WrittenDate t, @ForAll("published") LocalDate published) {
        String text = "会议" + t.year() + "年" + String.format("%02d", t.month()) + "月" + String.format("%02d", t.day()) + "号召开。";
        checkSingle(text, t, published, "会议".length());
    }

    @Property(tries = 300)
    void chineseNumeralDatesAreReadExactly(@ForAll("triples") WrittenDate t, @ForAll("published") LocalDate published) {
        // 〇 is not a month or day numeral, so month or day 0 writes a text with no date in it, as it should.
        String text = "会议于" + numeralYear(t.year()) + "年" + numeral(t.month()) + "月" + numeral(t.day()) + "日在北京举行。";
        checkSingle(text, t, published, "会议于".length());
    }

    @Property(tries = 300)
    void englishMonthFirstDatesAreReadExactly(@ForAll("triples") WrittenDate t, @ForAll("published") LocalDate published, @ForAll boolean abbreviated) {
        Assume.that(t.month() >= 1 && t.month() <= 12);
        String month = abbreviated ? EN_SHORT[t.month() - 1] : t.englishMonth();
        String text = "The talks were held on " + month + " " + t.day() + ", " + t.year() + " in Beijing.";
        checkSingle(text, t, published, "The talks were held on ".length());
    }

    @Property(tries = 300)
    void englishDayFirstDatesAreReadExactly(@ForAll("triples") WrittenDate t, @ForAll("published") LocalDate published) {
        Assume.that(t.month() >= 1 && t.month() <= 12);
        String text = "Talks were held " + t.day() + " " + t.englishMonth() + " " + t.year() + " in Dubai.";
        checkSingle(text, t, published, "Talks were held ".length());
    }

    /** A range is found whole when both ends exist and are in order; otherwise nothing is made of it. */
    @Property(tries = 300)
    void chineseRangesAreReadExactly(@ForAll("triples") WrittenDate t, @ForAll("published") LocalDate published,
                                     @ForAll("days") int lastDay) {
        String text = "会议" + t.year() + "年" + t.month() + "月" + t.day() + "日至" + lastDay + "日举行。";
        List<DateRange> found = extract(text, published);
        Optional<LocalDate> first = t.date(), last = new WrittenDate(t.year(), t.month(), lastDay).date();
        if (first.isPresent() && last.isPresent() && !last.get().isBefore(first.get())) {
            assertEquals(1, found.size(), text + " → " + found);
            assertEquals(first.get(), found.get(0).first(), text);
            assertEquals(last.get(), found.get(0).last(), text);
            assertTrue(found.get(0).yearStated());
        } else {
            // An end before the start may mean the next month (5月30日至2日); it must then be a real day of it.
            for (DateRange d : found) {
                assertEquals(first.orElse(null), d.first(), text + " → " + found);
                assertTrue(d.last().isAfter(d.first()) && ChronoUnit.DAYS.between(d.first(), d.last()) <= 62, text + " → " + found);
                assertEquals(lastDay, d.last().getDayOfMonth(), text + " → " + found);
            }
        }
    }

    @Provide
    Arbitrary<Integer> days() {
        return Arbitraries.integers().between(0, 35);
    }

    /** Runs of numeral characters that may or may not be a well-formed number (九九 and 十十 are not). */
    @Provide
    Arbitrary<String> numerals() {
        return Arbitraries.strings().withChars("一二三四五六七八九十").ofMinLength(1).ofMaxLength(3);
    }

    /** A month and day in numerals is read as the number they write, or not at all. */
    @Property(tries = 300)
    void chineseNumeralsAreNeverMisread(@ForAll("numerals") String month, @ForAll("numerals") String day,
                                        @ForAll("published") LocalDate published) {
        String text = "会议于二〇二三年" + month + "月" + day + "日举行。";
        for (DateRange d : extract(text, published)) {
            assertEquals(month, numeral(d.first().getMonthValue()), text + " → " + d);
            assertEquals(day, numeral(d.first().getDayOfMonth()), text + " → " + d);
            assertEquals(2023, d.first().getYear(), text + " → " + d);
        }
    }

    /** Full-width digits are not read (the rules are for ASCII digits), but are never misread either. */
    @Property(tries = 200)
    void fullWidthDigitsAreNeverMisread(@ForAll("triples") WrittenDate t, @ForAll("published") LocalDate published) {
        String text = "双方于" + fullWidth(t.year()) + "年" + fullWidth(t.month()) + "月" + fullWidth(t.day()) + "日举行会谈。";
        for (DateRange d : extract(text, published))
            assertEquals(t.date().orElse(null), d.first(), text + " → " + d);
    }

    /**
     * The one date in {@code text} (at {@code at}) is found with its value when it exists, with or
     * without a publication date to fill gaps; when it does not exist nothing is found, since every
     * part of it is written and there is no gap to fill.
     */
    private static void checkSingle(String text, WrittenDate t, LocalDate published, int at) {
        List<DateRange> found = extract(text, published);
        Optional<LocalDate> expected = t.date();
        if (expected.isPresent()) {
            assertEquals(1, found.size(), text + " → " + found);
            DateRange d = found.get(0);
            assertEquals(expected.get(), d.first(), text);
            assertEquals(expected.get(), d.last(), text);
            assertEquals(at, d.start(), text);
            assertTrue(d.yearStated(), text);
        } else {
            assertEquals(List.of(), found, "an impossible date was read as a date: " + text);
        }
    }

    /** 1 → 一, 10 → 十, 13 → 十三, 20 → 二十, 31 → 三十一. */
    static String numeral(int n) {
        String digits = "〇一二三四五六七八九";
        if (n < 10) return String.valueOf(digits.charAt(n));
        int tens = n / 10, ones = n % 10;
        return (tens == 1 ? "" : String.valueOf(digits.charAt(tens))) + "十" + (ones == 0 ? "" : String.valueOf(digits.charAt(ones)));
    }

    /** 2023 → 二〇二三. */
    static String numeralYear(int y) {
        StringBuilder b = new StringBuilder();
        for (char c : Integer.toString(y).toCharArray()) b.append("〇一二三四五六七八九".charAt(c - '0'));
        return b.toString();
    }

    static String fullWidth(int n) {
        StringBuilder b = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) b.append((char) (c - '0' + '０'));
        return b.toString();
    }
}
