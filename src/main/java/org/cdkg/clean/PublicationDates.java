package org.cdkg.clean;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalQuery;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the timestamps pages give for themselves (RFC 1123, ISO 8601, 2023-05-18 17:48, 15/11/2023 - 15:55). */
final class PublicationDates {
    // The lookaheads in front of these patterns state the characters a match can start with: the same
    // matches, but the matcher rejects most positions of a line at once instead of trying every branch.
    private static final Pattern YMD = Pattern.compile(
            "(?=\\d)(?<!\\d)(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    private static final Pattern DMY = Pattern.compile(
            "(?=\\d)(?<!\\d)(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})(?:\\s*-?\\s*(\\d{1,2}):(\\d{2}))?");
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    /** September 13, 2021 or 21 January 2026. */
    private static final Pattern EN_DATE = Pattern.compile("(?i)(?=[adfjmnos\\d])(?:"
            + "\\b" + MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})\\b|\\b(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})\\b)");
    private static final Pattern URL_DATE = Pattern.compile(
            "(?<!\\d)(20\\d{2}|19\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?!\\d)");
    /** A path segment that is an id opening with the day it was filed: /news/20230720701071-430801. */
    private static final Pattern URL_DATED_ID = Pattern.compile(
            "/(20\\d{2}|19\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])\\d{2,}");

    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ENGLISH);
    /** Always writes the seconds, which xsd:dateTime requires and {@code OffsetDateTime.toString()} leaves out when they are zero. */
    private static final DateTimeFormatter XSD_DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private PublicationDates() {}

    record Stamp(LocalDate date, String dateTime) {}

    static Stamp parse(String s) {
        if (s == null) return null;
        String v = s.strip();
        ZonedDateTime z = parseWhole(v, RFC_1123, ZonedDateTime::from);
        if (z != null) return new Stamp(z.toLocalDate(), XSD_DATE_TIME.format(z));
        OffsetDateTime o = parseWhole(v, DateTimeFormatter.ISO_OFFSET_DATE_TIME, OffsetDateTime::from);
        if (o != null) return new Stamp(o.toLocalDate(), XSD_DATE_TIME.format(o));
        Matcher m = YMD.matcher(v);
        if (m.find()) {
            LocalDate d = date(m.group(1), m.group(2), m.group(3));
            if (d != null) return new Stamp(d, m.group(4) == null ? null : dateTime(d, m.group(4), m.group(5), m.group(6)));
        }
        m = EN_DATE.matcher(v);
        if (m.find()) {
            LocalDate d = m.group(1) != null ? date(m.group(3), String.valueOf(month(m.group(1))), m.group(2))
                    : date(m.group(6), String.valueOf(month(m.group(5))), m.group(4));
            if (d != null) return new Stamp(d, null);
        }
        m = DMY.matcher(v);
        if (m.find()) {
            int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(2));
            // Day first unless that is impossible; month-first pages (US) write days > 12 second.
            LocalDate d = a > 12 || b <= 12 ? date(m.group(3), m.group(2), m.group(1)) : date(m.group(3), m.group(1), m.group(2));
            if (d != null) return new Stamp(d, m.group(4) == null ? null : dateTime(d, m.group(4), m.group(5), null));
        }
        return null;
    }

    /**
     * What {@code format.parse(v, query)} gives, or null where it throws. Most lines are not in the
     * format, and a parse exception (with its stack trace) costs far more than the parse; the
     * non-throwing first stage of the same parse turns those away.
     */
    private static <T> T parseWhole(String v, DateTimeFormatter format, TemporalQuery<T> query) {
        ParsePosition read = new ParsePosition(0);
        if (format.parseUnresolved(v, read) == null || read.getErrorIndex() >= 0 || read.getIndex() < v.length()) return null;
        try {
            return format.parse(v, query);
        } catch (DateTimeParseException notThisFormat) {
            return null;
        }
    }

    /**
     * A date written in an article's own address, as in /2024/01-12/, /20231115- or an id that
     * opens with one (/20230720701071). Only a whole day counts: a year or a month alone in an
     * address dates nothing.
     */
    static LocalDate fromUrl(String url) {
        if (url == null) return null;
        for (Pattern p : new Pattern[]{URL_DATE, URL_DATED_ID}) {
            Matcher m = p.matcher(url);
            while (m.find()) {
                LocalDate d = date(m.group(1), m.group(2), m.group(3));
                if (d != null) return d;
            }
        }
        return null;
    }


    private static int month(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < months.length; i++) if (n.startsWith(months[i])) return i + 1;
        return -1;
    }

    /** Whether the line holds a date this class can read. */
    static boolean hasDate(String line) {
        return YMD.matcher(line).find() || EN_DATE.matcher(line).find() || DMY.matcher(line).find();
    }

    private static LocalDate date(String y, String mo, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String dateTime(LocalDate d, String h, String mi, String s) {
        int hh = Integer.parseInt(h), mm = Integer.parseInt(mi), ss = s == null ? 0 : Integer.parseInt(s);
        if (hh > 23 || mm > 59 || ss > 59) return null;
        return d + "T" + twoDigits(hh) + ":" + twoDigits(mm) + ":" + twoDigits(ss);
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
