package org.cdkg.document;

import java.time.LocalDate;

/** A first and last day found in text at [start, end) of the clean body. */
public record DateRange(LocalDate first, LocalDate last, int start, int end, boolean yearStated) {
    public DateRange {
        if (last.isBefore(first)) throw new IllegalArgumentException("date range ends before it starts: " + first + " > " + last);
    }

    public boolean singleDay() { return first.equals(last); }
}
