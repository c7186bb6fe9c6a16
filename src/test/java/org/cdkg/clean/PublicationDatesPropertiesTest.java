package org.cdkg.clean;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.cdkg.MessyText;

import java.time.LocalDate;
import java.util.Optional;
import org.cdkg.WrittenDate;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The page's own timestamp: any string parses or gives null without throwing; a date that
 * exists, in any of the forms pages use, is read with its value; one that does not exist is
 * never read as another; and a time of day comes out as a valid xsd:dateTime on that date.
 */
class PublicationDatesPropertiesTest {
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

    @Provide
    Arbitrary<WrittenDate> triples() {
        Arbitrary<Integer> year = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.integers().between(1900, 2100)),
                Tuple.of(1, Arbitraries.integers().between(0, 9999)));
        Arbitrary<Integer> month = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.integers().between(1, 12)),
                Tuple.of(1, Arbitraries.of(0, 13, 19, 20, 99)));
        Arbitrary<Integer> day = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.integers().between(1, 31)),
                Tuple.of(2, Arbitraries.of(29, 30, 31)), Tuple.of(1, Arbitraries.of(0, 32, 39, 99)));
        return Combinators.combine(year, month, day).as(WrittenDate::new);
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(MessyText.anyChars(80), MessyText.body(12),
                Arbitraries.strings().withChars("0123456789-/.:年月日 TZ+GMTSepMayFri,").ofMaxLength(40));
    }

    @Provide
    Arbitrary<Integer> hours() {
        return Arbitraries.integers().between(0, 25);
    }

    @Provide
    Arbitrary<Integer> minutes() {
        return Arbitraries.integers().between(0, 61);
    }

    @Property(tries = 500)
    void anyTextParsesToNothingOrAValidStamp(@ForAll("anyText") String s) {
        PublicationDates.Stamp st = PublicationDates.parse(s);
        PublicationDates.hasDate(s);
        PublicationDates.fromUrl(s);
        if (st != null) checkStamp(st);
    }

    /** 2024-05-06, 2024/5/6, 2024.05.06, 2024年5月6日: the year-first forms pages use. */
    @Property(tries = 400)
    void yearFirstDatesAreReadExactly(@ForAll("triples") WrittenDate t, @ForAll("yearFirstSeparators") String sep) {
        String s = t.year() + sep.substring(0, 1) + t.month() + sep.substring(1, 2) + t.day() + sep.substring(2);
        String padded = String.format("%04d", t.year()) + sep.substring(0, 1) + String.format("%02d", t.month()) + sep.substring(1, 2)
                + String.format("%02d", t.day()) + sep.substring(2);
        expect(t.date(), PublicationDates.parse("发布时间：" + padded + " 来源：新华社"), padded);
        if (t.year() >= 1000) expect(t.date(), PublicationDates.parse(s), s);
    }

    @Provide
    Arbitrary<String> yearFirstSeparators() {
        return Arbitraries.of("--", "//", "..", "年月日", "年月");
    }

    @Property(tries = 400)
    void englishDatesAreReadExactly(@ForAll("triples") WrittenDate t, @ForAll boolean dayFirst) {
        Assume.that(t.month() >= 1 && t.month() <= 12);
        String month = t.englishMonth();
        String s = dayFirst ? "Published " + t.day() + " " + month + " " + year4(t) : "Posted " + month + " " + t.day() + ", " + year4(t);
        expect(t.date(), PublicationDates.parse(s), s);
    }

    /** 15/11/2023: day first, unless the first number cannot be a day-of-month-first reading (US pages). */
    @Property(tries = 400)
    void slashedDatesAreReadAsOneOfTheirReadings(@ForAll("triples") WrittenDate t) {
        String s = t.day() + "/" + t.month() + "/" + year4(t) + " - 15:55";
        PublicationDates.Stamp st = PublicationDates.parse(s);
        Optional<LocalDate> dayFirst = t.date(), monthFirst = new WrittenDate(t.year(), t.day(), t.month()).date();
        if (dayFirst.isPresent()) {
            assertNotNull(st, s);
            assertEquals(dayFirst.get(), st.date(), s);
        } else if (monthFirst.isEmpty()) {
            assertNull(st, "an impossible date was read: " + s);
        } else if (st != null) {
            assertEquals(monthFirst.get(), st.date(), s);
        }
        if (st != null) checkStamp(st);
    }

    /** ISO 8601 with an offset and RFC 1123, with times in and out of range. */
    @Property(tries = 400)
    void timestampsGiveAValidDateTime(@ForAll("triples") WrittenDate t, @ForAll("hours") int h, @ForAll("minutes") int mi,
                                      @ForAll("minutes") int sec, @ForAll boolean withSeconds) {
        String time = two(h) + ":" + two(mi) + (withSeconds ? ":" + two(sec) : "");
        String iso = year4(t) + "-" + two(t.month()) + "-" + two(t.day()) + "T" + time + "+08:00";
        String plain = year4(t) + "-" + two(t.month()) + "-" + two(t.day()) + " " + time;
        for (String s : new String[]{iso, plain}) {
            PublicationDates.Stamp st = PublicationDates.parse(s);
            if (t.date().isEmpty()) assertNull(st, "an impossible date was read: " + s);
            else {
                assertNotNull(st, s);
                assertEquals(t.date().get(), st.date(), s);
                checkStamp(st);
            }
        }
        Optional<LocalDate> d = t.date();
        if (d.isPresent() && t.year() >= 1000 && h < 24 && mi < 60 && sec < 60) {
            String rfc = DAYS[d.get().getDayOfWeek().getValue() - 1] + ", " + t.day() + " " + t.englishMonth().substring(0, 3)
                    + " " + t.year() + " " + two(h) + ":" + two(mi) + ":" + two(sec) + " GMT";
            PublicationDates.Stamp st = PublicationDates.parse(rfc);
            assertNotNull(st, rfc);
            assertEquals(d.get(), st.date(), rfc);
            assertNotNull(st.dateTime(), rfc);
            checkStamp(st);
        }
    }

    @Property(tries = 300)
    void datesInAddressesAreReal(@ForAll("triples") WrittenDate t) {
        String url = "https://example.org/news/" + year4(t) + "/" + two(t.month()) + "-" + two(t.day()) + "/123.shtml";
        LocalDate d = PublicationDates.fromUrl(url);
        if (d != null) assertEquals(t.date().orElse(null), d, url);
    }

    private static void expect(Optional<LocalDate> expected, PublicationDates.Stamp st, String s) {
        if (expected.isPresent()) {
            assertNotNull(st, s);
            assertEquals(expected.get(), st.date(), s);
            checkStamp(st);
        } else {
            assertNull(st, "an impossible date was read: " + s + " → " + st);
        }
    }

    /** What the graph stage writes: the date as xsd:date and the time stamp, when there is one, as xsd:dateTime on that day. */
    private static void checkStamp(PublicationDates.Stamp st) {
        assertNotNull(st.date());
        assertTrue(XSDDatatype.XSDdate.isValid(st.date().toString()), "not an xsd:date: " + st.date());
        if (st.dateTime() != null) {
            assertTrue(XSDDatatype.XSDdateTime.isValid(st.dateTime()), "not an xsd:dateTime: " + st.dateTime());
            assertTrue(st.dateTime().startsWith(st.date().toString()), st.dateTime() + " is not on " + st.date());
        }
    }

    private static String year4(WrittenDate t) {
        return String.format("%04d", t.year());
    }

    private static String two(int n) {
        return String.format("%02d", n);
    }
}
