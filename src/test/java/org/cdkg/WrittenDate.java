package org.cdkg;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A year, month and day as an article may write them, possibly impossible (2月30日, month 13,
 * day 0): what the date properties generate and render in each format.
 */
public record WrittenDate(int year, int month, int day) {
    public static final List<String> ENGLISH_MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");

    /** The calendar date, or empty when there is no such day. */
    public Optional<LocalDate> date() {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
    }

    /** The month's English name; only for months 1 to 12. */
    public String englishMonth() {
        return ENGLISH_MONTHS.get(month - 1);
    }
}
