package org.cdkg.document;

import java.time.LocalDate;

/**
 * A first and last day found in text at [start, end) of the clean body, and how the text gave
 * them ({@link Basis}). An {@link Basis#APPROXIMATE} range ("日前", "recently") is no fixed day:
 * its last day is the latest the event can have been (the article's date), its first day the
 * same.
 */
public record DateRange(LocalDate first, LocalDate last, int start, int end, Basis basis) {
    public DateRange {
        if (last.isBefore(first)) throw new IllegalArgumentException("date range ends before it starts: " + first + " > " + last);
        if (basis == null) throw new IllegalArgumentException("a date range needs its basis");
    }

    /** How a date was obtained; the ontology's individuals of cdo:DateBasis have the same names. */
    public enum Basis {
        /** Day, month and year are all written (2024年9月4日, 7-8 April 2021). */
        STATED("StatedDate"),
        /** The year (or month) is taken from a date written earlier in the article. */
        COMPLETED_FROM_TEXT("DateCompletedFromText"),
        /** The year (or month) is taken from the article's own date: its date line, header, dateline or dated address. */
        COMPLETED_FROM_ARTICLE_DATE("DateCompletedFromArticleDate"),
        /** Counted from the article's date or another date: 昨天, on Tuesday, 当天, the next day. */
        RELATIVE("DateRelativeToArticle"),
        /** Only "not after the article's date" is known: 日前, 近日, recently. */
        APPROXIMATE("ApproximateDate");

        private final String individual;

        Basis(String individual) { this.individual = individual; }

        /** The local name of the cdo:DateBasis individual for this basis. */
        public String individual() { return individual; }
    }

    public boolean singleDay() { return first.equals(last); }

    /** Whether the text wrote the year itself. */
    public boolean yearStated() { return basis == Basis.STATED; }

    /** A fixed day or range, as opposed to an approximate "recently". */
    public boolean exact() { return basis != Basis.APPROXIMATE; }

    public DateRange withDays(LocalDate newFirst, LocalDate newLast) {
        return new DateRange(newFirst, newLast, start, end, basis);
    }
}
